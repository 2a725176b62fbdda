#include "filelog.h"
#include "sandbox.h"
#include "termination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Everything the sandbox writes (keys, logs, configurations) is its own to read.
    ::umask(0077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"teleterm-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELETERM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local stand-in Teleport cluster for Teleterm's tests and demos."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where the cluster keeps its authorities, log and ready file (created 0700)."_s, u"DIR"_s);
    const QCommandLineOption config(u"config"_s, u"A JSON file with users, roles, resources and leaf clusters (see src/sandbox/README.md)."_s, u"FILE"_s);
    const QCommandLineOption cluster(u"cluster-name"_s, u"The cluster's name (default: sandbox)."_s, u"NAME"_s);
    const QCommandLineOption port(u"port"_s, u"The proxy's port on 127.0.0.1 (default: any free port)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption nodes(u"nodes"_s, u"How many SSH nodes (real sshd processes) to run (default: 2)."_s, u"N"_s);
    const QCommandLineOption listed(u"listed-servers"_s, u"How many servers to list that do not exist, for tests at scale (default: 0)."_s, u"N"_s);
    const QCommandLineOption version(u"server-version"_s,
                                     u"The Teleport version the cluster says it runs (default: 16.4.6; 17 and later take split SSH and TLS keys at login)."_s,
                                     u"VERSION"_s,
                                     u"16.4.6"_s);
    parser.addOptions({dataDir, config, cluster, port, nodes, listed, version});
    parser.process(app);
    if (!parser.isSet(dataDir)) {
        std::fprintf(stderr, "teleterm-sandbox: --data-dir is required\n");
        return 2;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        std::fprintf(stderr, "teleterm-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }

    Teleterm::Sandbox::SandboxConfig settings = Teleterm::Sandbox::SandboxConfig::defaults();
    QString error;
    if (parser.isSet(config) && !Teleterm::Sandbox::SandboxConfig::load(parser.value(config), &settings, &error)) {
        std::fprintf(stderr, "teleterm-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    // The command line wins over the file.
    if (parser.isSet(cluster)) {
        settings.clusterName = parser.value(cluster);
    }
    if (parser.isSet(nodes)) {
        settings.nodes = std::clamp(parser.value(nodes).toInt(), 0, 64);
    }
    if (parser.isSet(listed)) {
        settings.listedServers = std::clamp(parser.value(listed).toInt(), 0, 1000000);
    }

    const QString dir = QDir(parser.value(dataDir)).absolutePath();
    Teleterm::Sandbox::Sandbox sandbox({
        .dataDir = dir,
        .listenHost = u"127.0.0.1"_s,
        .port = quint16(portNumber),
        .serverVersion = parser.value(version),
        .config = settings,
    });
    QDir().mkpath(dir);
    Teleterm::installFileLog(dir + "/sandbox.log"_L1);
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "teleterm-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Teleport sandbox cluster \"%s\" at https://%s\n  its web certificate is signed by %s (trust it, or use --insecure)\n  ready file: %s\n",
                qPrintable(settings.clusterName),
                qPrintable(sandbox.proxyAddress()),
                qPrintable(sandbox.hostCaPath()),
                qPrintable(sandbox.readyFilePath()));
    for (const QJsonValue &user : sandbox.users()) {
        const QJsonObject u = user.toObject();
        std::printf("  user %s  password %s  TOTP secret %s  (oathtool --totp -b %s)\n",
                    qPrintable(u.value(u"name"_s).toString()),
                    qPrintable(u.value(u"password"_s).toString()),
                    qPrintable(u.value(u"totp_secret"_s).toString()),
                    qPrintable(u.value(u"totp_secret"_s).toString()));
    }
    if (settings.postgres) {
        std::printf("  database %s: PostgreSQL, database \"demo\", reached through the proxy with a database certificate\n", qPrintable(settings.postgresName));
    }
    std::fflush(stdout);
    if (!sandbox.markReady(&error)) {
        std::fprintf(stderr, "teleterm-sandbox: %s\n", qPrintable(error));
        return 1;
    }

    Teleterm::onTerminationSignal([&app](int) {
        app.quit();
    });
    const int code = app.exec();
    sandbox.stop();
    return code;
}
