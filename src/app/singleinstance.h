#pragma once

#include "instancelock.h"

#include <QLocalServer>
#include <QObject>

namespace Teleterm::App
{

// One window per user: the first launch holds a lock and listens on a private socket in the
// runtime directory; a later launch asks it to come to the front and leaves. A window that F6
// replaces is waited for, so that its successor becomes the one window.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Claim {
        First, // this process is the window
        Raised, // another window runs and was asked to come to the front
        Failed, // another window holds the lock and does not answer
    };

    explicit SingleInstance(QObject *parent = nullptr);

    // `replacing`: a window's pid this one replaces (F6), waited for (5 s at most) first.
    [[nodiscard]] Claim claim(qint64 replacing, QString *message);

Q_SIGNALS:
    // Another launch asked the window to come to the front.
    void raiseRequested();

private:
    InstanceLock m_lock;
    QLocalServer m_server;
};

} // namespace Teleterm::App
