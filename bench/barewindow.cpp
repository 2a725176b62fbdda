// The platform's floor for a window like Teleterm's: a Qt Quick Controls ApplicationWindow holding
// one Button, in the style Teleterm uses, and nothing else. bench_startup measures its first frame
// and its memory beside the window's, so that what Teleterm costs above Qt itself is plain.
//
// It prints "first frame at N ms since the epoch" on standard output when its first frame has been
// swapped, as the window logs it, and runs until it is terminated.
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(u"Basic"_s); // Teleterm's style (src/app/appengine.cpp)
    QQmlApplicationEngine engine;
    engine.loadData(R"(import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1180 // Teleterm's window
    height: 760
    visible: true
    title: "bench_barewindow"

    Button {
        anchors.centerIn: parent
        text: "Button"
    }
})");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        return 1;
    }
    QObject::connect(
        window,
        &QQuickWindow::frameSwapped,
        &app,
        [] {
            std::printf("first frame at %lld ms since the epoch\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
