#pragma once

#include "certauthority.h"
#include "sshnodes.h"
#include "users.h"

#include "teleport/transport/v1/transport_service.grpc.pb.h"

#include <QHash>
#include <QString>

#include <mutex>

namespace Teleterm::Sandbox
{

// Who is on the other end of each gRPC connection: the identity in the client certificate that
// the TLS handshake verified, keyed by the connection's gRPC peer name.
class PeerIdentities
{
public:
    void add(const QString &peer, const CertificateIdentity &identity);
    void remove(const QString &peer);
    [[nodiscard]] CertificateIdentity identityOf(const QString &peer) const;
    [[nodiscard]] QString userOf(const QString &peer) const
    {
        return identityOf(peer).user;
    }

    // The gRPC peer name of a connection made with grpc::AddInsecureChannelFromFd(fd).
    [[nodiscard]] static QString peerOfFd(int fd);

private:
    mutable std::mutex m_mutex;
    QHash<QString, CertificateIdentity> m_identities;
};

// teleport.transport.v1.TransportService: ProxySSH carries an SSH connection to a node's sshd
// for a user whose role allows the login; GetClusterDetails says the cluster is not FIPS.
class TransportService final : public teleport::transport::v1::TransportService::Service
{
public:
    TransportService(QString clusterName, const SshNodes *nodes, const UserStore *users, const PeerIdentities *peers);

    grpc::Status GetClusterDetails(grpc::ServerContext *context,
                                   const teleport::transport::v1::GetClusterDetailsRequest *request,
                                   teleport::transport::v1::GetClusterDetailsResponse *response) override;
    grpc::Status ProxySSH(grpc::ServerContext *context,
                          grpc::ServerReaderWriter<teleport::transport::v1::ProxySSHResponse, teleport::transport::v1::ProxySSHRequest> *stream) override;

private:
    QString m_cluster;
    const SshNodes *m_nodes;
    const UserStore *m_users;
    const PeerIdentities *m_peers;
};

} // namespace Teleterm::Sandbox
