#include "sshauthority.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

// Runs ssh-keygen; its stderr on failure.
bool sshKeygen(const QStringList &arguments, QString *error, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(u"ssh-keygen"_s, arguments);
    if (!process.waitForStarted(10000)) {
        *error = u"cannot run ssh-keygen (is OpenSSH installed?): %1"_s.arg(process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"ssh-keygen failed: %1"_s.arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    if (output) {
        *output = process.readAllStandardOutput();
    }
    return true;
}

} // namespace

bool isPublicKeyLine(const QByteArray &untrimmed)
{
    const QByteArray line = untrimmed.trimmed();
    const QList<QByteArray> parts = line.split(' ');
    return !line.contains('\n') && parts.size() >= 2 && (parts[0].startsWith("ssh-") || parts[0].startsWith("ecdsa-")) && !parts[1].isEmpty()
        && !QByteArray::fromBase64(parts[1], QByteArray::AbortOnBase64DecodingErrors).isEmpty();
}

SshAuthority SshAuthority::loadOrCreate(const QString &directory, const QString &name, QString *error)
{
    SshAuthority authority;
    authority.m_keyPath = directory + u'/' + name;
    if (!QFile::exists(authority.m_keyPath)) {
        QDir().mkpath(directory);
        if (!sshKeygen({u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-C"_s, name, u"-f"_s, authority.m_keyPath}, error)) {
            return authority;
        }
    }
    QFile::setPermissions(authority.m_keyPath, QFile::ReadOwner | QFile::WriteOwner);
    QFile publicKey(authority.m_keyPath + ".pub"_L1);
    if (!publicKey.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(publicKey.fileName());
        return authority;
    }
    authority.m_publicKey = publicKey.readAll().trimmed();
    return authority;
}

QByteArray SshAuthority::sign(const SignRequest &request, QString *error) const
{
    if (!isPublicKeyLine(request.publicKey)) {
        *error = u"not an SSH public key in authorized_keys format"_s;
        return {};
    }
    QTemporaryDir scratch;
    const QString keyPath = scratch.filePath(u"key.pub"_s);
    QFile key(keyPath);
    if (!key.open(QIODevice::WriteOnly) || key.write(request.publicKey.trimmed() + '\n') < 0) {
        *error = u"cannot write a scratch file"_s;
        return {};
    }
    key.close();
    QStringList arguments{u"-q"_s,
                          u"-s"_s,
                          m_keyPath,
                          u"-I"_s,
                          request.identity,
                          u"-n"_s,
                          request.principals.join(u','),
                          u"-V"_s,
                          u"-1m:+%1s"_s.arg(request.validity.count())};
    if (request.kind == Kind::Host) {
        arguments << u"-h"_s;
    }
    arguments << keyPath;
    if (!sshKeygen(arguments, error)) {
        return {};
    }
    QFile certificate(scratch.filePath(u"key-cert.pub"_s));
    if (!certificate.open(QIODevice::ReadOnly)) {
        *error = u"ssh-keygen wrote no certificate"_s;
        return {};
    }
    return certificate.readAll().trimmed();
}

QByteArray sshPublicKeyToPem(const QByteArray &authorizedKey, QString *error)
{
    if (!isPublicKeyLine(authorizedKey)) {
        *error = u"not an SSH public key in authorized_keys format"_s;
        return {};
    }
    const QList<QByteArray> parts = authorizedKey.trimmed().split(' ');
    if (parts[0] == "ssh-ed25519") {
        // ssh-keygen cannot export Ed25519 as PKCS#8. The key blob is two SSH strings: the
        // type name and the 32 bytes of the key.
        const QByteArray blob = QByteArray::fromBase64(parts[1]);
        constexpr qsizetype prefix = 4 + 11 + 4;
        if (blob.size() != prefix + 32 || blob.mid(4, 11) != "ssh-ed25519") {
            *error = u"malformed ssh-ed25519 key"_s;
            return {};
        }
        EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(blob.constData() + prefix), 32);
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, key);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        const QByteArray pem(data, qsizetype(size));
        BIO_free(bio);
        EVP_PKEY_free(key);
        return pem;
    }
    QTemporaryDir scratch;
    QFile key(scratch.filePath(u"key.pub"_s));
    if (!key.open(QIODevice::WriteOnly) || key.write(authorizedKey.trimmed() + '\n') < 0) {
        *error = u"cannot write a scratch file"_s;
        return {};
    }
    key.close();
    QByteArray pem;
    if (!sshKeygen({u"-e"_s, u"-m"_s, u"PKCS8"_s, u"-f"_s, key.fileName()}, error, &pem)) {
        return {};
    }
    return pem;
}

} // namespace Teleterm::Sandbox
