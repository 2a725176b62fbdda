#pragma once

#include "daemonchannel.h"
#include "servicelaunch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Teleterm::Backend
{

// The window's handle on teleterm-daemon (a QML singleton): finds the running daemon or starts
// one, watches its health, and starts a new one when it dies, while the window carries on.
// Everything here runs on the GUI thread and never waits: calls go through DaemonChannel.
class DaemonClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(int restarts READ restarts NOTIFY stateChanged)
    Q_PROPERTY(QString version READ version NOTIFY healthChanged)
    Q_PROPERTY(qint64 pid READ pid NOTIFY healthChanged)
    Q_PROPERTY(bool insecure READ insecure NOTIFY healthChanged)
    Q_PROPERTY(bool insecureRequested READ insecureRequested CONSTANT)
    Q_PROPERTY(QString logFile READ logFile NOTIFY healthChanged)
    Q_PROPERTY(QString socketPath READ socketPath CONSTANT)

public:
    enum class State {
        Idle, // start() not called yet
        Connecting, // looking for a running daemon
        Starting, // a daemon was launched; waiting for its first answer
        Connected, // the daemon answers
        Failed, // the daemon could not be started; a retry is scheduled
    };
    Q_ENUM(State)

    struct Options {
        QString program; // empty: teleterm-daemon beside this executable, else on PATH
        QString socketPath; // empty: the user's daemon socket
        bool insecure = false; // start the daemon with --insecure
        QString caFile; // start the daemon trusting these CAs for proxies (--ca-file)
    };

    explicit DaemonClient(Options options, QObject *parent = nullptr);
    ~DaemonClient() override;

    // The instance main() made; QML gets it, C++ keeps ownership.
    static DaemonClient *create(QQmlEngine *, QJSEngine *);
    [[nodiscard]] static DaemonClient *instance();

    void start();
    // Try to reach or start the daemon now rather than at the next scheduled retry.
    Q_INVOKABLE void retryNow();

    [[nodiscard]] State state() const
    {
        return m_state;
    }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString lastError() const
    {
        return m_lastError;
    }
    [[nodiscard]] int restarts() const
    {
        return m_restarts;
    }
    [[nodiscard]] QString version() const
    {
        return m_health.version;
    }
    [[nodiscard]] qint64 pid() const
    {
        return m_health.pid;
    }
    [[nodiscard]] bool insecure() const
    {
        return m_health.insecure;
    }
    [[nodiscard]] bool insecureRequested() const
    {
        return m_options.insecure;
    }
    [[nodiscard]] QString logFile() const
    {
        return m_health.logFile;
    }
    [[nodiscard]] QString socketPath() const
    {
        return m_channel->socketPath();
    }
    // The calls of the daemon's API, for the models.
    [[nodiscard]] DaemonChannel *channel() const
    {
        return m_channel.get();
    }
    [[nodiscard]] bool isConnected() const
    {
        return m_state == State::Connected;
    }

    // ClusterEventInfo::Kind, as an int for QML.
    enum class ClusterEventKind {
        CertificateExpiresSoon = int(ClusterEventInfo::Kind::CertificateExpiresSoon),
        CertificateExpired = int(ClusterEventInfo::Kind::CertificateExpired),
        ProfileChanged = int(ClusterEventInfo::Kind::ProfileChanged),
        ProfileRemoved = int(ClusterEventInfo::Kind::ProfileRemoved),
    };
    Q_ENUM(ClusterEventKind)

Q_SIGNALS:
    void stateChanged();
    // With every change of state, and of the language it is said in.
    void statusTextChanged();
    void healthChanged();
    // Something happened to a cluster: a certificate about to expire or expired, a profile
    // changed or removed on disk.
    void clusterEvent(Teleterm::Backend::DaemonClient::ClusterEventKind kind, const QString &clusterUri, const QDateTime &validUntil);
    // Something (a gateway's new connection) waits for the user to log in to `clusterUri` again;
    // `message` says who asks, for the login dialog.
    void reloginRequired(const QString &clusterUri, const QString &message, const QString &gatewayUri);
    // The wait for a relogin ended (logged in, or given up).
    void reloginSettled(const QString &clusterUri);
    // A gateway changed (state, connections, port, error): list the gateways again.
    void gatewayChanged(const QString &gatewayUri);
    // Something went wrong out of the user's sight: `message` is for a notification.
    void notification(const QString &message, const QString &clusterUri, const QString &gatewayUri);

private:
    void probe();
    void onProbe(const RpcResult<DaemonHealth> &result);
    void launch();
    void fail(const QString &error);
    void setState(State state, const QString &error);
    void watchEvents();

    Options m_options;
    std::unique_ptr<DaemonChannel> m_channel;
    State m_state = State::Idle;
    QString m_lastError;
    int m_restarts = 0;
    int m_failedLaunches = 0;
    bool m_probeInFlight = false;
    DaemonHealth m_health;
    QTimer m_next; // the next probe or retry
    QElapsedTimer m_sinceLaunch;
    LaunchedService m_launched; // the last one this window started
    DaemonChannel::Call m_events; // the event stream, while the daemon answers
};

} // namespace Teleterm::Backend
