#include "daemonlogging.h"
#include "daemonservice.h"
#include "paths.h"
#include "servicehost.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    const QCommandLineOption insecure(u"insecure"_s, u"Do not verify proxies' TLS certificates and host names (for development clusters only)."_s);
    return Teleterm::runServiceMain(argc,
                                    argv,
                                    {
                                        .program = u"teleterm-daemon"_s,
                                        .description = u"Teleterm's daemon: holds your Teleport clusters, keys and gateways, and serves the window."_s,
                                        .socketPath = Teleterm::Paths::daemonSocketPath(),
                                        .logFileName = u"daemon.log"_s,
                                        .addOptions =
                                            [&](QCommandLineParser &parser) {
                                                parser.addOption(insecure);
                                            },
                                        .makeServices =
                                            [&](const QCommandLineParser &parser, const Teleterm::ServiceIdentity &identity) {
                                                const bool isInsecure = parser.isSet(insecure);
                                                if (isInsecure) {
                                                    qCWarning(TELETERM_DAEMON) << "--insecure: proxies' certificates and host names will NOT be verified";
                                                }
                                                std::vector<std::unique_ptr<grpc::Service>> services;
                                                services.push_back(std::make_unique<Teleterm::Daemon::DaemonService>(identity, isInsecure));
                                                return services;
                                            },
                                    });
}
