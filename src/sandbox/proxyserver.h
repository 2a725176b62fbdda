#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace Teleterm::Sandbox
{

// The sandbox proxy's one TLS listener, which switches on ALPN the way a Teleport proxy with TLS
// routing does: each route names an ALPN protocol (e.g. "teleport-auth@<hex cluster>.teleport.
// cluster.local"), the first protocol the client offers that a route takes wins,
// a client that offers only protocols no route takes gets TLS's no_application_protocol alert,
// and a client that offers none is served by the default route (the web API).
//
// Each connection runs on a thread of its own; a handler returns when it is done with the
// connection, which is then closed. Nothing a client sends can stop the listener.
class ProxyServer
{
public:
    using Handler = std::function<void(SSL *ssl)>;

    ProxyServer();
    ~ProxyServer();
    ProxyServer(const ProxyServer &) = delete;
    ProxyServer &operator=(const ProxyServer &) = delete;

    // Routes are fixed before start(). `mutualTls`: the client must present a certificate from
    // the client CA.
    void addRoute(const QByteArray &alpn, bool mutualTls, Handler handler);
    // The CA that signs clients' certificates (PEM), for the mutual-TLS routes.
    void setClientCa(const QByteArray &caPem);
    void setDefaultRoute(Handler handler);

    // Listens on host:port (port 0: any free port) with the given certificate chain and key (PEM).
    [[nodiscard]] bool start(const QString &host, quint16 port, const QByteArray &certificatePem, const QByteArray &keyPem, QString *error);
    // Stops accepting, closes every connection, waits for their threads.
    void stop();

    [[nodiscard]] quint16 port() const
    {
        return m_port;
    }

private:
    struct Route {
        QByteArray alpn;
        bool mutualTls;
        Handler handler;
    };

    static int selectProtocol(SSL *ssl, const unsigned char **out, unsigned char *outLength, const unsigned char *in, unsigned int inLength, void *self);
    void acceptLoop();
    void serve(int fd);
    [[nodiscard]] const Route *routeFor(const QByteArray &protocol) const;

    std::vector<Route> m_routes;
    Handler m_default;
    QByteArray m_clientCa;
    SSL_CTX *m_context = nullptr;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping = false;
    std::thread m_acceptThread;

    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::set<int> m_connections; // fds of open connections, to close them on stop()
    int m_threads = 0;
};

} // namespace Teleterm::Sandbox
