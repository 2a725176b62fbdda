#include "profilestore.h"

#include "atomicfile.h"

#include "scratchruntime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Teleterm::Test::modeOf;
using namespace Teleterm::Daemon;

namespace
{

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes a file the way tsh does (in place), creating its directory.
bool writeDirectly(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Another writer replacing a file atomically: a temporary file renamed over the target.
bool replaceExternally(const QString &path, const QByteArray &data)
{
    const QString temporary = QFileInfo(path).path() + "/.external.tmp"_L1;
    return writeDirectly(temporary, data) && std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

// The top-level keys of a block mapping, in the order the file has them.
QStringList topLevelKeys(const QByteArray &yaml)
{
    QStringList keys;
    static const QRegularExpression key(u"^([A-Za-z_]+):"_s);
    const QList<QByteArray> lines = yaml.split('\n');
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch match = key.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            keys << match.captured(1);
        }
    }
    return keys;
}

Profile sampleProfile(const QString &host = u"teleport.example.com"_s)
{
    Profile profile;
    profile.name = host;
    profile.webProxyAddress = host + ":443"_L1;
    profile.sshProxyAddress = host + ":3023"_L1;
    profile.user = u"alice"_s;
    profile.cluster = u"example"_s;
    profile.privateKeyPolicy = u"none"_s;
    return profile;
}

KeyRing sampleRing(bool v17, const QByteArray &salt = "1")
{
    KeyRing ring;
    ring.sshPrivateKey = "-----BEGIN PRIVATE KEY-----\nssh-" + salt + "\n-----END PRIVATE KEY-----\n";
    ring.sshPublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + salt + " alice\n";
    ring.sshCertificate = "ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29t" + salt + "\n";
    if (v17) {
        ring.tlsPrivateKey = "-----BEGIN PRIVATE KEY-----\ntls-" + salt + "\n-----END PRIVATE KEY-----\n";
    }
    ring.tlsCertificate = "-----BEGIN CERTIFICATE-----\nuser-" + salt + "\n-----END CERTIFICATE-----\n";
    ring.trustedCas.insert(u"example"_s, "-----BEGIN CERTIFICATE-----\nca-" + salt + "\n-----END CERTIFICATE-----\n");
    ring.trustedCas.insert(u"leaf"_s, "-----BEGIN CERTIFICATE-----\nleaf-" + salt + "\n-----END CERTIFICATE-----\n");
    return ring;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_dir; // the profile directory, not there until a store writes it

private Q_SLOTS:
    void init()
    {
        m_scratch = std::make_unique<QTemporaryDir>();
        QVERIFY(m_scratch->isValid());
        m_dir = m_scratch->path() + "/tsh"_L1;
    }

    void cleanup()
    {
        m_scratch.reset();
    }

    void profileRoundTripsWithOddValuesAndUnknownKeys()
    {
        ProfileStore store(m_dir);
        Profile profile = sampleProfile();
        profile.user = u"  alice: \"admin\" # not a comment \\ ünïcødé 🚀"_s;
        profile.cluster = u"true"_s; // a string that looks like a bool stays a string
        profile.tlsRoutingEnabled = true;
        profile.authConnector = u"null"_s;
        profile.loadAllCas = true;
        profile.mfaMode = u"- cross-platform: 'x'\tand a tab"_s;
        profile.privateKeyPolicy = QString();
        profile.otherKeys = {
            {u"zz_first_unknown"_s, u"{a: 1, b: [x, y]}"_s},
            {u"ssh_dial_timeout"_s, u"30s"_s},
            {u"kube_proxy_addr"_s, u"teleport.example.com:3026"_s},
            {u"tls_routing_conn_upgrade_required"_s, u"true"_s},
            {u"piv_slot"_s, u"\"\""_s},
            {u"dynamic_forward_ports"_s, u"[\"1080\", \"1081\"]"_s},
            {u"quoted"_s, u"'it''s: here'"_s},
            {u"empty"_s, QString()},
        };
        QString error;
        QVERIFY2(store.save(profile, &error), qPrintable(error));

        const std::optional<Profile> loaded = store.load(profile.name, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->user, profile.user);
        QCOMPARE(loaded->mfaMode, profile.mfaMode);
        QCOMPARE(loaded->otherKeys, profile.otherKeys);
        QCOMPARE(*loaded, profile);
        QCOMPARE(loaded->clusterName(), u"true"_s);

        // Strings are double-quoted, bools plain, unknown values as they were written.
        const QByteArray yaml = contentsOf(m_dir + "/teleport.example.com.yaml"_L1);
        QVERIFY2(yaml.contains("cluster: \"true\"\n"), yaml.constData());
        QVERIFY2(yaml.contains("tls_routing_enabled: true\n"), yaml.constData());
        QVERIFY2(yaml.contains("tls_routing_conn_upgrade_required: true\n"), yaml.constData());
        QVERIFY2(yaml.contains("ssh_dial_timeout: 30s\n"), yaml.constData());
        QVERIFY2(yaml.contains("private_key_policy: \"\"\n"), yaml.constData());
        QVERIFY2(yaml.contains("ünïcødé \\U0001F680\""), yaml.constData()); // UTF-8 as it is; libyaml escapes beyond the BMP
        // Unknown keys keep their order; Profile's fields stand where tsh writes them.
        QCOMPARE(topLevelKeys(yaml),
                 QStringList({u"zz_first_unknown"_s,
                              u"web_proxy_addr"_s,
                              u"ssh_proxy_addr"_s,
                              u"user"_s,
                              u"cluster"_s,
                              u"tls_routing_enabled"_s,
                              u"auth_connector"_s,
                              u"load_all_cas"_s,
                              u"mfa_mode"_s,
                              u"private_key_policy"_s,
                              u"ssh_dial_timeout"_s,
                              u"kube_proxy_addr"_s,
                              u"tls_routing_conn_upgrade_required"_s,
                              u"piv_slot"_s,
                              u"dynamic_forward_ports"_s,
                              u"quoted"_s,
                              u"empty"_s}));

        // Saving what was loaded changes nothing.
        QVERIFY2(store.save(*loaded, &error), qPrintable(error));
        QCOMPARE(contentsOf(m_dir + "/teleport.example.com.yaml"_L1), yaml);
    }

    void saveRefusesWhatTshCouldNotRead()
    {
        ProfileStore store(m_dir);
        QString error;
        Profile profile = sampleProfile();
        profile.webProxyAddress = u"other.example.com:443"_s;
        QVERIFY(!store.save(profile, &error));
        QVERIFY2(error.contains(u"other.example.com"_s), qPrintable(error));

        profile = sampleProfile();
        profile.otherKeys = {{u"user"_s, u"bob"_s}};
        QVERIFY(!store.save(profile, &error));
        QVERIFY2(error.contains(u"user"_s), qPrintable(error));

        profile.otherKeys = {{u"extra"_s, u"a: b\n---\nc: d"_s}};
        QVERIFY(!store.save(profile, &error));
        QVERIFY2(error.contains(u"extra"_s), qPrintable(error));

        profile.otherKeys = {{u"extra"_s, u"[unclosed"_s}};
        QVERIFY(!store.save(profile, &error));
        QVERIFY2(error.contains(u"extra"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir + "/teleport.example.com.yaml"_L1));
    }

    void readsProfilesAsTshWritesThem()
    {
        // gopkg.in/yaml.v2's output for tsh's Profile struct, and then yaml.v3's (indented lists).
        const QByteArray v2 =
            "web_proxy_addr: teleport.example.com:443\n"
            "ssh_proxy_addr: teleport.example.com:3023\n"
            "kube_proxy_addr: teleport.example.com:3026\n"
            "user: alice\n"
            "cluster: example\n"
            "dynamic_forward_ports:\n"
            "- \"1080\"\n"
            "- 127.0.0.1:1081\n"
            "tls_routing_enabled: true\n"
            "auth_connector: passwordless\n"
            "load_all_cas: true\n"
            "mfa_mode: auto\n"
            "private_key_policy: none\n"
            "piv_slot: \"\"\n"
            "ssh_dial_timeout: 30s\n";
        const QByteArray v3 =
            "web_proxy_addr: v3.example.com:443\n"
            "user: alice\n"
            "dynamic_forward_ports:\n"
            "    - \"1080\"\n"
            "    - \"1081\"\n"
            "tls_routing_enabled: yes\n"
            "private_key_policy: hardware_key_touch\n";
        QVERIFY(writeDirectly(m_dir + "/teleport.example.com.yaml"_L1, v2));
        QVERIFY(writeDirectly(m_dir + "/v3.example.com.yaml"_L1, v3));
        QVERIFY(writeDirectly(m_dir + "/notes.txt"_L1, "not a profile"));

        ProfileStore store(m_dir);
        QCOMPARE(store.profileNames(), QStringList({u"teleport.example.com"_s, u"v3.example.com"_s}));

        QString error;
        std::optional<Profile> profile = store.load(u"teleport.example.com"_s, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->name, u"teleport.example.com"_s);
        QCOMPARE(profile->webProxyAddress, u"teleport.example.com:443"_s);
        QCOMPARE(profile->sshProxyAddress, u"teleport.example.com:3023"_s);
        QCOMPARE(profile->user, u"alice"_s);
        QCOMPARE(profile->cluster, u"example"_s);
        QVERIFY(profile->tlsRoutingEnabled);
        QCOMPARE(profile->authConnector, u"passwordless"_s);
        QVERIFY(profile->loadAllCas);
        QCOMPARE(profile->mfaMode, u"auto"_s);
        QCOMPARE(profile->privateKeyPolicy, u"none"_s);
        const QList<std::pair<QString, QString>> others = {
            {u"kube_proxy_addr"_s, u"teleport.example.com:3026"_s},
            {u"dynamic_forward_ports"_s, u"- \"1080\"\n- 127.0.0.1:1081"_s},
            {u"piv_slot"_s, u"\"\""_s},
            {u"ssh_dial_timeout"_s, u"30s"_s},
        };
        QCOMPARE(profile->otherKeys, others);

        // Written back, it has tsh's keys in tsh's order and reads back the same.
        QVERIFY2(store.save(*profile, &error), qPrintable(error));
        const QByteArray saved = contentsOf(m_dir + "/teleport.example.com.yaml"_L1);
        QCOMPARE(topLevelKeys(saved), topLevelKeys(v2));
        QVERIFY2(saved.contains("dynamic_forward_ports:\n- \"1080\"\n- 127.0.0.1:1081\n"), saved.constData());
        std::optional<Profile> again = store.load(u"teleport.example.com"_s, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *profile);

        profile = store.load(u"v3.example.com"_s, &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(profile->tlsRoutingEnabled);
        QCOMPARE(profile->cluster, QString());
        QCOMPARE(profile->clusterName(), u"v3.example.com"_s); // a missing cluster means the profile name
        QCOMPARE(profile->privateKeyPolicy, u"hardware_key_touch"_s);
        QCOMPARE(profile->otherKeys.size(), 1);
        QCOMPARE(profile->otherKeys.at(0).second, u"    - \"1080\"\n    - \"1081\""_s);
        // An indented block list is kept with its indentation, so it is still one list.
        QVERIFY2(store.save(*profile, &error), qPrintable(error));
        again = store.load(u"v3.example.com"_s, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY2(contentsOf(m_dir + "/v3.example.com.yaml"_L1).contains("dynamic_forward_ports:\n- \"1080\"\n- \"1081\"\n"),
                 contentsOf(m_dir + "/v3.example.com.yaml"_L1).constData());
    }

    void garbledYamlIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected"); // in the error, after the file's path

        QTest::newRow("unclosed flow") << QByteArray("web_proxy_addr: a.example.com:443\nuser: [alice\ncluster: x\n") << u":3:8: did not find expected ','"_s;
        QTest::newRow("bad indentation") << QByteArray("web_proxy_addr: a.example.com:443\n  user: alice\n") << u":2:"_s;
        QTest::newRow("tab") << QByteArray("web_proxy_addr: a.example.com:443\nuser:\n\t- alice\n") << u":3:"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("web_proxy_addr: a.example.com:443\nuser: \xff\xfe\n") << u":2"_s;
        QTest::newRow("not a mapping") << QByteArray("- web_proxy_addr\n- user\n") << u":1:1: a profile is a mapping"_s;
        QTest::newRow("bool that is not") << QByteArray("web_proxy_addr: a.example.com:443\ntls_routing_enabled: maybe\n")
                                          << u":2:22: tls_routing_enabled must be true or false"_s;
        QTest::newRow("list for a string") << QByteArray("web_proxy_addr: a.example.com:443\nuser: [a, b]\n") << u":2:7: user must be a single value"_s;
        QTest::newRow("duplicate key") << QByteArray("web_proxy_addr: a.example.com:443\nuser: a\nuser: b\n") << u":3:1: the key \"user\" appears twice"_s;
        QTest::newRow("alias") << QByteArray("web_proxy_addr: &w a.example.com:443\nx: *w\n") << u":2:4: YAML aliases"_s;
        QTest::newRow("two documents") << QByteArray("web_proxy_addr: a.example.com:443\n---\nuser: b\n") << u":2:1: a profile is one YAML document"_s;
        QTest::newRow("empty") << QByteArray() << u" is empty"_s;
        QTest::newRow("no proxy") << QByteArray("user: alice\n") << u" has no web_proxy_addr"_s;
        QTest::newRow("binary") << QByteArray("web_proxy_addr: \x01\x02\x00\n", 20) << u":1:"_s;
    }

    void garbledYamlIsAClearError()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const QString path = m_dir + "/a.example.com.yaml"_L1;
        QVERIFY(writeDirectly(path, yaml));
        ProfileStore store(m_dir);
        QString error;
        QVERIFY(!store.load(u"a.example.com"_s, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(path + expected), qPrintable(error));
    }

    void filesArePrivate()
    {
        // A loose umask must not matter: files are created 0600, not chmod'ed there afterwards.
        const mode_t umaskBefore = ::umask(0);
        ProfileStore store(m_dir);
        const Profile profile = sampleProfile();
        QString error;
        const bool saved = store.save(profile, &error) && store.saveKeys(profile, sampleRing(true), &error) && store.setCurrentProfile(profile.name, &error)
            && store.trustHostCa(u"teleport.example.com"_s, u"example"_s, {"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA=="}, &error)
            && store.saveDatabaseCertificate(profile, u"example"_s, u"postgres"_s, "CERT", "KEY", &error);
        ::umask(umaskBefore);
        QVERIFY2(saved, qPrintable(error));

        const QString keys = m_dir + "/keys/teleport.example.com"_L1;
        for (const QString &directory : QStringList{m_dir, m_dir + "/keys"_L1, keys, keys + "/alice-ssh"_L1, keys + "/cas"_L1, keys + "/alice-db/example"_L1}) {
            QVERIFY2(modeOf(directory) == 0700, qPrintable(directory + u" has mode %1"_s.arg(modeOf(directory), 0, 8)));
        }
        const QStringList files = {
            m_dir + "/teleport.example.com.yaml"_L1,
            m_dir + "/current-profile"_L1,
            m_dir + "/known_hosts"_L1,
            keys + "/alice"_L1,
            keys + "/alice.pub"_L1,
            keys + "/alice.key"_L1,
            keys + "/alice.crt"_L1,
            keys + "/alice-ssh/example-cert.pub"_L1,
            keys + "/cas/example.pem"_L1,
            keys + "/cas/leaf.pem"_L1,
            keys + "/alice-db/example/postgres.crt"_L1,
            keys + "/alice-db/example/postgres.key"_L1,
        };
        for (const QString &file : files) {
            QVERIFY2(modeOf(file) == 0600, qPrintable(file + u" has mode %1"_s.arg(modeOf(file), 0, 8)));
        }
        QCOMPARE(contentsOf(keys + "/alice-db/example/postgres.key"_L1), QByteArray("KEY"));
        // No temporary file is left behind.
        QCOMPARE(QDir(keys).entryList(QDir::Hidden | QDir::Files), QStringList({u"alice"_s, u"alice.crt"_s, u"alice.key"_s, u"alice.pub"_s}));

        // A directory of ours that others may enter is tightened.
        QCOMPARE(::chmod(QFile::encodeName(keys).constData(), 0755), 0);
        QVERIFY2(store.saveKeys(profile, sampleRing(true, "2"), &error), qPrintable(error));
        QCOMPARE(modeOf(keys), 0700);
    }

    // A set whose renaming fails part-way (here the second file's name is a directory) leaves no
    // temporary behind: neither the one that could not be renamed nor those after it.
    void aSetThatCannotBePutInPlaceLeavesNoTemporary()
    {
        QVERIFY(QDir(m_dir).mkpath(u"second"_s));
        QString error;
        QVERIFY(!Teleterm::writeAllAtomically({{m_dir + "/first"_L1, "1"}, {m_dir + "/second"_L1, "2"}, {m_dir + "/third"_L1, "3"}}, &error));
        QVERIFY2(error.contains(u"second"_s), qPrintable(error));
        QCOMPARE(QDir(m_dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"first"_s});
    }

    void keyLayoutsOfV16AndV17()
    {
        ProfileStore store(m_dir);
        const Profile profile = sampleProfile();
        const QString keys = m_dir + "/keys/teleport.example.com/"_L1;
        QString error;

        const KeyRing v17 = sampleRing(true);
        QVERIFY2(store.saveKeys(profile, v17, &error), qPrintable(error));
        QCOMPARE(contentsOf(keys + "alice.key"_L1), v17.tlsPrivateKey);
        QCOMPARE(contentsOf(keys + "alice.crt"_L1), v17.tlsCertificate);
        QCOMPARE(contentsOf(keys + "alice"_L1), v17.sshPrivateKey);
        QCOMPARE(contentsOf(keys + "alice.pub"_L1), v17.sshPublicKey);
        QCOMPARE(contentsOf(keys + "alice-ssh/example-cert.pub"_L1), v17.sshCertificate);
        QCOMPARE(contentsOf(keys + "cas/leaf.pem"_L1), v17.trustedCas.value(u"leaf"_s));
        QVERIFY(!QFileInfo::exists(keys + "alice-x509.pem"_L1));
        std::optional<KeyRing> loaded = store.loadKeys(profile, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, v17);
        QCOMPARE(store.tlsCertificatePath(profile), keys + "alice.crt"_L1);
        QCOMPARE(store.tlsKeyPath(profile), keys + "alice.key"_L1);

        // v16: the SSH key doubles as the TLS key; v17's TLS files go, so none is paired with the wrong key.
        const KeyRing v16 = sampleRing(false, "2");
        QVERIFY2(store.saveKeys(profile, v16, &error), qPrintable(error));
        QCOMPARE(contentsOf(keys + "alice-x509.pem"_L1), v16.tlsCertificate);
        QVERIFY(!QFileInfo::exists(keys + "alice.crt"_L1));
        QVERIFY(!QFileInfo::exists(keys + "alice.key"_L1));
        loaded = store.loadKeys(profile, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, v16);
        QCOMPARE(store.tlsCertificatePath(profile), keys + "alice-x509.pem"_L1);
        QCOMPARE(store.tlsKeyPath(profile), store.sshKeyPath(profile));

        // And back to v17.
        QVERIFY2(store.saveKeys(profile, v17, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(keys + "alice-x509.pem"_L1));
        loaded = store.loadKeys(profile, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, v17);

        QCOMPARE(store.sshKeyPath(profile), keys + "alice"_L1);
        QCOMPARE(store.sshCertificatePath(profile), keys + "alice-ssh/example-cert.pub"_L1);
        QCOMPARE(store.caPath(profile, u"leaf"_s), keys + "cas/leaf.pem"_L1);
        QCOMPARE(store.knownHostsPath(), m_dir + "/known_hosts"_L1);

        KeyRing incomplete = v17;
        incomplete.sshCertificate.clear();
        QVERIFY(!store.saveKeys(profile, incomplete, &error));
        QVERIFY2(error.contains(u"SSH certificate"_s), qPrintable(error));
    }

    // A set of keys fails whole: when one file cannot be written, none of the others replaces
    // its old one, so a new private key never sits beside the old certificates.
    void keysAreSavedAsOneSet()
    {
        ProfileStore store(m_dir);
        const Profile profile = sampleProfile();
        const QString keys = m_dir + "/keys/teleport.example.com/"_L1;
        QString error;
        const KeyRing old = sampleRing(true);
        QVERIFY2(store.saveKeys(profile, old, &error), qPrintable(error));

        // The new SSH certificate, written after the keys, is too big for the process's file
        // size limit: its write fails with EFBIG, as a full disk would fail it.
        KeyRing renewed = sampleRing(true, "2");
        renewed.sshCertificate += QByteArray(8192, 'A');
        struct rlimit before {
        };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
        // Restored at the end: what follows only reads.
        const auto restore = qScopeGuard([&] {
            ::setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, SIG_DFL);
        });
        std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit small = {4096, before.rlim_max};
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        QVERIFY(!store.saveKeys(profile, renewed, &error));
        QVERIFY2(error.contains(u"alice-ssh/example-cert.pub"_s), qPrintable(error));

        const std::optional<KeyRing> loaded = store.loadKeys(profile, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, old);
        QCOMPARE(QDir(keys).entryList(QDir::Hidden | QDir::Files), QStringList({u"alice"_s, u"alice.crt"_s, u"alice.key"_s, u"alice.pub"_s}));
        QCOMPARE(QDir(keys + "alice-ssh"_L1).entryList(QDir::Hidden | QDir::Files), QStringList({u"example-cert.pub"_s}));
    }

    void loadsKeysTshV16Wrote()
    {
        Profile profile = sampleProfile();
        profile.cluster.clear(); // the SSH certificate is then named after the profile
        const QString keys = m_dir + "/keys/teleport.example.com/"_L1;
        QVERIFY(writeDirectly(keys + "alice"_L1, "-----BEGIN RSA PRIVATE KEY-----\nrsa\n-----END RSA PRIVATE KEY-----\n"));
        QVERIFY(writeDirectly(keys + "alice.pub"_L1, "ssh-rsa AAAAB3NzaC1yc2E=\n"));
        QVERIFY(writeDirectly(keys + "alice-x509.pem"_L1, "-----BEGIN CERTIFICATE-----\nuser\n-----END CERTIFICATE-----\n"));
        QVERIFY(writeDirectly(keys + "alice-ssh/teleport.example.com-cert.pub"_L1, "ssh-rsa-cert-v01@openssh.com AAAA\n"));
        QVERIFY(writeDirectly(keys + "cas/teleport.example.com.pem"_L1, "-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n"));
        QVERIFY(writeDirectly(keys + "certs.pem"_L1, "-----BEGIN CERTIFICATE-----\nlegacy\n-----END CERTIFICATE-----\n"));

        ProfileStore store(m_dir);
        QString error;
        std::optional<KeyRing> ring = store.loadKeys(profile, &error);
        QVERIFY2(ring, qPrintable(error));
        QVERIFY(ring->sshPrivateKey.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        QCOMPARE(ring->sshPublicKey, QByteArray("ssh-rsa AAAAB3NzaC1yc2E=\n"));
        QCOMPARE(ring->sshCertificate, QByteArray("ssh-rsa-cert-v01@openssh.com AAAA\n"));
        QVERIFY(ring->tlsPrivateKey.isEmpty());
        QVERIFY(ring->tlsCertificate.contains("user"));
        QCOMPARE(ring->trustedCas.keys(), QStringList({u"teleport.example.com"_s}));

        // What is missing is named.
        QVERIFY(QFile::remove(keys + "alice-ssh/teleport.example.com-cert.pub"_L1));
        QVERIFY(QFile::remove(keys + "alice-x509.pem"_L1));
        QVERIFY(!store.loadKeys(profile, &error));
        QVERIFY2(error.contains(keys + "alice-ssh/teleport.example.com-cert.pub"_L1), qPrintable(error));
        QVERIFY2(error.contains(keys + "alice.crt"_L1) && error.contains(u"alice-x509.pem"_s), qPrintable(error));
        QVERIFY2(!error.contains(keys + "alice.pub"_L1), qPrintable(error));

        // A v17 certificate without its key is incomplete too.
        QVERIFY(writeDirectly(keys + "alice.crt"_L1, "CERT"));
        QVERIFY(writeDirectly(keys + "alice-ssh/teleport.example.com-cert.pub"_L1, "CERT"));
        QVERIFY(!store.loadKeys(profile, &error));
        QVERIFY2(error.contains(keys + "alice.key"_L1), qPrintable(error));

        QVERIFY(QDir(keys).removeRecursively());
        QVERIFY(!store.loadKeys(profile, &error));
        QVERIFY2(error.contains(u"no keys"_s), qPrintable(error));
    }

    void removeWithAndWithoutKeys()
    {
        ProfileStore store(m_dir);
        const Profile one = sampleProfile(u"one.example.com"_s);
        const Profile two = sampleProfile(u"two.example.com"_s);
        QString error;
        for (const Profile &profile : {one, two}) {
            QVERIFY2(store.save(profile, &error), qPrintable(error));
            QVERIFY2(store.saveKeys(profile, sampleRing(true), &error), qPrintable(error));
        }
        QVERIFY2(store.setCurrentProfile(one.name, &error), qPrintable(error));

        QVERIFY2(store.remove(one.name, true, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir + "/one.example.com.yaml"_L1));
        QVERIFY(QFileInfo::exists(m_dir + "/keys/one.example.com/alice.crt"_L1));
        QCOMPARE(store.currentProfile(), QString()); // it named the profile that went
        QCOMPARE(store.profileNames(), QStringList({two.name}));

        QVERIFY2(store.setCurrentProfile(two.name, &error), qPrintable(error));
        QVERIFY2(store.remove(one.name, false, &error), qPrintable(error)); // what keepKeys left
        QVERIFY(!QFileInfo::exists(m_dir + "/keys/one.example.com"_L1));
        QCOMPARE(store.currentProfile(), two.name); // another profile's stays

        QVERIFY2(store.remove(two.name, false, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir + "/two.example.com.yaml"_L1));
        QVERIFY(!QFileInfo::exists(m_dir + "/keys/two.example.com"_L1));
        QCOMPARE(store.currentProfile(), QString());
        QVERIFY(store.profileNames().isEmpty());

        QVERIFY(!store.remove(two.name, false, &error));
        QVERIFY2(error.contains(u"two.example.com"_s), qPrintable(error));

        // Logout: the keys go, the profile stays.
        QVERIFY2(store.save(one, &error) && store.saveKeys(one, sampleRing(false), &error), qPrintable(error));
        QVERIFY2(store.removeKeys(one, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir + "/keys/one.example.com"_L1));
        QVERIFY(store.load(one.name, &error));
    }

    void currentProfile()
    {
        ProfileStore store(m_dir);
        QCOMPARE(store.currentProfile(), QString());
        QString error;
        QVERIFY2(store.setCurrentProfile(u"teleport.example.com"_s, &error), qPrintable(error));
        QCOMPARE(contentsOf(m_dir + "/current-profile"_L1), QByteArray("teleport.example.com\n"));
        QCOMPARE(store.currentProfile(), u"teleport.example.com"_s);
        QVERIFY(writeDirectly(m_dir + "/current-profile"_L1, "  other.example.com \n\n"));
        QCOMPARE(store.currentProfile(), u"other.example.com"_s);
    }

    void knownHostsLinesAddedAndReplaced()
    {
        const QByteArray others =
            "# kept\n"
            "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"
            "@cert-authority teleport.example.com,leaf,*.leaf ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA== type=host\n";
        QVERIFY(writeDirectly(m_dir + "/known_hosts"_L1, others));
        ProfileStore store(m_dir);
        QString error;
        const QByteArray first = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAE=";
        QVERIFY2(store.trustHostCa(u"teleport.example.com"_s, u"example"_s, {first + " comment\n"}, &error), qPrintable(error));
        QCOMPARE(contentsOf(store.knownHostsPath()), others + "@cert-authority teleport.example.com,example,*.example " + first + " type=host\n");

        // A new CA (rotation) replaces the cluster's lines; other lines are kept in their order.
        const QByteArray second = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB";
        const QByteArray third = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY=";
        QVERIFY2(store.trustHostCa(u"teleport.example.com"_s, u"example"_s, {second, third}, &error), qPrintable(error));
        QCOMPARE(contentsOf(store.knownHostsPath()),
                 others + "@cert-authority teleport.example.com,example,*.example " + second + " type=host\n"
                     + "@cert-authority teleport.example.com,example,*.example " + third + " type=host\n");
        QCOMPARE(modeOf(store.knownHostsPath()), 0600);

        QVERIFY(!store.trustHostCa(u"teleport.example.com"_s, u"example"_s, {"not a key\nsecond line"}, &error));
        QVERIFY(!store.trustHostCa(u"teleport.example.com"_s, u"example"_s, {"ssh-ed25519 !!notbase64!!"}, &error));
        QVERIFY(!store.trustHostCa(u"teleport.example.com,evil"_s, u"example"_s, {second}, &error));
        QVERIFY2(error.contains(u"pattern"_s), qPrintable(error));
        QVERIFY(!store.trustHostCa(u"teleport.example.com"_s, u"*"_s, {second}, &error));
        QVERIFY(contentsOf(store.knownHostsPath()).endsWith(QByteArray(third + " type=host\n")));
    }

    void hostileNamesAreRefused()
    {
        ProfileStore store(m_dir);
        QString error;
        QVERIFY2(store.save(sampleProfile(), &error), qPrintable(error));
        const QStringList hostile = {
            u"../escape"_s,
            u".."_s,
            u"a/b"_s,
            u"/etc/passwd"_s,
            u"a"_s + QChar(0) + u"b"_s,
            u"a\nb"_s,
            QString(),
        };
        for (const QString &name : hostile) {
            QVERIFY(!store.load(name, &error));
            QVERIFY2(error.startsWith(u"refusing the profile name"_s), qPrintable(error));
            QVERIFY(!store.remove(name, false, &error));
            QVERIFY(!store.setCurrentProfile(name, &error));

            Profile profile = sampleProfile();
            profile.name = name;
            profile.webProxyAddress = name + ":443"_L1;
            QVERIFY(!store.save(profile, &error));

            profile = sampleProfile();
            profile.user = name;
            QVERIFY(!store.saveKeys(profile, sampleRing(true), &error));
            QVERIFY2(error.contains(u"user name"_s), qPrintable(error));
            QCOMPARE(store.sshKeyPath(profile), QString());

            profile = sampleProfile();
            profile.cluster = name.isEmpty() ? u"x/y"_s : name;
            QVERIFY(!store.saveKeys(profile, sampleRing(true), &error));
            QVERIFY(!store.saveDatabaseCertificate(sampleProfile(), u"example"_s, name, "CERT", "KEY", &error));
            QVERIFY(!store.saveDatabaseCertificate(sampleProfile(), name, u"db"_s, "CERT", "KEY", &error));
            QCOMPARE(store.caPath(sampleProfile(), name), QString());
            QVERIFY(!store.trustHostCa(u"teleport.example.com"_s, name, {"ssh-ed25519 AAAA"}, &error));
            KeyRing ring = sampleRing(true);
            ring.trustedCas.insert(name, "CA");
            QVERIFY(!store.saveKeys(sampleProfile(), ring, &error));
        }
        // Nothing was written outside the directory, nor under a strange name inside it.
        QCOMPARE(QDir(m_scratch->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList({u"tsh"_s}));
        QCOMPARE(QDir(m_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList({u"teleport.example.com.yaml"_s}));
    }

    void symlinkedDirectory()
    {
        // A symlink to a directory of ours is fine (a ~/.tsh kept elsewhere).
        const QString real = m_scratch->path() + "/real"_L1;
        QVERIFY(QDir().mkdir(real));
        QVERIFY(QFile::link(real, m_dir));
        ProfileStore store(m_dir);
        QString error;
        QVERIFY2(store.save(sampleProfile(), &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(real + "/teleport.example.com.yaml"_L1));

        if (::getuid() != 0) {
            QSKIP("only root can give a directory to another user to test the refusal");
        }
        QCOMPARE(::chown(QFile::encodeName(real).constData(), 65534, 65534), 0);
        QVERIFY(!store.save(sampleProfile(), &error));
        QVERIFY2(error.contains(u"another user"_s), qPrintable(error));
        QVERIFY(!store.load(u"teleport.example.com"_s, &error));
        QVERIFY2(error.contains(u"another user"_s), qPrintable(error));
        QVERIFY(store.profileNames().isEmpty());
        QVERIFY(!store.saveKeys(sampleProfile(), sampleRing(true), &error));
        QVERIFY(!QFileInfo::exists(real + "/keys"_L1));
    }

    void signalsChangesByOthersOnly()
    {
        ProfileStore store(m_dir);
        const Profile one = sampleProfile(u"one.example.com"_s);
        const Profile two = sampleProfile(u"two.example.com"_s);
        QString error;
        for (const Profile &profile : {one, two}) {
            QVERIFY2(store.save(profile, &error), qPrintable(error));
            QVERIFY2(store.saveKeys(profile, sampleRing(true), &error), qPrintable(error));
        }
        QSignalSpy changed(&store, &ProfileStore::profileChanged);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        const auto changedNames = [&] {
            QStringList names;
            for (const QList<QVariant> &arguments : std::as_const(changed)) {
                names << arguments.at(0).toString();
            }
            return names;
        };
        QByteArray yaml = contentsOf(m_dir + "/one.example.com.yaml"_L1);
        yaml.replace("alice", "bob");

        // Another writer replaces one's profile: one signal. The write to two that follows is
        // the bound: any second signal for one would have come before two's.
        QVERIFY(replaceExternally(m_dir + "/one.example.com.yaml"_L1, yaml));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(changed.at(0).at(0).toString(), one.name);
        QVERIFY(writeDirectly(m_dir + "/two.example.com.yaml"_L1, contentsOf(m_dir + "/two.example.com.yaml"_L1) + "extra: 1\n")); // in place, as tsh writes
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QCOMPARE(changedNames(), QStringList({one.name, two.name}));
        std::optional<Profile> reloaded = store.load(one.name, &error);
        QVERIFY2(reloaded, qPrintable(error));
        QCOMPARE(reloaded->user, u"bob"_s);

        // The store's own writes do not signal; the outside write after them does.
        QVERIFY2(store.save(*reloaded, &error), qPrintable(error));
        QVERIFY2(store.saveKeys(*reloaded, sampleRing(false, "2"), &error), qPrintable(error));
        QVERIFY2(store.saveDatabaseCertificate(*reloaded, u"example"_s, u"pg"_s, "CERT", "KEY", &error), qPrintable(error));
        QVERIFY(replaceExternally(m_dir + "/keys/two.example.com/alice.crt"_L1, "RENEWED"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 10000);
        QCOMPARE(changedNames(), QStringList({one.name, two.name, two.name}));

        // A profile that goes is removed, once; one the store removes is not signalled.
        QVERIFY(QFile::remove(m_dir + "/two.example.com.yaml"_L1));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QCOMPARE(removed.at(0).at(0).toString(), two.name);
        QVERIFY2(store.remove(one.name, false, &error), qPrintable(error));
        // A new profile written by tsh is a change, and it is the last signal of all.
        QVERIFY(writeDirectly(m_dir + "/three.example.com.yaml"_L1, "web_proxy_addr: three.example.com:443\n"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 4, 10000);
        QCOMPARE(changedNames().last(), u"three.example.com"_s);
        QCOMPARE(removed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
