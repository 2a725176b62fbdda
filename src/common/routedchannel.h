#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

#include "tlsconnection.h"

#include <grpcpp/channel.h>

namespace Teleterm
{

// How to reach one of the proxy's TLS-routed endpoints (teleport-auth@..., teleport-proxy-ssh-grpc).
struct Route {
    QString proxyHostPort; // the web proxy, host:port
    QByteArray alpn; // the route, offered first, then h2
    QString serverName; // SNI and the name the certificate must hold
    QList<QByteArray> trustedCaPems; // the cluster's host CAs
    QByteArray certificatePem; // the user's TLS certificate and key
    QByteArray keyPem;
};

// A gRPC channel over one TLS connection to a routed endpoint of a proxy: TLS is ours (gRPC's
// own cannot offer Teleport's ALPN), gRPC runs over a socket pair that a thread pumps to the TLS
// connection. A channel made so cannot reconnect: once the connection is gone, isClosed() says so
// and the owner opens a new one.
class RoutedChannel
{
public:
    ~RoutedChannel();
    RoutedChannel(const RoutedChannel &) = delete;
    RoutedChannel &operator=(const RoutedChannel &) = delete;

    using Failure = TlsFailure;
    // Connects within `timeout`, unless `cancelled` (polled, may be empty) says to give up; null
    // with `failure` and `error` set otherwise.
    [[nodiscard]] static std::unique_ptr<RoutedChannel>
    open(const Route &route, std::chrono::milliseconds timeout, const std::function<bool()> &cancelled, Failure *failure, QString *error);

    [[nodiscard]] std::shared_ptr<grpc::Channel> channel() const
    {
        return m_channel;
    }
    [[nodiscard]] bool isClosed() const
    {
        return m_closed;
    }

private:
    RoutedChannel() = default;

    std::unique_ptr<TlsConnection> m_tls;
    int m_pair[2] = {-1, -1};
    std::atomic_bool m_closed = false;
    std::thread m_pump;
    std::shared_ptr<grpc::Channel> m_channel;
};

} // namespace Teleterm
