#include "onscreenkeyboard.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QRectF>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

OnScreenKeyboard::OnScreenKeyboard(QObject *parent)
    : QObject(parent)
{
    QInputMethod *method = QGuiApplication::inputMethod();
    connect(method, &QInputMethod::visibleChanged, this, &OnScreenKeyboard::heightChanged);
    connect(method, &QInputMethod::keyboardRectangleChanged, this, &OnScreenKeyboard::heightChanged);
}

bool OnScreenKeyboard::isBuiltIn()
{
    // Read once by Qt, when the application starts: the plugin it loaded is the one named here.
    return qEnvironmentVariable("QT_IM_MODULE") == "qtvirtualkeyboard"_L1;
}

qreal OnScreenKeyboard::height() const
{
    const QInputMethod *method = QGuiApplication::inputMethod();
    return method->isVisible() ? method->keyboardRectangle().height() : 0;
}

} // namespace Teleterm::Models
