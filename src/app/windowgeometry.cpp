#include "windowgeometry.h"

#include "applogging.h"
#include "atomicfile.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScreen>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Teleterm::App
{

void restoreGeometry(QWindow *window, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        return;
    }
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    const int width = saved.value(u"width"_s).toInt();
    const int height = saved.value(u"height"_s).toInt();
    if (width <= 0 || height <= 0) {
        qCInfo(TELETERM_APP).noquote() << "no window geometry in" << path << "to restore";
        return;
    }
    QRect rect(saved.value(u"x"_s).toInt(), saved.value(u"y"_s).toInt(), width, height);
    // On the screen that holds its middle, within that screen; else where the platform likes.
    const QScreen *screen = QGuiApplication::screenAt(rect.center());
    if (screen) {
        const QRect available = screen->availableGeometry();
        rect.setSize(rect.size().boundedTo(available.size()).expandedTo(window->minimumSize()));
        window->setGeometry(rect);
    } else {
        window->resize(QSize(width, height).expandedTo(window->minimumSize()));
    }
    if (saved.value(u"maximized"_s).toBool()) {
        window->showMaximized();
    }
    qCInfo(TELETERM_APP).noquote() << u"window geometry %1,%2 %3x%4 restored%5"_s.arg(window->x())
                                          .arg(window->y())
                                          .arg(window->width())
                                          .arg(window->height())
                                          .arg(saved.value(u"maximized"_s).toBool() ? u", maximized"_s : QString());
}

void saveGeometry(const QWindow *window, const QString &path)
{
    const bool maximized = window->windowStates().testFlag(Qt::WindowMaximized);
    // Maximized, the normal geometry is not known to QWindow: keep the one saved before.
    QJsonObject saved;
    QFile previous(path);
    if (maximized && previous.open(QIODevice::ReadOnly) && previous.size() <= 4096) {
        saved = QJsonDocument::fromJson(previous.readAll()).object();
    }
    if (!maximized || saved.value(u"width"_s).toInt() <= 0) {
        saved = {{u"x"_s, window->x()}, {u"y"_s, window->y()}, {u"width"_s, window->width()}, {u"height"_s, window->height()}};
    }
    saved.insert(u"maximized"_s, maximized);
    QString error;
    if (!writeAtomically(path, QJsonDocument(saved).toJson(QJsonDocument::Compact), &error)) {
        qCWarning(TELETERM_APP).noquote() << "the window's geometry was not kept:" << error;
    }
}

} // namespace Teleterm::App
