#pragma once

#include <QStringList>

#include <memory>

namespace grpc
{
class Channel;
}

namespace Teleterm::Cli
{

// Exit codes, as a shell user expects: 0 done, 1 refused or failed, 2 a wrong command line.
enum ExitCode {
    Done = 0,
    Failed = 1,
    Usage = 2,
};

// `arguments` are what follows the command's name.
int listClusters(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int addCluster(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int login(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int logout(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int listResources(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int listDatabaseUsers(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int proxySsh(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
// Becomes OpenSSH's ssh to a node, with the cluster's certificate and the proxy as its way in.
int ssh(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int sshConfig(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
int listGateways(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);
// gateway create|rm|set-port|set-db
int gateway(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments);

} // namespace Teleterm::Cli
