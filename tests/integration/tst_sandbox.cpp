// teleterm-sandbox on its own, driven with ordinary tools: curl for the web API, openssl s_client
// for the ALPN routing, raw sockets for hostile clients.
#include "scratchruntime.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;

class TestSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_ready;

    QString dataDir() const
    {
        return m_dir.path() + "/sandbox"_L1;
    }
    QString proxy() const
    {
        return m_ready.value(u"proxy"_s).toString();
    }
    QString url(const QString &path) const
    {
        return "https://"_L1 + proxy() + path;
    }
    QString webCa() const
    {
        return m_ready.value(u"web_ca"_s).toString();
    }

    QJsonObject user() const
    {
        return m_ready.value(u"users"_s).toArray().first().toObject();
    }

    // The user's TOTP code `stepsAhead` 30-second steps from now, from oathtool.
    QString otp(int stepsAhead = 0, const QJsonObject &who = {}) const
    {
        const qint64 at = QDateTime::currentSecsSinceEpoch() + 30 * stepsAhead;
        const QString secret = (who.isEmpty() ? user() : who).value(u"totp_secret"_s).toString();
        return QString::fromLatin1(run(u"oathtool"_s, {u"--totp"_s, u"-b"_s, secret, u"--now=@%1"_s.arg(at)}).out.trimmed());
    }

    // POSTs `body` and returns the parsed answer; the HTTP status in `httpStatus`.
    QJsonObject post(const QString &path, const QJsonObject &body, int *httpStatus)
    {
        const Run curl = run(u"curl"_s,
                             {u"-sS"_s,
                              u"--cacert"_s,
                              webCa(),
                              u"-H"_s,
                              u"Content-Type: application/json"_s,
                              u"--data-binary"_s,
                              u"@-"_s,
                              u"-w"_s,
                              u"\n%{http_code}"_s,
                              url(path)},
                             QJsonDocument(body).toJson(QJsonDocument::Compact));
        const qsizetype split = curl.out.lastIndexOf('\n');
        *httpStatus = curl.out.mid(split + 1).toInt();
        return QJsonDocument::fromJson(curl.out.left(split)).object();
    }

    // A new key pair made by OpenSSH; returns the authorized_keys line.
    QByteArray newSshKey(const QString &type)
    {
        const QString path = m_dir.filePath(u"key-"_s + type + QString::number(++m_keys));
        run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, type, u"-N"_s, u""_s, u"-f"_s, path});
        m_lastKeyPath = path;
        QFile pub(path + ".pub"_L1);
        return pub.open(QIODevice::ReadOnly) ? pub.readAll().trimmed() : QByteArray();
    }

    QString writeScratch(const QString &name, const QByteArray &contents)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(contents);
        }
        return file.fileName();
    }

    QByteArray caFile(const QString &name) const
    {
        QFile file(dataDir() + "/ca/"_L1 + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs `echo teleterm-42` on `destination` with OpenSSH, using only the given key and
    // certificate and trusting only the cluster's host CA.
    Run sshEcho(const QString &key, const QString &certificate, const QStringList &options, const QString &destination)
    {
        const QString knownHosts = writeScratch(u"known_hosts"_s, "@cert-authority * " + caFile(u"host_ssh.pub"_s));
        QStringList arguments{u"-F"_s,
                              u"none"_s,
                              u"-i"_s,
                              key,
                              u"-o"_s,
                              u"CertificateFile="_s + certificate,
                              u"-o"_s,
                              u"IdentitiesOnly=yes"_s,
                              u"-o"_s,
                              u"UserKnownHostsFile="_s + knownHosts,
                              u"-o"_s,
                              u"StrictHostKeyChecking=yes"_s,
                              u"-o"_s,
                              u"BatchMode=yes"_s,
                              u"-o"_s,
                              u"ConnectTimeout=10"_s};
        arguments << options << destination << u"echo teleterm-$((6*7))"_s;
        return run(u"ssh"_s, arguments);
    }

    static constexpr int ListedServers = 2500;

    // One page of list-nodes: its next key, total, and "name hostname addr env=.. logins=.." lines.
    struct Page {
        int exitCode = -1;
        QByteArray next;
        int total = 0;
        QList<QByteArray> lines;
        QByteArray error;
    };
    Page listNodes(const QStringList &arguments, const QString &cluster = u"sandbox"_s)
    {
        return listing(QStringList{u"list-nodes"_s} + arguments, cluster);
    }

    int m_keys = 0;
    // What a login as v17 leaves: its keys and certificates, and the TOTP code it spent.
    struct Session {
        QString sshKey, sshCert, tlsKey, tlsCert, spentCode;
    };
    Session m_alice; // alice's v17 login, for the gRPC routes

    // Logs `who` in through /webapi/mfa/login/finish with v17's split keys (a new Ed25519 SSH key
    // and a new P-256 TLS key), with the TOTP code `stepsAhead` steps from now. Returns the answer.
    QJsonObject loginWithSplitKeys(const QJsonObject &who, int stepsAhead, Session *session, int *status)
    {
        const QByteArray sshKey = newSshKey(u"ed25519"_s);
        session->sshKey = m_lastKeyPath;
        session->tlsKey = m_lastKeyPath + ".tls.key"_L1;
        run(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s, session->tlsKey});
        const QByteArray tlsPublic = run(u"openssl"_s, {u"pkey"_s, u"-in"_s, session->tlsKey, u"-pubout"_s}).out;
        session->spentCode = otp(stepsAhead, who);
        const QJsonObject answer = post(u"/webapi/mfa/login/finish"_s,
                                        {{u"user"_s, who.value(u"name"_s)},
                                         {u"password"_s, who.value(u"password"_s)},
                                         {u"totp_code"_s, session->spentCode},
                                         {u"ssh_pub_key"_s, QString::fromLatin1(sshKey.toBase64())},
                                         {u"tls_pub_key"_s, QString::fromLatin1(tlsPublic.toBase64())}},
                                        status);
        session->sshCert =
            writeScratch(QFileInfo(session->sshKey).fileName() + "-cert.pub"_L1, QByteArray::fromBase64(answer.value(u"cert"_s).toString().toLatin1()));
        session->tlsCert =
            writeScratch(QFileInfo(session->sshKey).fileName() + ".tls.crt"_L1, QByteArray::fromBase64(answer.value(u"tls_cert"_s).toString().toLatin1()));
        return answer;
    }
    QString m_lastKeyPathForCert; // the private key the v16 login certified
    QString m_lastKeyPath; // the private key newSshKey made last
    QString m_sshCertPath; // the SSH certificate of the v16 login, for that key

    QString configPath() const
    {
        return m_dir.filePath(u"sandbox-config.json"_s);
    }
    // The defaults, and a leaf cluster with a few listed resources.
    bool writeConfig()
    {
        QFile file(configPath());
        const auto labels = [](const char *env) {
            return QJsonObject{{u"env"_s, QString::fromLatin1(env)}};
        };
        const QJsonObject leaf{
            {u"name"_s, u"leaf-one"_s},
            {u"listed_servers"_s, 5},
            {u"databases"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"leaf-pg"_s}, {u"protocol"_s, u"postgres"_s}, {u"uri"_s, u"10.9.0.1:5432"_s}, {u"labels"_s, labels("dev")}}}},
            {u"kube_clusters"_s, QJsonArray{QJsonObject{{u"name"_s, u"leaf-kube"_s}, {u"labels"_s, labels("prod")}}}},
            {u"apps"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"leaf-app"_s},
                                    {u"uri"_s, u"http://10.9.0.2"_s},
                                    {u"public_addr"_s, u"leaf-app.example"_s},
                                    {u"labels"_s, labels("dev")}}}},
        };
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(QJsonObject{{u"leaf_clusters"_s, QJsonArray{leaf}}}).toJson()) > 0;
    }

    // Lines of a listing by the test client as alice (or `session`), on `cluster`'s auth route.
    Page listing(const QStringList &arguments, const QString &cluster = u"sandbox"_s, const std::optional<Session> &session = {})
    {
        const Run client = run(program(u"teleterm-test-client"_s), clientArguments(cluster, arguments, session.value_or(m_alice)));
        Page page{client.exitCode, {}, 0, client.out.trimmed().split('\n'), client.err};
        if (client.exitCode == 0 && !page.lines.isEmpty()) {
            const QList<QByteArray> head = page.lines.takeFirst().split(' ');
            page.next = head.value(0).mid(5);
            page.total = head.value(1).mid(6).toInt();
        }
        page.lines.removeAll(QByteArray());
        return page;
    }
    static QStringList namesOf(const Page &page)
    {
        QStringList names;
        for (const QByteArray &line : page.lines) {
            names << QString::fromUtf8(line.split(' ').first());
        }
        return names;
    }

    bool startSandbox()
    {
        m_sandbox.setProgram(program(u"teleterm-sandbox"_s));
        m_sandbox.setArguments({u"--data-dir"_s, dataDir(), u"--config"_s, configPath(), u"--listed-servers"_s, QString::number(ListedServers)});
        m_sandbox.start();
        const QString readyPath = dataDir() + "/sandbox.json"_L1;
        if (!QTest::qWaitFor(
                [&] {
                    return QFile::exists(readyPath);
                },
                20000)) {
            qWarning() << "no ready file; the sandbox said:" << m_sandbox.readAllStandardError();
            return false;
        }
        QFile ready(readyPath);
        if (!ready.open(QIODevice::ReadOnly)) {
            return false;
        }
        m_ready = QJsonDocument::fromJson(ready.readAll()).object();
        return !proxy().isEmpty();
    }

    void stopSandbox()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }

    QJsonObject getJson(const QString &path, int *httpStatus = nullptr)
    {
        const Run curl = run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, webCa(), u"-w"_s, u"\n%{http_code}"_s, url(path)});
        const qsizetype split = curl.out.lastIndexOf('\n');
        if (httpStatus) {
            *httpStatus = curl.out.mid(split + 1).toInt();
        }
        return QJsonDocument::fromJson(curl.out.left(split)).object();
    }

    // The ALPN protocol the proxy chose for `offered`, or empty when the handshake failed.
    QByteArray negotiated(const QString &offered)
    {
        const Run client = run(u"openssl"_s, {u"s_client"_s, u"-connect"_s, proxy(), u"-CAfile"_s, webCa(), u"-alpn"_s, offered}, "");
        const QByteArray all = client.out + client.err;
        const qsizetype at = all.indexOf("ALPN protocol: ");
        return at < 0 ? QByteArray() : all.mid(at + 15, all.indexOf('\n', at) - at - 15).trimmed();
    }

    QJsonObject userNamed(const QString &name) const
    {
        const QJsonArray users = m_ready.value(u"users"_s).toArray();
        for (const QJsonValue &value : users) {
            if (value.toObject().value(u"name"_s).toString() == name) {
                return value.toObject();
            }
        }
        return {};
    }
    std::optional<Session> m_bob; // bob's login, made once

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeConfig());
        QVERIFY(startSandbox());
    }

    void cleanupTestCase()
    {
        stopSandbox();
    }

    void authoritiesArePrivate()
    {
        // Run as root, the directory lets PostgreSQL's account walk through it (0701), no more.
        QCOMPARE(modeOf(dataDir()), ::getuid() == 0 ? 0701 : 0700);
        for (const char *name : {"user", "host", "db"}) {
            QCOMPARE(modeOf(dataDir() + "/ca/"_L1 + QLatin1StringView(name) + ".key"_L1), 0600);
            QVERIFY(QFile::exists(dataDir() + "/ca/"_L1 + QLatin1StringView(name) + ".crt"_L1));
        }
        QCOMPARE(webCa(), dataDir() + "/ca/host.crt"_L1);
        QCOMPARE(modeOf(dataDir() + "/sandbox.json"_L1), 0600);
        QCOMPARE(m_ready.value(u"cluster"_s).toString(), u"sandbox"_s);
    }

    void pingSaysWhatTeleportSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("webapi") << u"/webapi/ping"_s;
        QTest::newRow("v1 prefix") << u"/v1/webapi/ping"_s;
    }
    void pingSaysWhatTeleportSays()
    {
        QFETCH(QString, path);
        int status = 0;
        const QJsonObject ping = getJson(path, &status);
        QCOMPARE(status, 200);
        QCOMPARE(ping.value(u"cluster_name"_s).toString(), u"sandbox"_s);
        QVERIFY(!ping.value(u"server_version"_s).toString().isEmpty());
        const QJsonObject auth = ping.value(u"auth"_s).toObject();
        QCOMPARE(auth.value(u"type"_s).toString(), u"local"_s);
        QCOMPARE(auth.value(u"second_factor"_s).toString(), u"otp"_s);
        QCOMPARE(auth.value(u"default_session_ttl"_s).toString(), u"12h0m0s"_s);
        const QJsonObject proxySettings = ping.value(u"proxy"_s).toObject();
        QVERIFY(proxySettings.value(u"tls_routing_enabled"_s).toBool());
        QCOMPARE(proxySettings.value(u"ssh"_s).toObject().value(u"web_listen_addr"_s).toString(), proxy());
    }

    void findHasNoAuthSettings()
    {
        int status = 0;
        const QJsonObject find = getJson(u"/webapi/find"_s, &status);
        QCOMPARE(status, 200);
        QCOMPARE(find.value(u"cluster_name"_s).toString(), u"sandbox"_s);
        QVERIFY(!find.contains(u"auth"_s));
        QVERIFY(find.value(u"proxy"_s).toObject().value(u"tls_routing_enabled"_s).toBool());
    }

    void errorsHaveTeleportsBody()
    {
        int status = 0;
        const QJsonObject missing = getJson(u"/webapi/nothing-here"_s, &status);
        QCOMPARE(status, 404);
        QVERIFY(!missing.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());

        const Run post = run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, webCa(), u"-X"_s, u"DELETE"_s, u"-w"_s, u"\n%{http_code}"_s, url(u"/webapi/ping"_s)});
        QVERIFY2(post.out.endsWith("\n405"), post.out.constData());
        QVERIFY(post.out.contains("\"error\":{\"message\""));
    }

    void certificateIsTheClustersOwn()
    {
        // Without the sandbox's CA, curl refuses the proxy's certificate (exit 60).
        const Run untrusted = run(u"curl"_s, {u"-sS"_s, url(u"/webapi/ping"_s)});
        QCOMPARE(untrusted.exitCode, 60);
        // With it, the name the user types (127.0.0.1) and the routed names both verify.
        const Run routed = run(u"curl"_s,
                               {u"-sS"_s,
                                u"--cacert"_s,
                                webCa(),
                                u"--resolve"_s,
                                u"abc.teleport.cluster.local:%1:127.0.0.1"_s.arg(proxy().section(u':', 1)),
                                u"https://abc.teleport.cluster.local:%1/webapi/ping"_s.arg(proxy().section(u':', 1))});
        QCOMPARE(routed.exitCode, 0);
    }

    void alpnRouting()
    {
        QCOMPARE(negotiated(u"http/1.1"_s), QByteArray("http/1.1"));
        // The first protocol the client offers that a route takes wins.
        QCOMPARE(negotiated(u"teleport-unknown,http/1.1"_s), QByteArray("http/1.1"));
        // Only protocols no route takes: the handshake is refused.
        QCOMPARE(negotiated(u"teleport-unknown"_s), QByteArray());
    }

    void loginWithOneKeyAsV16()
    {
        const QByteArray key = newSshKey(u"ecdsa"_s);
        int status = 0;
        const QJsonObject answer = post(u"/webapi/ssh/certs"_s,
                                        {{u"user"_s, user().value(u"name"_s)},
                                         {u"password"_s, user().value(u"password"_s)},
                                         {u"otp_token"_s, otp()},
                                         {u"pub_key"_s, QString::fromLatin1(key.toBase64())},
                                         {u"ttl"_s, qint64(3600) * 1000 * 1000 * 1000}},
                                        &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(u"username"_s).toString(), u"alice"_s);

        // The SSH certificate: OpenSSH reads it, it certifies our key, for the role's logins.
        const QByteArray sshCert = QByteArray::fromBase64(answer.value(u"cert"_s).toString().toLatin1());
        QVERIFY(sshCert.startsWith("ecdsa-sha2-nistp256-cert-v01@openssh.com "));
        m_lastKeyPathForCert = m_lastKeyPath;
        m_sshCertPath = writeScratch(QFileInfo(m_lastKeyPath).fileName() + "-cert.pub"_L1, sshCert);
        const Run listing = run(u"ssh-keygen"_s, {u"-L"_s, u"-f"_s, m_sshCertPath});
        QCOMPARE(listing.exitCode, 0);
        QVERIFY2(listing.out.contains("user certificate"), listing.out.constData());
        const QString login = user().value(u"logins"_s).toArray().first().toString();
        QVERIFY2(listing.out.contains(QByteArray("\n                " + login.toUtf8() + '\n')), listing.out.constData());
        const Run caFingerprint = run(u"ssh-keygen"_s, {u"-l"_s, u"-f"_s, dataDir() + "/ca/user_ssh.pub"_L1});
        QVERIFY2(listing.out.contains(caFingerprint.out.split(' ').value(1)), "signed by the user CA");

        // The TLS certificate: from the user CA, for the same key, naming user, roles and cluster.
        const QByteArray tlsCert = QByteArray::fromBase64(answer.value(u"tls_cert"_s).toString().toLatin1());
        const QString tlsPath = writeScratch(u"tls.pem"_s, tlsCert);
        QCOMPARE(run(u"openssl"_s, {u"verify"_s, u"-CAfile"_s, dataDir() + "/ca/user.crt"_L1, tlsPath}).exitCode, 0);
        const QByteArray subject = run(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-subject"_s, u"-in"_s, tlsPath}).out;
        QVERIFY2(subject.contains("CN = alice") && subject.contains("O = access") && subject.contains("street = sandbox"), subject.constData());
        const QByteArray certKey = run(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-pubkey"_s, u"-in"_s, tlsPath}).out;
        const QByteArray ourKey = run(u"ssh-keygen"_s, {u"-e"_s, u"-m"_s, u"PKCS8"_s, u"-f"_s, writeScratch(u"our.pub"_s, key)}).out;
        QCOMPARE(certKey.trimmed(), ourKey.trimmed());

        // The cluster's host CA, in both forms.
        const QJsonObject signer = answer.value(u"host_signers"_s).toArray().first().toObject();
        QCOMPARE(signer.value(u"domain_name"_s).toString(), u"sandbox"_s);
        QCOMPARE(QByteArray::fromBase64(signer.value(u"tls_certs"_s).toArray().first().toString().toLatin1()), caFile(u"host.crt"_s));
        QCOMPARE(QByteArray::fromBase64(signer.value(u"checking_keys"_s).toArray().first().toString().toLatin1()), caFile(u"host_ssh.pub"_s).trimmed());
    }

    void nodesAreRealSshdTrustingTheUserCa()
    {
        const QJsonArray nodes = m_ready.value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), 2);
        QVERIFY(!m_sshCertPath.isEmpty());
        const QString login = user().value(u"logins"_s).toArray().first().toString();
        const auto ssh = [&](const QJsonObject &node, const QString &as, const QString &certificate) {
            return sshEcho(m_lastKeyPathForCert, certificate, {u"-p"_s, node.value(u"addr"_s).toString().section(u':', 1)}, as + u"@127.0.0.1"_s);
        };
        for (const QJsonValue &node : nodes) {
            // The host certificate verifies against the cluster's host CA, the user's against the node's trust.
            const Run session = ssh(node.toObject(), login, m_sshCertPath);
            QVERIFY2(session.exitCode == 0 && session.out.trimmed() == "teleterm-42", session.err.constData());
        }
        // A login the certificate does not name is refused.
        const Run other = ssh(nodes.first().toObject(), u"nobody-else"_s, m_sshCertPath);
        QVERIFY(other.exitCode != 0);
        QVERIFY2(other.err.contains("Permission denied"), other.err.constData());
    }

    void loginWithSplitKeysAsV17()
    {
        int status = 0;
        // The code of the next step: the one of this step was spent by the previous login.
        const QJsonObject answer = loginWithSplitKeys(user(), 1, &m_alice, &status);
        QCOMPARE(status, 200);
        QVERIFY(QByteArray::fromBase64(answer.value(u"cert"_s).toString().toLatin1()).startsWith("ssh-ed25519-cert-v01@openssh.com "));
        const QByteArray tlsPublic = run(u"openssl"_s, {u"pkey"_s, u"-in"_s, m_alice.tlsKey, u"-pubout"_s}).out;
        QCOMPARE(run(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-pubkey"_s, u"-in"_s, m_alice.tlsCert}).out.trimmed(), tlsPublic.trimmed());
        // 12 hours when the client names no TTL, as Teleport's default session.
        const QByteArray end = run(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-enddate"_s, u"-in"_s, m_alice.tlsCert}).out.trimmed().mid(9);
        const QDateTime notAfter = QLocale::c().toDateTime(QString::fromLatin1(end).simplified(), u"MMM d HH:mm:ss yyyy 'GMT'"_s);
        QVERIFY2(qAbs(QDateTime::currentDateTimeUtc().secsTo(notAfter) - 12 * 3600) < 120, end.constData());
    }

    // The small gRPC client: PROXY WEB_CA TLS_CERT TLS_KEY CLUSTER COMMAND ARGUMENTS...
    QStringList clientArguments(const QString &cluster, const QStringList &command, const Session &as) const
    {
        return QStringList{proxy(), webCa(), as.tlsCert, as.tlsKey, cluster} + command;
    }
    QStringList clientArguments(const QString &cluster, const QStringList &command) const
    {
        return clientArguments(cluster, command, m_alice);
    }
    QStringList proxySshArguments(const QString &cluster, const QString &login, const QString &target) const
    {
        return clientArguments(cluster, {u"proxy-ssh"_s, login, target});
    }

    void sshThroughTheProxy_data()
    {
        QTest::addColumn<QString>("host");
        const QJsonArray nodes = m_ready.value(u"nodes"_s).toArray();
        QTest::newRow("name with cluster") << u"node-1.sandbox"_s;
        QTest::newRow("uuid") << nodes.at(1).toObject().value(u"uuid"_s).toString();
    }
    void sshThroughTheProxy()
    {
        QFETCH(QString, host);
        QVERIFY(!m_alice.tlsCert.isEmpty());
        const QString proxyCommand = program(u"teleterm-test-client"_s) + u' ' + proxySshArguments(u"sandbox"_s, u"%r"_s, u"%h:%p"_s).join(u' ');
        const QString login = user().value(u"logins"_s).toArray().first().toString();
        const Run session = sshEcho(m_alice.sshKey, m_alice.sshCert, {u"-o"_s, u"ProxyCommand="_s + proxyCommand}, login + u'@' + host);
        QVERIFY2(session.exitCode == 0 && session.out.trimmed() == "teleterm-42", session.err.constData());
    }

    void proxySshRefusesWhatTeleportRefuses_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("message");
        const QString login = user().value(u"logins"_s).toArray().first().toString();
        QTest::newRow("unknown node") << u"sandbox"_s << login << u"no-such-node:0"_s << QByteArray("target host no-such-node:0 not found");
        QTest::newRow("login the role forbids") << u"sandbox"_s << u"mallory"_s << u"node-1:0"_s
                                                << QByteArray("access denied to alice connecting to node-1 as mallory");
        QTest::newRow("another cluster") << u"elsewhere"_s << login << u"node-1:0"_s << QByteArray("cluster \"elsewhere\" is not found");
    }
    void proxySshRefusesWhatTeleportRefuses()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, login);
        QFETCH(QString, target);
        QFETCH(QByteArray, message);
        // The routed SNI is made from the cluster name; the proxy's certificate covers any.
        const Run refused = run(program(u"teleterm-test-client"_s), proxySshArguments(cluster, login, target));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(message), refused.err.constData());
        // The cluster details answer on the same route.
        const Run details = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"details"_s}));
        QCOMPARE(details.out.trimmed(), QByteArray("fips_enabled=false"));
    }

    void authRoutePing()
    {
        const Run ping = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"ping"_s}));
        QVERIFY2(ping.exitCode == 0, ping.err.constData());
        QCOMPARE(ping.out.trimmed(), QByteArray("cluster=sandbox version=16.4.6 proxy=" + proxy().toUtf8()));
        // The auth route is this cluster's only: another cluster's name in the ALPN is refused.
        const Run elsewhere = run(program(u"teleterm-test-client"_s), clientArguments(u"elsewhere"_s, {u"ping"_s}));
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains("no application protocol"), elsewhere.err.constData());
    }

    void listNodesPageByPage()
    {
        QSet<QByteArray> seen;
        QByteArray start = "-";
        QByteArray previous;
        int pages = 0;
        do {
            const Page page = listNodes({u"1000"_s, QString::fromLatin1(start), u"-"_s, u"-"_s, u"-"_s, u"total"_s});
            QVERIFY2(page.exitCode == 0, page.error.constData());
            QCOMPARE(page.total, ListedServers + 2);
            QVERIFY(page.lines.size() <= 1000);
            for (const QByteArray &line : page.lines) {
                const QByteArray name = line.split(' ').first();
                QVERIFY2(name > previous, "sorted by name, each once");
                previous = name;
                seen.insert(name);
            }
            start = page.next;
            ++pages;
        } while (!start.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), ListedServers + 2);
    }

    void listNodesSearchLabelsSortAndLogins()
    {
        // A keyword that only one real node's hostname holds, with the logins the role allows.
        const Page search = listNodes({u"100"_s, u"-"_s, u"node-1"_s, u"-"_s, u"-"_s, u"total"_s, u"logins"_s});
        QCOMPARE(search.total, 1);
        QCOMPARE(search.lines.size(), 1);
        const QString login = user().value(u"logins"_s).toArray().first().toString();
        QVERIFY2(search.lines.first().contains(" node-1 127.0.0.1:") && search.lines.first().contains(QByteArray(" logins=" + login.toUtf8() + ' ')),
                 search.lines.first().constData());
        // Every keyword must match: none matches both.
        QCOMPARE(listNodes({u"100"_s, u"-"_s, u"node-1 server-000007"_s, u"-"_s, u"-"_s, u"total"_s}).total, 0);
        // Labels: node-1 (node-2 is env=staging) and every third listed server are env=dev.
        const Page dev = listNodes({u"1000"_s, u"-"_s, u"-"_s, u"env=dev"_s, u"-"_s, u"total"_s});
        QCOMPARE(dev.total, 1 + ListedServers / 3);
        for (const QByteArray &line : dev.lines) {
            QVERIFY(line.contains(" env=dev "));
        }
        // Both labels: listed server i has env prod/staging/dev by i % 3 and its region by i % 4.
        int devInUsEast = 0;
        for (int i = 0; i < ListedServers; ++i) {
            devInUsEast += i % 3 == 2 && i % 4 == 1;
        }
        QCOMPARE(listNodes({u"10"_s, u"-"_s, u"-"_s, u"env=dev,region=us-east"_s, u"-"_s, u"total"_s}).total, devInUsEast);
        // Sorting by hostname, descending.
        const Page byHost = listNodes({u"3"_s, u"-"_s, u"-"_s, u"-"_s, u"-hostname"_s});
        QCOMPARE(byHost.lines.size(), 3);
        QCOMPARE(byHost.lines.at(0).split(' ').at(1), QByteArray("server-002500"));
        QCOMPARE(byHost.lines.at(1).split(' ').at(1), QByteArray("server-002499"));
        // The next page of that order starts where the first ended, even after another query
        // in between (the sandbox keeps only the last query's order, to page through it fast).
        QCOMPARE(listNodes({u"5"_s, u"-"_s, u"-"_s, u"env=dev"_s, u"-"_s}).lines.size(), 5);
        const Page next = listNodes({u"1"_s, QString::fromLatin1(byHost.next), u"-"_s, u"-"_s, u"-hostname"_s});
        QCOMPARE(next.lines.first().split(' ').at(1), QByteArray("server-002497"));
    }

    void listNodesRefusesBadRequests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no limit") << QStringList{u"0"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s} << QByteArray("nonpositive parameter limit");
        QTest::newRow("unknown start key") << QStringList{u"10"_s, u"nope"_s, u"-"_s, u"-"_s, u"-"_s} << QByteArray("start key");
        QTest::newRow("unknown sort field") << QStringList{u"10"_s, u"-"_s, u"-"_s, u"-"_s, u"color"_s} << QByteArray("unsupported sort field");
    }
    void listNodesRefusesBadRequests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Page page = listNodes(arguments);
        QCOMPARE(page.exitCode, 1);
        QVERIFY2(page.error.contains(message), page.error.constData());
    }

    void rolesDecideWhatAUserReaches()
    {
        // bob's role "dev" allows nodes labelled env=dev only.
        const QJsonObject bob = userNamed(u"bob"_s);
        QCOMPARE(bob.value(u"roles"_s).toArray().first().toString(), u"dev"_s);
        Session session;
        int status = 0;
        loginWithSplitKeys(bob, 0, &session, &status);
        QCOMPARE(status, 200);
        m_bob = session;

        const Run listing = run(program(u"teleterm-test-client"_s),
                                clientArguments(u"sandbox"_s, {u"list-nodes"_s, u"1000"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"total"_s}, session));
        QVERIFY2(listing.exitCode == 0, listing.err.constData());
        const QByteArray head = listing.out.left(listing.out.indexOf('\n'));
        QVERIFY2(head.endsWith(QByteArray(" total=" + QByteArray::number(1 + ListedServers / 3))), head.constData());
        const QList<QByteArray> lines = listing.out.trimmed().split('\n').mid(1);
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines) {
            QVERIFY2(line.contains(" env=dev "), line.constData());
        }
        const QString login = bob.value(u"logins"_s).toArray().first().toString();
        // node-2 is env=staging: bob may not reach it, whatever the login.
        const Run denied = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"proxy-ssh"_s, login, u"node-2:0"_s}, session));
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains(QByteArray("access denied to bob connecting to node-2 as " + login.toUtf8())), denied.err.constData());
        // node-1 is env=dev: OpenSSH reaches it through the proxy with bob's certificate.
        const QString proxyCommand =
            program(u"teleterm-test-client"_s) + u' ' + clientArguments(u"sandbox"_s, {u"proxy-ssh"_s, u"%r"_s, u"%h:%p"_s}, session).join(u' ');
        const Run reached = sshEcho(session.sshKey, session.sshCert, {u"-o"_s, u"ProxyCommand="_s + proxyCommand}, login + u"@node-1.sandbox"_s);
        QVERIFY2(reached.exitCode == 0 && reached.out.trimmed() == "teleterm-42", reached.err.constData());
    }

    void listEveryKind()
    {
        const Page databases = listing({u"list"_s, u"db_server"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"total"_s});
        QVERIFY2(databases.exitCode == 0, databases.error.constData());
        QVERIFY2(namesOf(databases).contains(u"orders-mysql"_s), databases.lines.join('\n').constData());
        for (const QByteArray &line : databases.lines) {
            QVERIFY2(line.contains(" kind=db protocol="), line.constData());
        }
        const Page kubes = listing({u"list"_s, u"kube_cluster"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"total"_s});
        QCOMPARE(namesOf(kubes), (QStringList{u"kube-dev"_s, u"kube-prod"_s}));
        const Page apps = listing({u"list"_s, u"app_server"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-name"_s, u"total"_s});
        QCOMPARE(namesOf(apps), (QStringList{u"wiki"_s, u"grafana"_s}));
        QVERIFY2(apps.lines.last().endsWith(" kind=app protocol= public=grafana.sandbox.example"), apps.lines.last().constData());
        // A kind the cluster does not know is refused as Teleport refuses it.
        const Page unknown = listing({u"list"_s, u"spaceship"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.error.contains("not listed"), unknown.error.constData());

        // What bob's role allows of each kind: only env=dev.
        QVERIFY(m_bob);
        const Page bobKubes = listing({u"list"_s, u"kube_cluster"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s}, u"sandbox"_s, m_bob);
        QCOMPARE(namesOf(bobKubes), QStringList{u"kube-dev"_s});
        const Page bobApps = listing({u"list"_s, u"app_server"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s}, u"sandbox"_s, m_bob);
        QCOMPARE(namesOf(bobApps), QStringList{u"wiki"_s});
        const Page bobDatabases = listing({u"list"_s, u"db_server"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s}, u"sandbox"_s, m_bob);
        QVERIFY(!namesOf(bobDatabases).contains(u"orders-mysql"_s));
    }

    void unifiedListingPagesThroughEveryKind()
    {
        // Every kind, sorted by kind and then by name, three at a time, each resource once.
        QStringList seen;
        QByteArray start = "-";
        int pages = 0;
        do {
            const Page page = listing({u"unified"_s, u"-"_s, u"500"_s, QString::fromLatin1(start), u"-"_s, u"-"_s, u"kind"_s, u"logins"_s});
            QVERIFY2(page.exitCode == 0, page.error.constData());
            for (const QByteArray &line : page.lines) {
                seen << QString::fromUtf8(line.split(' ').first() + line.mid(line.indexOf(" kind=")).split(' ').value(1));
                if (line.contains(" kind=node ")) {
                    QVERIFY2(!line.contains(" logins= "), line.constData());
                }
            }
            start = page.next;
            ++pages;
        } while (!start.isEmpty() && pages < 20);
        QCOMPARE(pages, 6);
        QCOMPARE(seen.size(), ListedServers + 2 + 2 + 2 + 2); // servers, databases, kubes, apps
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
        QVERIFY(seen.first().endsWith("kind=app"_L1));
        QVERIFY(seen.last().endsWith("kind=node"_L1));

        // Some kinds, a keyword: the apps and databases whose text holds "a".
        const Page some = listing({u"unified"_s, u"app,db"_s, u"100"_s, u"-"_s, u"or"_s, u"-"_s, u"name"_s});
        QVERIFY2(some.exitCode == 0, some.error.constData());
        QCOMPARE(namesOf(some), QStringList{u"orders-mysql"_s});
        // Sorted by name, servers go by their hostname.
        const Page servers = listing({u"unified"_s, u"node"_s, u"2"_s, u"-"_s, u"-"_s, u"-"_s, u"name"_s});
        QCOMPARE(servers.lines.first().split(' ').at(1), QByteArray("node-1"));
        const Page wrongKind = listing({u"unified"_s, u"spaceship"_s, u"10"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s});
        QCOMPARE(wrongKind.exitCode, 1);
        QVERIFY2(wrongKind.error.contains("unsupported kind"), wrongKind.error.constData());
    }

    void leafClusterThroughTheRootsProxy()
    {
        const Run leaves = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"leaves"_s}));
        QVERIFY2(leaves.exitCode == 0, leaves.err.constData());
        QCOMPARE(leaves.out.trimmed(), QByteArray("leaf-one online"));
        // The leaf's own auth server, reached with the root's certificate.
        const Run ping = run(program(u"teleterm-test-client"_s), clientArguments(u"leaf-one"_s, {u"ping"_s}));
        QVERIFY2(ping.out.startsWith("cluster=leaf-one "), ping.err.constData());
        const Page servers = listing({u"list-nodes"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"total"_s}, u"leaf-one"_s);
        QCOMPARE(servers.total, 5);
        QVERIFY(servers.lines.first().split(' ').at(1).startsWith("leaf-one-server-"));
        const Page all = listing({u"unified"_s, u"-"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"kind"_s}, u"leaf-one"_s);
        QCOMPARE(all.lines.size(), 5 + 3);
        QVERIFY(namesOf(all).contains(u"leaf-pg"_s) && namesOf(all).contains(u"leaf-kube"_s) && namesOf(all).contains(u"leaf-app"_s));
        // bob's role reaches what is env=dev in the leaf too.
        const Page bobs = listing({u"unified"_s, u"db,kube_cluster,app"_s, u"100"_s, u"-"_s, u"-"_s, u"-"_s, u"name"_s}, u"leaf-one"_s, m_bob);
        QCOMPARE(namesOf(bobs), (QStringList{u"leaf-app"_s, u"leaf-pg"_s}));
    }

    void currentUserAndRoles()
    {
        const Run alice = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"user"_s}));
        QVERIFY2(alice.exitCode == 0, alice.err.constData());
        const QList<QByteArray> lines = alice.out.trimmed().split('\n');
        QVERIFY2(lines.value(0).startsWith("user=alice roles=access ") && lines.value(0).contains(" trait.db_users=alice,readonly"), alice.out.constData());
        QVERIFY2(lines.value(1) == "role=access logins={{internal.logins}} db_users={{internal.db_users}} db_labels=*=*", alice.out.constData());
    }

    void databaseCertificates()
    {
        // A certificate for a new key, routed to a database, for a database user.
        const QString key = m_dir.filePath(u"db.key"_s);
        const QString publicKey = m_dir.filePath(u"db.pub"_s);
        QCOMPARE(run(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s, key}).exitCode, 0);
        QCOMPARE(run(u"openssl"_s, {u"pkey"_s, u"-in"_s, key, u"-pubout"_s, u"-out"_s, publicKey}).exitCode, 0);
        const Run issued =
            run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"db-cert"_s, u"orders-mysql"_s, u"alice"_s, publicKey, u"600"_s}));
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const QString certificate = writeScratch(u"db.crt"_s, issued.out);
        const Run subject =
            run(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-subject"_s, u"-enddate"_s, u"-nameopt"_s, u"oid,sep_multiline"_s, u"-in"_s, certificate});
        QVERIFY2(subject.out.contains("1.3.9999.2.1=orders-mysql") && subject.out.contains("1.3.9999.2.2=mysql") && subject.out.contains("1.3.9999.2.3=alice")
                     && subject.out.contains("2.5.4.11=usage:db") && subject.out.contains("2.5.4.3=alice") && !subject.out.contains("1.3.9999.2.4"),
                 subject.out.constData());
        // Signed by the user CA; expires when asked (10 minutes), not later.
        QCOMPARE(run(u"openssl"_s, {u"verify"_s, u"-CAfile"_s, dataDir() + "/ca/user.crt"_L1, certificate}).exitCode, 0);
        const QByteArray end = subject.out.mid(subject.out.indexOf("notAfter=") + 9).trimmed();
        const QDateTime notAfter = QLocale::c().toDateTime(QString::fromLatin1(end).simplified().remove(" GMT"_L1), u"MMM d HH:mm:ss yyyy"_s);
        QVERIFY2(notAfter.isValid() && qAbs(QDateTime::currentDateTimeUtc().secsTo(QDateTime(notAfter.date(), notAfter.time(), Qt::UTC)) - 600) < 120,
                 end.constData());

        // A database that does not exist, or one the role does not allow, is not found.
        const Run unknown = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"db-cert"_s, u"nope"_s, u"alice"_s, publicKey}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("database \"nope\" not found"), unknown.err.constData());
        const Run forbidden =
            run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"db-cert"_s, u"orders-mysql"_s, u"bob"_s, publicKey}, *m_bob));
        QCOMPARE(forbidden.exitCode, 1);
        QVERIFY2(forbidden.err.contains("not found"), forbidden.err.constData());
        // Garbage for a key.
        const QString garbage = writeScratch(u"garbage.pub"_s, "not a key");
        const Run bad = run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"db-cert"_s, u"orders-mysql"_s, u"alice"_s, garbage}));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("no public key"), bad.err.constData());
    }

    // A local database proxy through the route (the test client's db-listen) with a database
    // certificate for `databaseUser`, and psql through it; returns psql's run.
    Run psqlThroughTheRoute(const QString &alpn, const Session &as, const QString &databaseUser, const QString &sql)
    {
        const QString key = m_dir.filePath(u"route-%1.key"_s.arg(++m_keys));
        const QString publicKey = key + ".pub"_L1;
        run(u"openssl"_s, {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s, key});
        run(u"openssl"_s, {u"pkey"_s, u"-in"_s, key, u"-pubout"_s, u"-out"_s, publicKey});
        const Run issued =
            run(program(u"teleterm-test-client"_s), clientArguments(u"sandbox"_s, {u"db-cert"_s, u"demo-postgres"_s, databaseUser, publicKey}, as));
        if (issued.exitCode != 0) {
            return issued;
        }
        const QString certificate = writeScratch(QFileInfo(key).fileName() + ".crt"_L1, issued.out);
        QProcess listener;
        listener.start(program(u"teleterm-test-client"_s), {proxy(), webCa(), certificate, key, u"sandbox"_s, u"db-listen"_s, alpn});
        if (!listener.waitForReadyRead(10000)) {
            return {-1, {}, "the local proxy did not start: " + listener.readAllStandardError()};
        }
        const QByteArray port = listener.readLine().trimmed().mid(5);
        QProcess psql;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
        psql.setProcessEnvironment(environment);
        psql.start(u"psql"_s,
                   {u"host=127.0.0.1 port=%1 user=%2 dbname=demo sslmode=disable"_s.arg(QString::fromLatin1(port), databaseUser),
                    u"-XAtq"_s,
                    u"-v"_s,
                    u"ON_ERROR_STOP=1"_s,
                    u"-c"_s,
                    sql});
        psql.waitForFinished(30000);
        listener.kill();
        listener.waitForFinished();
        return {psql.exitStatus() == QProcess::NormalExit ? psql.exitCode() : -1, psql.readAllStandardOutput(), psql.readAllStandardError()};
    }

    void databaseRouteReachesPostgres_data()
    {
        QTest::addColumn<QString>("alpn");
        QTest::newRow("teleport-postgres") << u"teleport-postgres"_s;
        QTest::newRow("teleport-postgres-ping") << u"teleport-postgres-ping"_s;
    }
    void databaseRouteReachesPostgres()
    {
        QFETCH(QString, alpn);
        const QJsonArray databases = m_ready.value(u"databases"_s).toArray();
        QVERIFY(std::any_of(databases.cbegin(), databases.cend(), [](const QJsonValue &database) {
            return database.toObject().value(u"name"_s).toString() == "demo-postgres"_L1 && database.toObject().value(u"connectable"_s).toBool();
        }));
        const Run planets =
            psqlThroughTheRoute(alpn, m_alice, u"alice"_s, u"select string_agg(name, ',' order by id) || ' as ' || current_user from planets"_s);
        QVERIFY2(planets.exitCode == 0, planets.err.constData());
        QCOMPARE(planets.out.trimmed(), QByteArray("Mercury,Venus,Earth,Mars as alice"));
        // Another database user the role allows alice: PostgreSQL sees that user.
        const Run readonly = psqlThroughTheRoute(alpn, m_alice, u"readonly"_s, u"select current_user"_s);
        QVERIFY2(readonly.exitCode == 0, readonly.err.constData());
        QCOMPARE(readonly.out.trimmed(), QByteArray("readonly"));
    }

    void databaseRouteRefusesWhatTheRolesForbid()
    {
        // A database user no role of alice's allows: the certificate is issued, the route says no.
        const Run other = psqlThroughTheRoute(u"teleport-postgres"_s, m_alice, u"bob"_s, u"select 1"_s);
        QVERIFY(other.exitCode != 0);
        QVERIFY2(other.err.contains("access to db denied"), other.err.constData());
        // bob (env=dev, as demo-postgres is) as himself: yes; as alice: no.
        QVERIFY(m_bob);
        const Run bob = psqlThroughTheRoute(u"teleport-postgres"_s, *m_bob, u"bob"_s, u"select current_user"_s);
        QVERIFY2(bob.exitCode == 0 && bob.out.trimmed() == "bob", bob.err.constData());
        const Run bobAsAlice = psqlThroughTheRoute(u"teleport-postgres"_s, *m_bob, u"alice"_s, u"select 1"_s);
        QVERIFY(bobAsAlice.exitCode != 0);
        QVERIFY2(bobAsAlice.err.contains("access to db denied"), bobAsAlice.err.constData());
        // The user's own certificate routes to no database.
        QProcess listener;
        listener.start(program(u"teleterm-test-client"_s),
                       {proxy(), webCa(), m_alice.tlsCert, m_alice.tlsKey, u"sandbox"_s, u"db-listen"_s, u"teleport-postgres"_s});
        QVERIFY(listener.waitForReadyRead(10000));
        const QByteArray port = listener.readLine().trimmed().mid(5);
        const Run unrouted =
            run(u"psql"_s, {u"host=127.0.0.1 port=%1 user=alice dbname=demo sslmode=disable"_s.arg(QString::fromLatin1(port)), u"-c"_s, u"select 1"_s});
        listener.kill();
        listener.waitForFinished();
        QVERIFY(unrouted.exitCode != 0);
        QVERIFY2(unrouted.err.contains("not routed to a database"), unrouted.err.constData());
    }

    void badConfigurationsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not JSON") << QByteArray("{nope") << QByteArray("is not a JSON object");
        QTest::newRow("unknown key") << QByteArray("{\"nodez\": 3}") << QByteArray("unknown key \"nodez\"");
        QTest::newRow("wrong type") << QByteArray("{\"nodes\": \"three\"}") << QByteArray("nodes: must be a whole number");
        QTest::newRow("unknown role") << QByteArray("{\"users\": [{\"name\": \"carol\", \"roles\": [\"nope\"]}]}") << QByteArray("no role is named \"nope\"");
        QTest::newRow("leaf named as the root") << QByteArray("{\"leaf_clusters\": [{\"name\": \"sandbox\"}]}") << QByteArray("a leaf needs a name of its own");
    }
    void badConfigurationsAreRefused()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, message);
        const QString path = writeScratch(u"bad-config.json"_s, config);
        const Run sandbox = run(program(u"teleterm-sandbox"_s), {u"--data-dir"_s, m_dir.filePath(u"never"_s), u"--config"_s, path});
        QCOMPARE(sandbox.exitCode, 2);
        QVERIFY2(sandbox.err.contains(message), sandbox.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(u"never/sandbox.json"_s)));
    }

    void grpcRoutesWantAUserCertificate()
    {
        // No client certificate: the mutual-TLS route answers with TLS 1.3's certificate_required alert.
        const Run anonymous =
            run(u"openssl"_s, {u"s_client"_s, u"-connect"_s, proxy(), u"-CAfile"_s, webCa(), u"-alpn"_s, u"teleport-proxy-ssh-grpc"_s, u"-ign_eof"_s}, "\n");
        QVERIFY2(anonymous.err.contains("alert certificate required"), anonymous.err.constData());
        // A certificate from a CA that is not the cluster's user CA is refused.
        const QString foreignKey = m_dir.filePath(u"foreign.key"_s);
        const QString foreignCert = m_dir.filePath(u"foreign.crt"_s);
        QVERIFY(makeSelfSignedCertificate(u"/CN=alice"_s, foreignKey, foreignCert));
        const Run foreign = run(program(u"teleterm-test-client"_s), {proxy(), webCa(), foreignCert, foreignKey, u"sandbox"_s, u"details"_s});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY(!foreign.out.contains("fips_enabled"));
    }

    void badLoginsAreRefusedAsTeleportRefusesThem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed JSON") << u"/webapi/ssh/certs"_s << QByteArray("{\"user\": ") << 400 << u"invalid JSON"_s;
        QTest::newRow("not an object") << u"/webapi/ssh/certs"_s << QByteArray("[1,2]") << 400 << u"invalid JSON"_s;
        QTest::newRow("no user") << u"/webapi/ssh/certs"_s << QByteArray("{\"password\":\"x\"}") << 400 << u"missing parameter user"_s;
        QTest::newRow("no key") << u"/webapi/ssh/certs"_s << QByteArray("{\"user\":\"alice\",\"password\":\"x\"}") << 400 << u"must be specified"_s;
        QTest::newRow("pub_key with split keys") << u"/webapi/ssh/certs"_s << QByteArray("{\"user\":\"alice\",\"pub_key\":\"eA==\",\"tls_pub_key\":\"eA==\"}")
                                                 << 400 << u"cannot be specified at the same time"_s;
        QTest::newRow("unknown user") << u"/webapi/ssh/certs"_s
                                      << QByteArray("{\"user\":\"mallory\",\"password\":\"x\",\"otp_token\":\"123456\",\"pub_key\":\""
                                                    + newSshKey(u"ecdsa"_s).toBase64() + "\"}")
                                      << 403 << u"invalid username, password or second factor"_s;
    }
    void badLoginsAreRefusedAsTeleportRefusesThem()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run curl = run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, webCa(), u"--data-binary"_s, u"@-"_s, u"-w"_s, u"\n%{http_code}"_s, url(path)}, body);
        const qsizetype split = curl.out.lastIndexOf('\n');
        QCOMPARE(curl.out.mid(split + 1).toInt(), status);
        const QString said = QJsonDocument::fromJson(curl.out.left(split)).object().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
    }

    void wrongCredentialsThenLockout()
    {
        const QString key = QString::fromLatin1(newSshKey(u"ecdsa"_s).toBase64());
        const auto attempt = [&](const QString &password, const QString &code) {
            int status = 0;
            const QJsonObject answer =
                post(u"/webapi/ssh/certs"_s, {{u"user"_s, u"alice"_s}, {u"password"_s, password}, {u"otp_token"_s, code}, {u"pub_key"_s, key}}, &status);
            return std::pair{status, answer.value(u"error"_s).toObject().value(u"message"_s).toString()};
        };
        const QString password = user().value(u"password"_s).toString();
        const QString invalid = u"invalid username, password or second factor"_s;
        QCOMPARE(attempt(password + u'x', otp()), std::pair(403, invalid)); // wrong password
        QCOMPARE(attempt(password, u"000000"_s == otp() ? u"111111"_s : u"000000"_s), std::pair(403, invalid)); // wrong code
        QCOMPARE(attempt(password, m_alice.spentCode), std::pair(403, invalid)); // a code already used
        QCOMPARE(attempt(u""_s, u""_s), std::pair(403, invalid));
        // The fifth failure locks the account; then even good credentials are refused.
        const QString locked = u"too many incorrect attempts, please try again later"_s;
        QCOMPARE(attempt(u"nope"_s, u"nope"_s), std::pair(403, locked));
        QCOMPARE(attempt(password, otp(1)), std::pair(403, locked));
    }

    void hostileClientsDoNotStopIt()
    {
        const quint16 port = proxy().section(u':', 1).toUShort();
        {
            // Half a ClientHello, then silence; then plain text where TLS belongs.
            QTcpSocket truncated;
            truncated.connectToHost(u"127.0.0.1"_s, port);
            QVERIFY(truncated.waitForConnected(5000));
            truncated.write(QByteArray::fromHex("160301020001"));
            truncated.flush();
            QTcpSocket plain;
            plain.connectToHost(u"127.0.0.1"_s, port);
            QVERIFY(plain.waitForConnected(5000));
            plain.write("GET /webapi/ping HTTP/1.1\r\nHost: x\r\n\r\n");
            plain.flush();
            plain.waitForDisconnected(5000);
        }
        // Garbage inside TLS gets 400 and the connection closes.
        const Run garbage = run(u"openssl"_s,
                                {u"s_client"_s, u"-connect"_s, proxy(), u"-CAfile"_s, webCa(), u"-quiet"_s, u"-alpn"_s, u"http/1.1"_s},
                                "NOT HTTP AT ALL\r\n\r\n");
        QVERIFY2(garbage.out.startsWith("HTTP/1.1 400"), garbage.out.constData());
        // And it still serves.
        int status = 0;
        QCOMPARE(getJson(u"/webapi/ping"_s, &status).value(u"cluster_name"_s).toString(), u"sandbox"_s);
        QCOMPARE(status, 200);
    }

    void restartKeepsTheAuthoritiesAndStopsCleanly()
    {
        QFile before(webCa());
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray caBefore = before.readAll();

        // A second sandbox on the same data directory is refused.
        const Run second = run(program(u"teleterm-sandbox"_s), {u"--data-dir"_s, dataDir()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("another sandbox"), second.err.constData());

        stopSandbox();
        QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sandbox.exitCode(), 0);
        QVERIFY(!QFile::exists(dataDir() + "/sandbox.json"_L1)); // not ready any more
        QVERIFY(QTcpSocket().state() == QAbstractSocket::UnconnectedState);

        QVERIFY(startSandbox());
        QFile after(webCa());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), caBefore);
        int status = 0;
        getJson(u"/webapi/ping"_s, &status);
        QCOMPARE(status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
