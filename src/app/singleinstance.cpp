#include "singleinstance.h"

#include "paths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLocalSocket>
#include <QThread>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Teleterm::App
{

namespace
{

QString socketPath()
{
    return Paths::runtimeDirectory() + "/window.sock"_L1;
}

constexpr char RaiseRequest[] = "raise\n";

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
    , m_lock(socketPath() + ".lock"_L1)
{
}

SingleInstance::Claim SingleInstance::claim(qint64 replacing, QString *message)
{
    const Paths::PrivateDir dir = Paths::ensurePrivateDirectory(Paths::runtimeDirectory());
    if (!dir.ok()) {
        *message = dir.error;
        return Claim::Failed;
    }
    // The window F6 replaces quits once this one has started: wait for it to let go.
    const QDeadlineTimer patience(5000);
    while (replacing > 0 && ::kill(pid_t(replacing), 0) == 0 && !patience.hasExpired()) {
        QThread::msleep(20);
    }
    if (m_lock.tryLock()) {
        QLocalServer::removeServer(socketPath()); // a socket a window that died left behind
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server.listen(socketPath())) {
            *message = u"cannot listen on %1: %2"_s.arg(socketPath(), m_server.errorString()); // log only
            return Claim::First; // the window still runs; later launches cannot raise it
        }
        ::chmod(QFile::encodeName(socketPath()).constData(), 0600); // as the services' sockets
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *peer = m_server.nextPendingConnection()) {
                connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
                connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                    if (peer->canReadLine() && peer->readLine(64) == RaiseRequest) {
                        Q_EMIT raiseRequested();
                    }
                });
            }
        });
        return Claim::First;
    }
    QLocalSocket first;
    first.connectToServer(socketPath());
    if (first.waitForConnected(3000)) {
        first.write(RaiseRequest);
        if (first.waitForBytesWritten(3000)) {
            first.disconnectFromServer();
            *message = u"another Teleterm window (pid %1) is running: asked it to come to the front"_s.arg(m_lock.holderPid()); // log only
            return Claim::Raised;
        }
    }
    *message = u"another Teleterm window (pid %1) holds %2 but does not answer on %3"_s.arg(m_lock.holderPid()).arg(m_lock.path(), socketPath()); // log only
    return Claim::Failed;
}

} // namespace Teleterm::App
