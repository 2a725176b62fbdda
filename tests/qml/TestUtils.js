.pragma library

// The first item named `name` in the visual tree under `parent`, or null.
function findNamed(parent, name) {
    const children = parent.children;
    for (let i = 0; i < children.length; ++i) {
        const child = children[i];
        if (child.objectName === name)
            return child;
        const found = findNamed(child, name);
        if (found)
            return found;
    }
    return null;
}

// Every item named `name` in the visual tree under `parent` that is visible, the first one, or null.
function findVisibleNamed(parent, name) {
    const children = parent.children;
    for (let i = 0; i < children.length; ++i) {
        const child = children[i];
        if (child.objectName === name && child.visible)
            return child;
        const found = findVisibleNamed(child, name);
        if (found)
            return found;
    }
    return null;
}

// The first object named `name` among the items and the non-visual objects (a Menu, a Popup)
// declared under `parent`, or null.
function findObjectNamed(parent, name) {
    const data = parent.data !== undefined ? parent.data : [];
    for (let i = 0; i < data.length; ++i) {
        const child = data[i];
        if (child.objectName === name)
            return child;
        const found = findObjectNamed(child, name);
        if (found)
            return found;
    }
    return null;
}
