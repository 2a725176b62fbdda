#include "daemonlogging.h"
#include "daemonservice.h"
#include "gatewayservice.h"
#include "paths.h"
#include "servicehost.h"
#include "terminalservice.h"

#include <QCommandLineParser>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    const QCommandLineOption insecure(u"insecure"_s, u"Do not verify proxies' TLS certificates and host names (for development clusters only)."_s);
    const QCommandLineOption profileDir(
        u"profile-dir"_s,
        u"Where profiles, keys and certificates live, in tsh's layout (default: Teleterm's own; ~/.tsh shares them with tsh)."_s,
        u"DIR"_s);
    const QCommandLineOption databaseCertificateTtl(u"db-cert-ttl"_s,
                                                    u"Ask for database certificates lasting SECONDS (default: as long as the user's certificate)."_s,
                                                    u"SECONDS"_s);
    const QCommandLineOption caFile(u"ca-file"_s, u"Also trust the CA certificates (PEM) in FILE for proxies' web certificates."_s, u"FILE"_s);
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
                                                parser.addOption(profileDir);
                                                parser.addOption(caFile);
                                                parser.addOption(databaseCertificateTtl);
                                            },
                                        .makeServices =
                                            [&](const QCommandLineParser &parser, const Teleterm::ServiceIdentity &identity) {
                                                const bool isInsecure = parser.isSet(insecure);
                                                if (isInsecure) {
                                                    qCWarning(TELETERM_DAEMON) << "--insecure: proxies' certificates and host names will NOT be verified";
                                                }
                                                Teleterm::Daemon::Clusters::Options options;
                                                options.insecure = isInsecure;
                                                options.profileDirectory =
                                                    parser.isSet(profileDir) ? parser.value(profileDir) : Teleterm::Paths::dataDirectory() + "/tsh"_L1;
                                                if (parser.isSet(caFile)) {
                                                    options.extraCas = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
                                                    if (options.extraCas.isEmpty()) {
                                                        qCWarning(TELETERM_DAEMON).noquote()
                                                            << "--ca-file" << parser.value(caFile) << "holds no PEM certificate";
                                                    } else {
                                                        qCInfo(TELETERM_DAEMON).noquote() << "trusting the CAs in" << parser.value(caFile) << "for proxies";
                                                    }
                                                }
                                                qCInfo(TELETERM_DAEMON).noquote() << "profiles in" << options.profileDirectory;
                                                std::vector<std::unique_ptr<grpc::Service>> services;
                                                services.push_back(std::make_unique<Teleterm::Daemon::DaemonService>(identity, isInsecure));
                                                const auto clusters = std::make_shared<Teleterm::Daemon::Clusters>(options);
                                                Teleterm::Daemon::Gateways::Options gateways;
                                                gateways.stateFile = Teleterm::Paths::stateDirectory() + "/gateways.json"_L1;
                                                gateways.certificateTtl = std::chrono::seconds(parser.value(databaseCertificateTtl).toInt());
                                                services.push_back(std::make_unique<Teleterm::Daemon::TerminalService>(clusters));
                                                services.push_back(std::make_unique<Teleterm::Daemon::GatewayService>(clusters, gateways));
                                                return services;
                                            },
                                    });
}
