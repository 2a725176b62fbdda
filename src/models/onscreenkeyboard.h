#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The on-screen keyboard (a QML singleton), for a tablet without a keyboard of its own. With
// QT_IM_MODULE=qtvirtualkeyboard, Qt Virtual Keyboard types into the window, whose own panel the
// window must then show (builtIn); whatever on-screen keyboard there is, `height` says how much of
// the window's bottom it covers, so that what is typed into stays above it.
class OnScreenKeyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool builtIn READ isBuiltIn CONSTANT)
    // 0 while no keyboard shows.
    Q_PROPERTY(qreal height READ height NOTIFY heightChanged)

public:
    explicit OnScreenKeyboard(QObject *parent = nullptr);

    [[nodiscard]] static bool isBuiltIn();
    [[nodiscard]] qreal height() const;

Q_SIGNALS:
    void heightChanged();
};

} // namespace Teleterm::Models
