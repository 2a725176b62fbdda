#include "routedchannel.h"

#include "callerlanguage.h"
#include "tlspump.h"

#include <grpcpp/create_channel_posix.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm
{

RoutedChannel::~RoutedChannel()
{
    m_channel.reset();
    if (m_pump.joinable()) {
        ::shutdown(m_pair[1], SHUT_RDWR);
        m_pump.join();
    }
    for (const int end : m_pair) {
        if (end >= 0) {
            ::close(end);
        }
    }
    m_tls.reset();
}

std::unique_ptr<RoutedChannel>
RoutedChannel::open(const Route &route, std::chrono::milliseconds timeout, const std::function<bool()> &cancelled, Failure *failure, QString *error)
{
    std::unique_ptr<RoutedChannel> connection(new RoutedChannel);
    // The cluster's CAs, and nothing else, vouch for its routed endpoints.
    const std::shared_ptr<TlsClientContext> context = TlsClientContext::make(
        {
            .certificatePem = route.certificatePem,
            .keyPem = route.keyPem,
            .trustedCaPems = route.trustedCaPems,
            .systemCas = false,
            .verify = true,
            .alpn = {route.alpn, "h2"},
        },
        error);
    if (!context) {
        *failure = Failure::Refused;
        *error = ServiceText::tr("in the profile: %1").arg(*error);
        return nullptr;
    }
    connection->m_tls = TlsConnection::open(context, route.proxyHostPort, route.serverName, timeout, cancelled, failure, error);
    if (!connection->m_tls) {
        return nullptr;
    }
    if (connection->m_tls->protocol() != route.alpn) {
        *failure = Failure::Refused;
        *error = ServiceText::tr("the proxy at %1 does not serve %2").arg(route.proxyHostPort, QString::fromLatin1(route.alpn));
        return nullptr;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, connection->m_pair) != 0) {
        *failure = Failure::Unreachable;
        *error = ServiceText::tr("cannot make a socket pair");
        return nullptr;
    }
    // gRPC reads its end until it would block: it must not block.
    ::fcntl(connection->m_pair[0], F_SETFL, ::fcntl(connection->m_pair[0], F_GETFL) | O_NONBLOCK);
    RoutedChannel *raw = connection.get();
    connection->m_pump = std::thread([raw] {
        pumpTls(raw->m_tls->ssl(), raw->m_pair[1]);
        raw->m_closed = true;
    });
    grpc::ChannelArguments arguments;
    arguments.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
    connection->m_channel = grpc::CreateCustomInsecureChannelFromFd(route.serverName.toStdString(), connection->m_pair[0], arguments);
    connection->m_pair[0] = -1; // gRPC's now
    return connection;
}

} // namespace Teleterm
