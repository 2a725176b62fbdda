#include "appengine.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

using namespace Qt::StringLiterals;

// The QML modules are static libraries; this pulls their plugins into every executable that
// links teleterm_app (an object library, so the linker cannot drop it).
Q_IMPORT_QML_PLUGIN(Teleterm_BackendPlugin)
Q_IMPORT_QML_PLUGIN(Teleterm_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Teleterm_TerminalPlugin)
Q_IMPORT_QML_PLUGIN(Teleterm_UiPlugin)

namespace Teleterm::App
{

void prepareQuickControls()
{
    // Basic is the style that takes Teleterm's theme whole: every colour comes from the palette.
    QQuickStyle::setStyle(u"Basic"_s);
}

void prepareEngine(QQmlEngine &engine)
{
    engine.addImportPath(u"qrc:/qt/qml"_s);
}

QUrl mainQml()
{
    return QUrl(u"qrc:/qt/qml/Teleterm/Ui/Main.qml"_s);
}

} // namespace Teleterm::App
