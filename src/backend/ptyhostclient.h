#pragma once

#include "calltracker.h"
#include "rpcresult.h"
#include "servicelaunch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

#include "ptyhost/v1/ptyhost.grpc.pb.h"

class QQmlEngine;
class QJSEngine;

namespace Teleterm::Backend
{

// A program to run in a new PTY.
struct PtySpec {
    QString path; // absolute, or looked up in PATH
    QStringList args;
    QString cwd;
    QHash<QString, QString> env;
    QByteArray initialMessage;
    int rows = 24;
    int columns = 80;
    QString title; // the tab's, kept by the host for a window that restarts
    QString tag; // what the tab is: "shell", "ssh …"
};

// A PTY the host holds.
struct PtyInfo {
    QString id;
    QString title;
    QString tag;
    QString cwd; // as created
    QString path;
    QStringList args;
    bool running = false;
    bool exited = false;
    int exitCode = 0;
    QString startError;
};

// The window's handle on teleterm-ptyhost (a QML singleton): finds the running host or starts
// one, watches it, and starts a new one when it dies. The PTYs live in the host, so a window that
// restarts finds its terminals there (listPtys). Calls never wait on the GUI thread.
class PtyHostClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY readyChanged)
    // How many times the host was found dead and started again.
    Q_PROPERTY(int restarts READ restarts NOTIFY readyChanged)

public:
    struct Options {
        QString program; // empty: teleterm-ptyhost beside this executable, else on PATH
        QString socketPath; // empty: the user's PTY host socket
    };

    explicit PtyHostClient(Options options, QObject *parent = nullptr);
    ~PtyHostClient() override;

    static PtyHostClient *create(QQmlEngine *, QJSEngine *);
    [[nodiscard]] static PtyHostClient *instance();

    void start();
    [[nodiscard]] bool isReady() const
    {
        return m_ready;
    }
    [[nodiscard]] QString lastError() const
    {
        return m_lastError;
    }
    [[nodiscard]] int restarts() const
    {
        return m_restarts;
    }

    void createPty(const PtySpec &spec, QObject *receiver, std::function<void(const RpcResult<QString> &)> done);
    void listPtys(QObject *receiver, std::function<void(const RpcResult<QList<PtyInfo>> &)> done);
    void ptyCwd(const QString &id, QObject *receiver, std::function<void(const RpcResult<QString> &)> done);
    void killPty(const QString &id);

    // For PtySession's stream.
    [[nodiscard]] ptyhost::v1::PtyHostService::Stub *stub() const
    {
        return m_stub.get();
    }
    [[nodiscard]] CallTracker &calls()
    {
        return m_calls;
    }
    [[nodiscard]] QObject *dispatcher()
    {
        return &m_dispatcher;
    }
    [[nodiscard]] QString socketPath() const
    {
        return m_socketPath;
    }

Q_SIGNALS:
    void readyChanged();
    // The host died (with every PTY in it); a new one is being started.
    void hostLost();

private:
    void probe();
    void launch();
    void setReady(bool ready, const QString &error);
    [[nodiscard]] RpcError describe(const grpc::Status &status) const;

    Options m_options;
    QString m_socketPath;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<ptyhost::v1::PtyHostService::Stub> m_stub;
    QObject m_dispatcher;
    CallTracker m_calls;
    bool m_ready = false;
    bool m_probing = false;
    bool m_launched = false;
    qint64 m_pid = 0;
    int m_restarts = 0;
    QString m_lastError;
    QTimer m_next;
    QElapsedTimer m_sinceLaunch;
    LaunchedService m_started; // the last one this window started
};

} // namespace Teleterm::Backend
