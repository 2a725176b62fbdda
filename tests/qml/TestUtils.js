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
