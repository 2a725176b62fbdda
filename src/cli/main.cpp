// teleterm-cli: the daemon's API at a shell (see `teleterm-cli --help`).
#include "commands.h"
#include "daemonconnection.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace
{

const char usage[] = R"(usage: teleterm-cli [--insecure] [--ca-file FILE] COMMAND [ARGUMENTS]

  clusters [--json]                       the clusters, their leaves, who is logged in
  add PROXY                               add a cluster by its proxy address
  login CLUSTER --user NAME [--otp CODE]  log in (the password comes from standard input)
  logout CLUSTER [--remove]               log out (and forget the cluster)
  ls CLUSTER [--kind node|db|kube|app] [--search WORDS] [--labels k=v[,k=v]] [--sort FIELD] [--limit N] [--json]
  db-users CLUSTER DATABASE               the database users your roles allow
  proxy ssh [--cluster CLUSTER] LOGIN@HOST:PORT
                                          carry standard input and output to a node (OpenSSH's ProxyCommand)
  config [CLUSTER]                        an OpenSSH configuration for plain ssh LOGIN@NODE.CLUSTER
  ssh [--cluster CLUSTER] LOGIN@NODE [COMMAND...]
                                          OpenSSH's ssh to a node, set up for the cluster
  gateway create CLUSTER DATABASE --user NAME [--port PORT] [--db NAME] [--json]
                                          a local proxy to a database: prints its address and a psql command
  gateways [--json]                       the gateways, their ports and connections
  gateway rm ID | set-port ID PORT | set-db ID NAME
                                          close a gateway, move it to another port, name another database

CLUSTER is a cluster's name, its proxy address, or a leaf cluster's name. The daemon is started
when none runs; --insecure and --ca-file are passed to a daemon started so.
Exit codes: 0 done, 1 refused or failed, 2 a wrong command line.
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"teleterm-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELETERM_VERSION));

    QStringList arguments = app.arguments().mid(1);
    QStringList daemonArguments;
    while (!arguments.isEmpty() && arguments.first().startsWith(u'-')) {
        const QString option = arguments.takeFirst();
        if (option == "--help"_L1 || option == "-h"_L1) {
            std::fputs(usage, stdout);
            return Teleterm::Cli::Done;
        }
        if (option == "--version"_L1) {
            std::printf("teleterm-cli %s\n", TELETERM_VERSION);
            return Teleterm::Cli::Done;
        }
        if (option == "--insecure"_L1) {
            daemonArguments << option;
        } else if (option == "--ca-file"_L1 && !arguments.isEmpty()) {
            daemonArguments << option << arguments.takeFirst();
        } else {
            std::fprintf(stderr, "teleterm-cli: unknown option %s\n%s", qPrintable(option), usage);
            return Teleterm::Cli::Usage;
        }
    }
    using Command = std::function<int(const std::shared_ptr<grpc::Channel> &, const QStringList &)>;
    const std::map<QString, Command> commands{
        {u"clusters"_s, Teleterm::Cli::listClusters},
        {u"add"_s, Teleterm::Cli::addCluster},
        {u"login"_s, Teleterm::Cli::login},
        {u"logout"_s, Teleterm::Cli::logout},
        {u"ls"_s, Teleterm::Cli::listResources},
        {u"db-users"_s, Teleterm::Cli::listDatabaseUsers},
        {u"proxy"_s, Teleterm::Cli::proxySsh},
        {u"config"_s, Teleterm::Cli::sshConfig},
        {u"ssh"_s, Teleterm::Cli::ssh},
        {u"gateways"_s, Teleterm::Cli::listGateways},
        {u"gateway"_s, Teleterm::Cli::gateway},
    };
    const auto command = arguments.isEmpty() ? commands.end() : commands.find(arguments.first());
    if (command == commands.end()) {
        std::fputs(usage, stderr);
        return Teleterm::Cli::Usage;
    }
    QString error;
    const std::shared_ptr<grpc::Channel> daemon = Teleterm::Cli::connectToDaemon(daemonArguments, &error);
    if (!daemon) {
        std::fprintf(stderr, "teleterm-cli: %s\n", qPrintable(error));
        return Teleterm::Cli::Failed;
    }
    return command->second(daemon, arguments.mid(1));
}
