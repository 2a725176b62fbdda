#include "callerlanguage.h"
#include "daemonlogging.h"
#include "daemonservice.h"
#include "gatewayservice.h"
#include "paths.h"
#include "servicehost.h"
#include "terminalservice.h"

#include <QCommandLineParser>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace
{

const QString Insecure = u"insecure"_s;
const QString ProfileDir = u"profile-dir"_s;
const QString DatabaseCertificateTtl = u"db-cert-ttl"_s;
const QString CaFile = u"ca-file"_s;

// Described in the user's language: the service's translator is installed by the time it runs.
void addOptions(QCommandLineParser &parser)
{
    using Teleterm::ServiceText;
    parser.addOption({Insecure, ServiceText::tr("Do not verify proxies' TLS certificates and host names (for development clusters only).")});
    parser.addOption(
        {ProfileDir, ServiceText::tr("Where profiles, keys and certificates live, in tsh's layout (default: Teleterm's own; ~/.tsh is tsh's)."), u"DIR"_s});
    parser.addOption({CaFile, ServiceText::tr("Also trust the CA certificates (PEM) in FILE for proxies' web certificates."), u"FILE"_s});
    parser.addOption(
        {DatabaseCertificateTtl, ServiceText::tr("Ask for database certificates lasting SECONDS (default: as long as the user's certificate)."), u"SECONDS"_s});
}

} // namespace

int main(int argc, char **argv)
{
    return Teleterm::runServiceMain(
        argc,
        argv,
        {
            .program = u"teleterm-daemon"_s,
            .description = QT_TRANSLATE_NOOP("ServiceText", "Teleterm's daemon: holds your Teleport clusters, keys and gateways, and serves the window."),
            .socketPath = Teleterm::Paths::daemonSocketPath(),
            .logFileName = u"daemon.log"_s,
            .addOptions = addOptions,
            .makeServices =
                [](const QCommandLineParser &parser, const Teleterm::ServiceIdentity &identity) {
                    const bool isInsecure = parser.isSet(Insecure);
                    if (isInsecure) {
                        qCWarning(TELETERM_DAEMON) << "--insecure: proxies' certificates and host names will NOT be verified";
                    }
                    Teleterm::Daemon::Clusters::Options options;
                    options.insecure = isInsecure;
                    options.profileDirectory = parser.isSet(ProfileDir) ? parser.value(ProfileDir) : Teleterm::Paths::dataDirectory() + "/tsh"_L1;
                    if (parser.isSet(CaFile)) {
                        options.extraCas = QSslCertificate::fromPath(parser.value(CaFile), QSsl::Pem);
                        if (options.extraCas.isEmpty()) {
                            qCWarning(TELETERM_DAEMON).noquote() << "--ca-file" << parser.value(CaFile) << "holds no PEM certificate"; // log only
                        } else {
                            qCInfo(TELETERM_DAEMON).noquote() << "trusting the CAs in" << parser.value(CaFile) << "for proxies";
                        }
                    }
                    qCInfo(TELETERM_DAEMON).noquote() << "profiles in" << options.profileDirectory;
                    std::vector<std::unique_ptr<grpc::Service>> services;
                    services.push_back(std::make_unique<Teleterm::Daemon::DaemonService>(identity, isInsecure));
                    const auto clusters = std::make_shared<Teleterm::Daemon::Clusters>(options);
                    Teleterm::Daemon::Gateways::Options gateways;
                    gateways.stateFile = Teleterm::Paths::stateDirectory() + "/gateways.json"_L1;
                    gateways.certificateTtl = std::chrono::seconds(parser.value(DatabaseCertificateTtl).toInt());
                    services.push_back(std::make_unique<Teleterm::Daemon::TerminalService>(clusters));
                    services.push_back(std::make_unique<Teleterm::Daemon::GatewayService>(clusters, gateways));
                    return services;
                },
        });
}
