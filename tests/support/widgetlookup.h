#pragma once

#include <QWidget>

namespace numdesk::test {

// The child of `root` of type T whose accessible name is `name`, or nullptr.
template<class T> T *findByAccessibleName(QWidget *root, const QString &name)
{
    const auto children = root->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

} // namespace numdesk::test
