#pragma once

#include "sshauthority.h"

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>

#include <memory>
#include <vector>

namespace Teleterm::Sandbox
{

struct SshNode {
    QString name; // its hostname, e.g. node-1
    QString uuid; // Teleport's server name for it
    quint16 port = 0; // where its sshd listens on 127.0.0.1
    // Its labels: env=dev and env=staging in turn (so that roles limited by labels reach some
    // nodes and not others), and sandbox=sshd.
    QHash<QString, QString> labels;
};

// The cluster's SSH nodes: real OpenSSH sshd processes on loopback, each with a host key
// certified by the cluster's host CA and trusting the user CA for user certificates (the login
// must be one of the certificate's principals). DIR/nodes/NAME/ keeps each node's host key,
// certificate, sshd_config and uuid; the uuid and keys survive restarts.
class SshNodes
{
public:
    SshNodes() = default;
    ~SshNodes();
    SshNodes(const SshNodes &) = delete;
    SshNodes &operator=(const SshNodes &) = delete;

    [[nodiscard]] bool
    start(const QString &dataDir, const QString &clusterName, int count, const SshAuthority &hostCa, const QString &userCaPublicKeyPath, QString *error);
    void stop();

    [[nodiscard]] const QList<SshNode> &nodes() const
    {
        return m_nodes;
    }
    // The node a dial target names: its name, uuid, or either with ".<cluster>" (a port after a
    // colon is ignored, as Teleport ignores it). Null when there is none.
    [[nodiscard]] const SshNode *find(const QString &target) const;

private:
    [[nodiscard]] bool startNode(const QString &directory, SshNode &node, QString *error);

    QString m_cluster;
    QString m_userCaPath;
    QList<SshNode> m_nodes;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace Teleterm::Sandbox
