#pragma once

#include <QQuickItem>
#include <QString>

namespace Teleterm::Test
{

// The item below `item` in the visual tree (or `item` itself) whose objectName is `name`, or null.
inline QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name) {
        return item;
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace Teleterm::Test
