#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace grpc
{
class Server;
class Service;
} // namespace grpc

namespace Teleterm
{

class InstanceLock;

// Serves gRPC services on a Unix socket that only this user can reach: the socket is 0600 in a
// 0700 directory. One instance per socket: a lock next to the socket is held for the life of the
// process, and a socket left behind by a dead instance is removed before binding.
class ServiceHost
{
public:
    explicit ServiceHost(QString socketPath);
    ~ServiceHost();
    ServiceHost(const ServiceHost &) = delete;
    ServiceHost &operator=(const ServiceHost &) = delete;

    // Makes the directory private, takes the lock, removes a stale socket. False with error() otherwise;
    // anotherInstancePid() is set when the reason is a live instance.
    [[nodiscard]] bool prepare();
    // Builds the server and listens. The services must outlive the host.
    [[nodiscard]] bool start(const std::vector<grpc::Service *> &services);
    // Stops accepting calls, gives running ones a short grace, removes the socket.
    void stop();

    [[nodiscard]] QString socketPath() const
    {
        return m_socketPath;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    [[nodiscard]] qint64 anotherInstancePid() const
    {
        return m_otherPid;
    }

private:
    QString m_socketPath;
    QString m_error;
    qint64 m_otherPid = 0;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<grpc::Server> m_server;
};

// What a service process knows about itself, for its health RPC.
struct ServiceIdentity {
    QString version;
    qint64 pid = 0;
    QDateTime started;
    QString logFile;
};

// The whole life of a service process (teleterm-daemon, teleterm-ptyhost): command line with
// --help and --version, the log file in the state directory, the single-instance socket, and a
// clean shutdown on SIGTERM/SIGINT/SIGHUP. Returns the process's exit code.
struct ServiceMain {
    QString program; // "teleterm-daemon"
    const char *description = nullptr; // one line for --help, in QT_TRANSLATE_NOOP("ServiceText", ...)
    QString socketPath;
    QString logFileName; // inside the state directory
    std::function<void(QCommandLineParser &)> addOptions;
    // Called once the command line is parsed and the lock is held; returns the services to serve.
    std::function<std::vector<std::unique_ptr<grpc::Service>>(const QCommandLineParser &, const ServiceIdentity &)> makeServices;
};

int runServiceMain(int argc, char **argv, const ServiceMain &spec);

} // namespace Teleterm
