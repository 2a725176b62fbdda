#include "transportservice.h"

#include "sandboxlogging.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace Qt::StringLiterals;
namespace transport = teleport::transport::v1;

namespace Teleterm::Sandbox
{

namespace
{

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return fd;
}

grpc::Status status(grpc::StatusCode code, const QString &message)
{
    return {code, message.toStdString()};
}

} // namespace

void PeerIdentities::add(const QString &peer, const CertificateIdentity &identity)
{
    const std::lock_guard lock(m_mutex);
    m_identities.insert(peer, identity);
}

void PeerIdentities::remove(const QString &peer)
{
    const std::lock_guard lock(m_mutex);
    m_identities.remove(peer);
}

CertificateIdentity PeerIdentities::identityOf(const QString &peer) const
{
    const std::lock_guard lock(m_mutex);
    return m_identities.value(peer);
}

QString PeerIdentities::peerOfFd(int fd)
{
    return u"fd:%1"_s.arg(fd);
}

TransportService::TransportService(QString clusterName, const SshNodes *nodes, const UserStore *users, const PeerIdentities *peers)
    : m_cluster(std::move(clusterName))
    , m_nodes(nodes)
    , m_users(users)
    , m_peers(peers)
{
}

grpc::Status
TransportService::GetClusterDetails(grpc::ServerContext *, const transport::GetClusterDetailsRequest *, transport::GetClusterDetailsResponse *response)
{
    response->mutable_details()->set_fips_enabled(false);
    return grpc::Status::OK;
}

grpc::Status TransportService::ProxySSH(grpc::ServerContext *context, grpc::ServerReaderWriter<transport::ProxySSHResponse, transport::ProxySSHRequest> *stream)
{
    const QString user = m_peers->userOf(QString::fromStdString(context->peer()));
    if (user.isEmpty()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    transport::ProxySSHRequest first;
    if (!stream->Read(&first)) {
        return status(grpc::StatusCode::CANCELLED, u"the client went away before naming a target"_s);
    }
    if (!first.has_dial_target()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"the first request must contain a dial target"_s);
    }
    const transport::TargetHost &target = first.dial_target();
    const QString hostPort = QString::fromStdString(target.host_port());
    const QString cluster = QString::fromStdString(target.cluster());
    const QString login = QString::fromStdString(target.login_name());
    if (!cluster.isEmpty() && cluster != m_cluster) {
        return status(grpc::StatusCode::NOT_FOUND, u"cluster \"%1\" is not found"_s.arg(cluster));
    }
    const SshNode *node = m_nodes->find(hostPort);
    if (!node) {
        return status(grpc::StatusCode::NOT_FOUND, u"target host %1 not found"_s.arg(hostPort));
    }
    if (!m_users->mayReach(user, node->labels) || !m_users->loginsOf(user).contains(login)) {
        qCInfo(TELETERM_SANDBOX).noquote() << "ProxySSH:" << user << "may not log in to" << node->name << "as" << login;
        return status(grpc::StatusCode::PERMISSION_DENIED, u"access denied to %1 connecting to %2 as %3"_s.arg(user, node->name, login));
    }
    const int sshd = connectLoopback(node->port);
    if (sshd < 0) {
        return status(grpc::StatusCode::UNAVAILABLE, u"failed to connect to %1: its sshd does not answer"_s.arg(node->name));
    }
    qCInfo(TELETERM_SANDBOX).noquote() << "ProxySSH:" << user << "to" << node->name << "as" << login;

    transport::ProxySSHResponse details;
    details.mutable_details()->set_fips_enabled(false);
    stream->Write(details);

    // sshd to the client, on a thread of its own; the client to sshd here.
    std::thread fromNode([stream, sshd] {
        char buffer[32 * 1024];
        for (;;) {
            const ssize_t n = ::read(sshd, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            transport::ProxySSHResponse frame;
            frame.mutable_ssh()->set_payload(buffer, size_t(n));
            if (!stream->Write(frame)) {
                break;
            }
        }
    });
    if (first.has_ssh()) {
        (void)::send(sshd, first.ssh().payload().data(), first.ssh().payload().size(), MSG_NOSIGNAL);
    }
    transport::ProxySSHRequest request;
    while (stream->Read(&request)) {
        if (!request.has_ssh()) {
            continue; // agent frames: agent forwarding is not offered
        }
        const std::string &payload = request.ssh().payload();
        if (::send(sshd, payload.data(), payload.size(), MSG_NOSIGNAL) != ssize_t(payload.size())) {
            break;
        }
    }
    ::shutdown(sshd, SHUT_WR); // the client is done sending; sshd finishes and closes
    if (context->IsCancelled()) {
        ::shutdown(sshd, SHUT_RDWR);
    }
    fromNode.join();
    ::close(sshd);
    return grpc::Status::OK;
}

} // namespace Teleterm::Sandbox
