#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <utility>

class QFileSystemWatcher;

namespace Teleterm::Daemon
{

// PROXYHOST.yaml: tsh's profile. Unknown keys are kept and written back unchanged.
struct Profile {
    QString name; // profile name: the web proxy's host, no port (the file's base name)
    QString webProxyAddress; // web_proxy_addr, host:port
    QString sshProxyAddress; // ssh_proxy_addr
    QString user; // user
    QString cluster; // cluster; empty means `name`
    bool tlsRoutingEnabled = false; // tls_routing_enabled
    QString authConnector; // auth_connector
    bool loadAllCas = false; // load_all_cas
    QString mfaMode; // mfa_mode
    QString privateKeyPolicy; // private_key_policy
    // Everything else, kept in order. Each value is the YAML source of the value as the file wrote
    // it: `30s`, `true`, `"quoted"`, `[a, b]` or an indented block. Scalars on one line are exactly
    // the file's text, so a plain value reads as itself; a value set here must be valid YAML (quote a
    // string that YAML would read otherwise). Writing keeps each value's type and quoting, so tsh
    // decodes a bool as a bool and a list as a list.
    QList<std::pair<QString, QString>> otherKeys;

    [[nodiscard]] QString clusterName() const
    {
        return cluster.isEmpty() ? name : cluster;
    }
    friend bool operator==(const Profile &, const Profile &) = default;
};

// The user's keys and certificates for one profile (keys/PROXYHOST/...).
struct KeyRing {
    QByteArray sshPrivateKey; // PEM (PKCS#8 for ECDSA/Ed25519, PKCS#1 for RSA) — keys/PROXYHOST/USER
    QByteArray sshPublicKey; // authorized_keys line — USER.pub
    QByteArray sshCertificate; // OpenSSH cert line — USER-ssh/CLUSTER-cert.pub
    QByteArray tlsPrivateKey; // PEM; v17 layout: USER.key; v16 layout: none (the SSH key is the TLS key)
    QByteArray tlsCertificate; // PEM; v17: USER.crt; v16: USER-x509.pem
    QHash<QString, QByteArray> trustedCas; // cluster name -> PEM (cas/CLUSTER.pem), the host CA that signs the proxy

    friend bool operator==(const KeyRing &, const KeyRing &) = default;
};

// PROXYHOST.yaml's text read into `profile` and written back, apart from the files (for the
// fuzzers); `file` names the text in errors.
[[nodiscard]] bool parseProfile(QByteArray data, const QString &file, Profile &profile, QString *error);
[[nodiscard]] bool emitProfile(const Profile &profile, QByteArray *out, QString *error);
// known_hosts' text `existing` with the host CA lines of `proxyHost` and `cluster` replaced by
// one "@cert-authority PROXYHOST,CLUSTER,*.CLUSTER <key> type=host" line for each authorized_keys
// line given, every other line kept; nothing when a name or a key cannot go into the file.
[[nodiscard]] std::optional<QByteArray>
knownHostsTrusting(const QByteArray &existing, const QString &proxyHost, const QString &cluster, const QList<QByteArray> &authorizedKeys, QString *error);

// tsh's profile directory (~/.tsh) or one laid out the same way: profiles, keys, known_hosts.
//
// Every write is atomic (a private temporary file renamed over the target), every file it writes
// is 0600 from its creation and every directory 0700. Names that become path components (profile,
// user, cluster, database) are refused when they hold '/', "..", NUL, whitespace or a control
// character. The directory may be a symlink to one this user owns; one another user owns is refused.
//
// Not thread-safe: use it from the thread it lives in (its file watcher delivers there).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QString directory, QObject *parent = nullptr); // e.g. ~/.tsh or Teleterm's own dir
    ~ProfileStore() override;

    [[nodiscard]] QString directory() const;
    [[nodiscard]] QStringList profileNames() const; // every *.yaml, sorted
    [[nodiscard]] std::optional<Profile> load(const QString &name, QString *error) const; // error names the file and the problem
    [[nodiscard]] bool save(const Profile &profile, QString *error); // atomic, 0600, directory 0700
    // The profile's yaml, and keys/NAME/ unless keepKeys; clears current-profile if it named it.
    [[nodiscard]] bool remove(const QString &name, bool keepKeys, QString *error);
    [[nodiscard]] QString currentProfile() const; // current-profile file, trimmed
    [[nodiscard]] bool setCurrentProfile(const QString &name, QString *error);

    // Keys. The layout is v17's when ring.tlsPrivateKey is set, v16's otherwise; reading accepts both
    // (v17 files first, then v16's USER-x509.pem with the SSH key as TLS key). Saving one layout
    // removes the other's TLS files, so no reader pairs a new key with a stale certificate.
    [[nodiscard]] bool saveKeys(const Profile &profile, const KeyRing &ring, QString *error); // every private file 0600, written atomically
    [[nodiscard]] std::optional<KeyRing> loadKeys(const Profile &profile, QString *error) const;
    [[nodiscard]] bool removeKeys(const Profile &profile, QString *error); // logout: keys/NAME/ gone

    // Paths, for OpenSSH and other clients that read the files themselves. Empty for a refused name.
    [[nodiscard]] QString sshKeyPath(const Profile &profile) const;
    [[nodiscard]] QString sshCertificatePath(const Profile &profile) const; // USER-ssh/CLUSTER-cert.pub
    [[nodiscard]] QString tlsCertificatePath(const Profile &profile) const; // the one that exists (v17 first)
    [[nodiscard]] QString tlsKeyPath(const Profile &profile) const; // USER.key, or the SSH key in v16's layout
    [[nodiscard]] QString caPath(const Profile &profile, const QString &cluster) const;
    [[nodiscard]] QString knownHostsPath() const; // DIR/known_hosts
    // Adds (or replaces, for the same proxy host and cluster) the line
    // "@cert-authority PROXYHOST,CLUSTER,*.CLUSTER <key> type=host" for each authorized_keys line given.
    // Holds tsh's lock on the file (flock) while it rewrites it.
    [[nodiscard]] bool trustHostCa(const QString &proxyHost, const QString &cluster, const QList<QByteArray> &authorizedKeys, QString *error);

    // Database certificates: keys/NAME/USER-db/CLUSTER/DB.crt (+ DB.key), 0600.
    [[nodiscard]] bool saveDatabaseCertificate(const Profile &profile,
                                               const QString &cluster,
                                               const QString &database,
                                               const QByteArray &certificatePem,
                                               const QByteArray &keyPem,
                                               QString *error);

Q_SIGNALS:
    // A profile or its keys changed on disk by someone else (tsh, another Teleterm): watched with
    // QFileSystemWatcher on the directory, keys/ and keys/NAME/ (re-armed as files are replaced
    // atomically), debounced (about 200 ms) so one write is one signal per profile. Writes made
    // through this store do not signal.
    void profileChanged(const QString &name);
    void profileRemoved(const QString &name);

private:
    [[nodiscard]] QString profilePath(const QString &name) const;
    [[nodiscard]] QString keyDirectory(const QString &name) const;
    [[nodiscard]] QByteArray fingerprint(const QString &name) const;
    // After a write of our own: the profile's state becomes the one the watcher compares against.
    void noteOwnWrite(const QString &name);
    void rearmWatcher();
    void compareWithDisk();

    const QString m_directory;
    QFileSystemWatcher *m_watcher;
    QTimer m_debounce;
    QHash<QString, QByteArray> m_fingerprints; // profile name -> what its files looked like last
};

} // namespace Teleterm::Daemon
