// teleterm-daemon against a real sandbox cluster, driven the way people and scripts drive it:
// through teleterm-cli, and OpenSSH configured by `teleterm-cli config`.
#include "catalogue.h"
#include "eventwatch.h"
#include "localchannel.h"
#include "paths.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"

#include "teleterm/v1/service.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <mutex>
#include <thread>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;

class TestDaemon : public QObject
{
    Q_OBJECT

    ScratchRuntime m_runtime;
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    static constexpr int ListedServers = 1500; // more than one page of 1000

    QString sandboxDir() const
    {
        return m_dir.filePath(u"sandbox"_s);
    }
    QString proxy() const
    {
        return m_sandbox.proxy();
    }
    QJsonObject user(const QString &name) const
    {
        return m_sandbox.user(name);
    }
    QString otp(const QString &name, int stepsAhead = 0) const
    {
        return m_sandbox.otp(name, stepsAhead);
    }
    // teleterm-cli, with a daemon that trusts the sandbox's web CA when the CLI starts it.
    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(program(u"teleterm-cli"_s), QStringList{u"--ca-file"_s, m_sandbox.webCa()} + arguments, input);
    }
    Run loginAs(const QString &name, int stepsAhead = 0)
    {
        return cli({u"login"_s, u"sandbox"_s, u"--user"_s, name, u"--otp"_s, otp(name, stepsAhead)},
                   user(name).value(u"password"_s).toString().toUtf8() + '\n');
    }

    bool startSandbox(const QStringList &extra = {})
    {
        const QJsonObject leaf{{u"name"_s, u"leaf-one"_s},
                               {u"listed_servers"_s, 5},
                               {u"kube_clusters"_s, QJsonArray{QJsonObject{{u"name"_s, u"leaf-kube"_s}}}}};
        // The default users and roles, and carol, whose role keeps sessions brief (Teleport's
        // max_session_ttl), to see certificates expire.
        const QJsonObject all{{u"*"_s, QJsonArray{u"*"_s}}};
        const QJsonObject roles{
            {u"access"_s,
             QJsonObject{{u"logins"_s, QJsonArray{u"{{internal.logins}}"_s}},
                         {u"db_users"_s, QJsonArray{u"{{internal.db_users}}"_s}},
                         {u"db_names"_s, QJsonArray{u"*"_s}},
                         {u"node_labels"_s, all},
                         {u"db_labels"_s, all},
                         {u"kubernetes_labels"_s, all},
                         {u"app_labels"_s, all}}},
            {u"brief"_s, QJsonObject{{u"logins"_s, QJsonArray{u"{{internal.logins}}"_s}}, {u"node_labels"_s, all}, {u"max_session_ttl"_s, u"4s"_s}}},
        };
        const QJsonArray users{
            QJsonObject{{u"name"_s, u"alice"_s},
                        {u"roles"_s, QJsonArray{u"access"_s}},
                        {u"traits"_s, QJsonObject{{u"db_users"_s, QJsonArray{u"alice"_s, u"readonly"_s}}}}},
            QJsonObject{{u"name"_s, u"carol"_s}, {u"roles"_s, QJsonArray{u"brief"_s}}},
        };
        return m_sandbox.start(sandboxDir(),
                               QJsonObject{{u"leaf_clusters"_s, QJsonArray{leaf}}, {u"roles"_s, roles}, {u"users"_s, users}},
                               QStringList{u"--listed-servers"_s, QString::number(ListedServers)} + extra);
    }

    void stopSandbox()
    {
        m_sandbox.stop();
    }

    static QStringList column(const QByteArray &out, int index)
    {
        QStringList values;
        for (const QByteArray &line : out.trimmed().split('\n')) {
            values << QString::fromUtf8(line).split(u"  "_s).value(index);
        }
        values.removeAll(QString());
        return values;
    }

    // AddCluster asked of the daemon directly, the call naming `language` (nullptr: none).
    static grpc::Status addClusterDirectly(const QString &address, const char *language)
    {
        const auto stub = teleterm::v1::TerminalService::NewStub(Teleterm::makeLocalChannel(Teleterm::Paths::daemonSocketPath()));
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
        if (language) {
            context.AddMetadata("accept-language", language);
        }
        teleterm::v1::AddClusterRequest request;
        request.set_name(address.toStdString());
        teleterm::v1::Cluster cluster;
        return stub->AddCluster(&context, request, &cluster);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_dir.isValid());
        QVERIFY(startSandbox());
    }

    void cleanupTestCase()
    {
        m_runtime.killServices();
        stopSandbox();
    }

    void aProxyWithAnUntrustedCertificateIsRefusedClearly()
    {
        // A daemon that does not trust the sandbox's own CA: the proxy's certificate is refused,
        // and the message names the problem and the ways out.
        const Run refused = run(program(u"teleterm-cli"_s), {u"add"_s, proxy()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is not trusted") && refused.err.contains("--ca-file") && refused.err.contains("--insecure"), refused.err.constData());
        m_runtime.killServices(); // the next call starts a daemon that trusts the CA
    }

    void badAddressesAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not a host name") << u"exa mple.com"_s << QByteArray("\"exa mple.com\" is not a valid host name");
        QTest::newRow("a path") << u"https://example.com/x"_s << QByteArray("without a path");
        QTest::newRow("nothing listens") << u"127.0.0.1:1"_s << QByteArray("nothing accepts connections at 127.0.0.1:1");
        QTest::newRow("no such host") << u"no-such-host.invalid"_s << QByteArray("no host is named no-such-host.invalid");
    }
    void badAddressesAreRefusedClearly()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, message);
        const Run refused = cli({u"add"_s, address});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(message), refused.err.constData());
    }

    void messagesComeInTheCallersLanguage()
    {
        // Each call names its language; the daemon answers in it, from the window's catalogue.
        const QString host = u"no-such-host.invalid"_s;
        const auto addCluster = [&](const char *language) {
            return QString::fromStdString(addClusterDirectly(host, language).error_message());
        };
        const QString english = u"no host is named %1"_s.arg(host);
        QVERIFY2(addCluster("en").contains(english), qPrintable(addCluster("en")));
        for (const char *language : {"de", "ja-JP", "ar", "de-DE, en;q=0.5"}) {
            const QString expected = serviceText(QString::fromLatin1(language).section(u',', 0, 0), "no host is named %1").arg(host);
            QVERIFY2(!expected.isEmpty() && expected != english, language);
            const QString said = addCluster(language);
            QVERIFY2(said.contains(expected), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(language), said)));
        }
        // A call that names no language, or one that cannot be read, hears the daemon's own: that
        // of the latest call that named one (here German), in which it also words what it says
        // unasked.
        const QString german = serviceText(u"de"_s, "no host is named %1").arg(host);
        QVERIFY(addCluster("de").contains(german));
        QVERIFY(addCluster(nullptr).contains(german));
        QVERIFY(addCluster("<script>").contains(german));
        QVERIFY(addCluster("en").contains(english));
        QVERIFY(addCluster(nullptr).contains(english));
        // teleterm-cli names the language of its locale.
        QProcess cliInGerman;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"LANGUAGE"_s);
        environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        cliInGerman.setProcessEnvironment(environment);
        cliInGerman.start(program(u"teleterm-cli"_s), {u"add"_s, host});
        QVERIFY(cliInGerman.waitForFinished(60000));
        const QString err = QString::fromUtf8(cliInGerman.readAllStandardError());
        QVERIFY2(err.contains(german), qPrintable(err));
    }

    void aProxyThatNeverAnswersIsGivenUpOn()
    {
        // A server that takes the connection and says nothing: the daemon gives up after its web
        // timeout (15 s, webclient.h), and says so with the right plural: German's, and for French,
        // which Teleterm does not speak, English's (not the source's "second(s)"). Both at once.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString address = u"127.0.0.1:%1"_s.arg(silent.serverPort());
        grpc::Status inFrench;
        std::thread french([&] {
            inFrench = addClusterDirectly(address, "fr");
        });
        const grpc::Status inGerman = addClusterDirectly(address, "de");
        french.join();
        for (const grpc::Status &status : {inGerman, inFrench}) {
            QCOMPARE(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
        }
        const QString german = serviceText(u"de"_s, "the proxy at %1 did not answer within %n second(s)", 15).arg(address);
        QVERIFY(german.contains(u"15 Sekunden"_s));
        QVERIFY2(QString::fromStdString(inGerman.error_message()).contains(german), inGerman.error_message().c_str());
        QVERIFY2(QString::fromStdString(inFrench.error_message()).contains(u"the proxy at %1 did not answer within 15 seconds"_s.arg(address)),
                 inFrench.error_message().c_str());
    }

    void addThenLogIn()
    {
        const Run added = cli({u"add"_s, proxy()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(added.out.contains(QByteArray("Cluster sandbox at " + proxy().toUtf8() + " (Teleport 16.4.6)")), added.out.constData());
        const Run listed = cli({u"clusters"_s});
        QVERIFY2(listed.out.startsWith(QByteArray("sandbox  " + proxy().toUtf8() + "  -  not logged in")), listed.out.constData());

        // The profile, in tsh's layout.
        const QString profileDir = m_runtime.dataDir() + "/tsh"_L1;
        QVERIFY(QFile::exists(profileDir + "/127.0.0.1.yaml"_L1));
        QCOMPARE(modeOf(profileDir), 0700);
        QCOMPARE(modeOf(profileDir + "/127.0.0.1.yaml"_L1), 0600);

        // Wrong password, wrong code: Teleport's refusal, exit 1, still not logged in.
        const QByteArray password = user(u"alice"_s).value(u"password"_s).toString().toUtf8();
        const Run wrongPassword = cli({u"login"_s, u"sandbox"_s, u"--user"_s, u"alice"_s, u"--otp"_s, otp(u"alice"_s)}, "nope\n");
        QCOMPARE(wrongPassword.exitCode, 1);
        QVERIFY2(wrongPassword.err.contains("invalid username, password or second factor"), wrongPassword.err.constData());
        const Run wrongCode = cli({u"login"_s, u"sandbox"_s, u"--user"_s, u"alice"_s, u"--otp"_s, u"000000"_s}, password + '\n');
        QCOMPARE(wrongCode.exitCode, 1);
        const Run noCode = cli({u"login"_s, u"sandbox"_s, u"--user"_s, u"alice"_s}, password + '\n');
        QCOMPARE(noCode.exitCode, 2);
        QVERIFY2(noCode.err.contains("asks for a one-time code"), noCode.err.constData());

        const Run loggedIn = loginAs(u"alice"_s, 1);
        QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());
        QVERIFY2(loggedIn.out.startsWith("Logged in to sandbox as alice (roles: access; logins: "), loggedIn.out.constData());
        const Run after = cli({u"clusters"_s, u"--json"_s});
        const QJsonObject cluster = QJsonDocument::fromJson(after.out).array().first().toObject();
        QCOMPARE(cluster.value(u"connected"_s).toBool(), true);
        QCOMPARE(cluster.value(u"user"_s).toObject().value(u"name"_s).toString(), u"alice"_s);
        QCOMPARE(cluster.value(u"leaves"_s).toArray().first().toObject().value(u"name"_s).toString(), u"leaf-one"_s);
        // Keys and certificates: private, in tsh's v16 layout (the sandbox says it is 16.4.6).
        const QString keys = profileDir + "/keys/127.0.0.1"_L1;
        QCOMPARE(modeOf(keys + "/alice"_L1), 0600);
        QVERIFY(QFile::exists(keys + "/alice-x509.pem"_L1));
        QVERIFY(QFile::exists(keys + "/alice-ssh/sandbox-cert.pub"_L1));
        QVERIFY(QFile::exists(profileDir + "/known_hosts"_L1));
    }

    void listEveryKind()
    {
        const Run servers = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"node"_s});
        QVERIFY2(servers.exitCode == 0, servers.err.constData());
        QCOMPARE(servers.out.trimmed().split('\n').size(), ListedServers + 2); // pages followed to the end
        QVERIFY2(servers.out.contains("server  node-1  127.0.0.1:"), servers.out.constData());
        const Run databases = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"db"_s});
        QCOMPARE(column(databases.out, 1), (QStringList{u"demo-postgres"_s, u"orders-mysql"_s}));
        const Run kubes = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"kube"_s});
        QCOMPARE(column(kubes.out, 1), (QStringList{u"kube-dev"_s, u"kube-prod"_s}));
        const Run apps = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"app"_s, u"--json"_s});
        const QJsonArray appList = QJsonDocument::fromJson(apps.out).array();
        QCOMPARE(appList.size(), 2);
        QCOMPARE(appList.first().toObject().value(u"public_address"_s).toString(), u"grafana.sandbox.example"_s);
        QCOMPARE(appList.first().toObject().value(u"uri"_s).toString(), u"/clusters/127.0.0.1/apps/grafana"_s);

        // Labels and search, applied by the cluster.
        const Run dev = cli({u"ls"_s, u"sandbox"_s, u"--labels"_s, u"env=dev"_s, u"--limit"_s, u"3"_s, u"--sort"_s, u"kind"_s});
        QCOMPARE(column(dev.out, 1), (QStringList{u"wiki"_s, u"demo-postgres"_s, u"kube-dev"_s}));
        const Run search = cli({u"ls"_s, u"sandbox"_s, u"--search"_s, u"node-1"_s, u"--json"_s});
        const QJsonArray found = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(u"display_name"_s).toString(), u"node-1"_s);
        QVERIFY(!found.first().toObject().value(u"logins"_s).toArray().isEmpty());
        // A leaf's resources, through the root's proxy.
        const Run leaf = cli({u"ls"_s, u"leaf-one"_s});
        QVERIFY2(leaf.exitCode == 0, leaf.err.constData());
        QCOMPARE(leaf.out.trimmed().split('\n').size(), 5 + 1);
        QVERIFY(leaf.out.contains("kube  leaf-kube"));
        const Run unknownKind = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"spaceship"_s});
        QCOMPARE(unknownKind.exitCode, 2);
        const Run unknownCluster = cli({u"ls"_s, u"elsewhere"_s});
        QCOMPARE(unknownCluster.exitCode, 1);
        QVERIFY2(unknownCluster.err.contains("no cluster is named \"elsewhere\""), unknownCluster.err.constData());
    }

    void databaseUsersComeFromTheRoles()
    {
        const Run users = cli({u"db-users"_s, u"sandbox"_s, u"demo-postgres"_s});
        QVERIFY2(users.exitCode == 0, users.err.constData());
        QCOMPARE(users.out.trimmed(), QByteArray("alice\nreadonly"));
        const Run none = cli({u"db-users"_s, u"sandbox"_s, u"no-such-db"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("no database no-such-db"), none.err.constData());
    }

    void opensshThroughTheGeneratedConfig()
    {
        const Run config = cli({u"config"_s});
        QVERIFY2(config.exitCode == 0, config.err.constData());
        const QString path = m_dir.filePath(u"ssh_config"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // The CLI the config names must reach the same daemon, which trusts the sandbox already.
        file.write(config.out);
        file.close();
        const QString login = user(u"alice"_s).value(u"logins"_s).toArray().first().toString();
        const QStringList options{u"-F"_s, path, u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"ConnectTimeout=15"_s};
        const Run reached = run(u"ssh"_s, options + QStringList{login + u"@node-1.sandbox"_s, u"echo teleterm-$((6*7))"_s});
        QVERIFY2(reached.exitCode == 0 && reached.out.trimmed() == "teleterm-42", reached.err.constData());
        // A node that does not exist, a login the role does not allow: OpenSSH fails, saying why.
        const Run missing = run(u"ssh"_s, options + QStringList{login + u"@node-9.sandbox"_s, u"true"_s});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains("not found"), missing.err.constData());
        const Run forbidden = run(u"ssh"_s, options + QStringList{u"nobody-here@node-1.sandbox"_s, u"true"_s});
        QVERIFY(forbidden.exitCode != 0);
        QVERIFY2(forbidden.err.contains("access denied"), forbidden.err.constData());
    }

    void sshThroughTheCli()
    {
        // What a terminal tab runs: teleterm-cli ssh becomes OpenSSH, set up for the cluster.
        const QString login = user(u"alice"_s).value(u"logins"_s).toArray().first().toString();
        const Run reached = cli({u"ssh"_s, login + u"@node-1"_s, u"echo"_s, u"teleterm-$((6*7))"_s});
        QVERIFY2(reached.exitCode == 0 && reached.out.trimmed() == "teleterm-42", reached.err.constData());
        const Run suffixed = cli({u"ssh"_s, u"--cluster"_s, u"sandbox"_s, login + u"@node-2.sandbox"_s, u"hostname"_s});
        QVERIFY2(suffixed.exitCode == 0, suffixed.err.constData());
        const Run missing = cli({u"ssh"_s, login + u"@node-9"_s, u"true"_s});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains("not found"), missing.err.constData());
        const Run usage = cli({u"ssh"_s, u"node-1"_s});
        QCOMPARE(usage.exitCode, 2);
    }

    void aClusterThatGoesAwayAndComesBack()
    {
        const quint16 port = proxy().section(u':', 1).toUShort();
        stopSandbox();
        const Run away = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"kube"_s});
        QCOMPARE(away.exitCode, 1);
        QVERIFY2(away.err.contains("did not answer") || away.err.contains("nothing accepts connections"), away.err.constData());
        // Other clusters' calls are not held up meanwhile, and the daemon is fine.
        QCOMPARE(cli({u"clusters"_s}).exitCode, 0);
        QVERIFY(startSandbox({u"--port"_s, QString::number(port)}));
        const Run back = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"kube"_s});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(column(back.out, 1), (QStringList{u"kube-dev"_s, u"kube-prod"_s}));
    }

    void logoutThenRemove()
    {
        const Run out = cli({u"logout"_s, u"sandbox"_s});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY(!QFile::exists(m_runtime.dataDir() + "/tsh/keys/127.0.0.1/alice"_L1));
        const Run listing = cli({u"ls"_s, u"sandbox"_s});
        QCOMPARE(listing.exitCode, 1);
        QVERIFY2(listing.err.contains("not logged in to sandbox"), listing.err.constData());
        QVERIFY(cli({u"clusters"_s}).out.contains("not logged in"));
        const Run removed = cli({u"logout"_s, u"sandbox"_s, u"--remove"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(cli({u"clusters"_s}).out.contains("No clusters yet"));
    }

    void sessionsExpireAndProfilesChangeOnDisk()
    {
        // Added again after the test before removed it; carol's sessions last 4 s.
        QCOMPARE(cli({u"add"_s, proxy()}).exitCode, 0);
        EventWatch watch(Teleterm::makeLocalChannel(Teleterm::Paths::daemonSocketPath()));
        QTest::qWait(300); // the stream is open before anything happens
        const Run loggedIn = loginAs(u"carol"_s, 1);
        QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(watch.has(teleterm::v1::ClusterEvent::CERTIFICATE_EXPIRES_SOON), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(watch.has(teleterm::v1::ClusterEvent::CERTIFICATE_EXPIRED), 15000);
        const Run listing = cli({u"ls"_s, u"sandbox"_s});
        QCOMPARE(listing.exitCode, 1);
        QVERIFY2(listing.err.contains("expired") && listing.err.contains("log in again"), listing.err.constData());
        QVERIFY(cli({u"clusters"_s}).out.contains("expired at"));

        // Another program (tsh, another Teleterm) rewrites the profile: the daemon says so.
        const QString profile = m_runtime.dataDir() + "/tsh/127.0.0.1.yaml"_L1;
        QFile file(profile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QFile rewritten(profile + ".tmp"_L1);
        QVERIFY(rewritten.open(QIODevice::WriteOnly));
        rewritten.write(before + "dynamic_forward_ports: []\n");
        rewritten.close();
        QVERIFY(QFile::setPermissions(rewritten.fileName(), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(::rename(QFile::encodeName(rewritten.fileName()).constData(), QFile::encodeName(profile).constData()) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(watch.has(teleterm::v1::ClusterEvent::PROFILE_CHANGED), 10000);
        // What it wrote is read as it is (tst_profilestore shows it is kept on the next write).
        QVERIFY(cli({u"clusters"_s}).out.contains("sandbox"));
    }

    void aVersion17ProxyTakesSeparateSshAndTlsKeys()
    {
        // Teleport 17 and later take an SSH and a TLS public key at login (tsh then keeps
        // USER.key/USER.crt beside USER and its SSH certificate); 16 takes one key for both. A
        // second cluster that says it runs 17, beside the first, reached as localhost.
        SandboxProcess seventeen;
        QVERIFY(seventeen.start(m_dir.filePath(u"seventeen"_s),
                                {},
                                {u"--cluster-name"_s, u"seventeen"_s, u"--server-version"_s, u"17.1.0"_s, u"--nodes"_s, u"1"_s}));
        const QString localhost = u"localhost:"_s + seventeen.proxy().section(u':', 1);
        // The daemon trusts both sandboxes' web CAs.
        const QString bundle = m_dir.filePath(u"both-cas.pem"_s);
        QFile out(bundle);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QString &path : {m_sandbox.webCa(), seventeen.webCa()}) {
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            out.write(in.readAll());
        }
        out.close();
        m_runtime.killServices();
        const auto cli17 = [&](const QStringList &arguments, const QByteArray &input = {}) {
            return run(program(u"teleterm-cli"_s), QStringList{u"--ca-file"_s, bundle} + arguments, input);
        };

        const Run added = cli17({u"add"_s, localhost});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(added.out.contains("17.1.0"), added.out.constData());
        const QString password = seventeen.user(u"alice"_s).value(u"password"_s).toString();
        const Run loggedIn = cli17({u"login"_s, u"seventeen"_s, u"--user"_s, u"alice"_s, u"--otp"_s, seventeen.otp(u"alice"_s)}, password.toUtf8() + '\n');
        QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());
        const QString keys = m_runtime.dataDir() + "/tsh/keys/localhost/"_L1;
        for (const QString &file : {u"alice"_s, u"alice.key"_s, u"alice.crt"_s, u"alice-ssh/seventeen-cert.pub"_s}) {
            QVERIFY2(QFile::exists(keys + file), qPrintable(file));
            QCOMPARE(modeOf(keys + file) & 0777, 0600);
        }
        QVERIFY(!QFile::exists(keys + "alice-x509.pem"_L1));
        // The TLS key is its own: not the SSH key in another form.
        QFile sshKey(keys + "alice"_L1);
        QFile tlsKey(keys + "alice.key"_L1);
        QVERIFY(sshKey.open(QIODevice::ReadOnly) && tlsKey.open(QIODevice::ReadOnly));
        QVERIFY(sshKey.readAll() != tlsKey.readAll());

        // Both keys do their work: the TLS one on the auth route, the SSH one through OpenSSH.
        const Run listed = cli17({u"ls"_s, u"seventeen"_s, u"--kind"_s, u"node"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(column(listed.out, 1), QStringList{u"node-1"_s});
        const QString login = seventeen.user(u"alice"_s).value(u"logins"_s).toArray().first().toString();
        const Run proxied = cli17({u"proxy"_s, u"ssh"_s, u"--cluster"_s, u"seventeen"_s, login + "@node-1:22"_L1}, "SSH-2.0-OpenSSH_9.2 test\r\n");
        QVERIFY2(proxied.out.startsWith("SSH-2.0-"), proxied.err.constData());
        m_runtime.killServices();
    }

    void insecureSkipsTheCertificateCheckAndNothingElse()
    {
        // A daemon started with --insecure (and no --ca-file) takes the sandbox's own certificate.
        m_runtime.killServices();
        const Run added = run(program(u"teleterm-cli"_s), {u"--insecure"_s, u"add"_s, proxy()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("Cluster sandbox"));

        // A TLS server that is not a Teleport proxy: its answer is refused for what it is.
        const QString key = m_dir.filePath(u"garbage.key"_s);
        const QString certificate = m_dir.filePath(u"garbage.crt"_s);
        QVERIFY(makeSelfSignedCertificate(u"/CN=127.0.0.1"_s, key, certificate));
        // It answers every request with 200 and a body that is not JSON.
        QSslServer server;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(certificate).value(0));
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        server.setSslConfiguration(tls);
        QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\nConnection: close\r\n\r\n<html></html>");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess cli;
        cli.start(program(u"teleterm-cli"_s), {u"--insecure"_s, u"add"_s, u"127.0.0.1:%1"_s.arg(server.serverPort())});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000); // the server needs this event loop
        const Run garbage{cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY2(garbage.err.contains("does not answer as a Teleport proxy does"), garbage.err.constData());
        m_runtime.killServices();
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
