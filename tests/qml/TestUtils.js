.pragma library

// The first object under `parent`, depth first through the lists that `below` gives of each, that
// is named `name` and that `accepts` takes; or null.
function firstNamed(parent, name, below, accepts) {
    const objects = below(parent);
    for (let i = 0; i < objects.length; ++i) {
        const object = objects[i];
        if (object.objectName === name && accepts(object))
            return object;
        const found = firstNamed(object, name, below, accepts);
        if (found)
            return found;
    }
    return null;
}

function childrenOf(item) {
    return item.children !== undefined ? item.children : [];
}

// The first item named `name` in the visual tree under `parent`, or null.
function findNamed(parent, name) {
    return firstNamed(parent, name, childrenOf, () => true);
}

// Every item named `name` in the visual tree under `parent` that is visible, the first one, or null.
function findVisibleNamed(parent, name) {
    return firstNamed(parent, name, childrenOf, item => item.visible);
}

// The first object named `name` among the items and the non-visual objects (a Menu, a Popup)
// declared under `parent`, or null.
function findObjectNamed(parent, name) {
    return firstNamed(parent, name, object => object.data !== undefined ? object.data : [], () => true);
}
