#include "certauthority.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

struct BioFree {
    void operator()(BIO *bio) const
    {
        BIO_free(bio);
    }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return u"%1: %2"_s.arg(QString::fromLatin1(what), QString::fromLatin1(text));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr); // PKCS#8
    return bioContents(bio.get());
}

QByteArray certificateToPem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return bioContents(bio.get());
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A certificate with a fresh random serial, valid from a minute ago (clock skew) until `notAfter`.
X509 *newCertificate(EVP_PKEY *subjectKey, const QDateTime &notAfter)
{
    X509 *certificate = X509_new();
    X509_set_version(certificate, X509_VERSION_3);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate), -60);
    X509_time_adj_ex(X509_getm_notAfter(certificate), 0, long(QDateTime::currentDateTimeUtc().secsTo(notAfter)), nullptr);
    X509_set_pubkey(certificate, subjectKey);
    return certificate;
}

void addEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), -1, 0);
}

void setName(X509_NAME *name, const CertificateRequest &request)
{
    if (!request.street.isEmpty()) {
        addEntry(name, "street", request.street);
    }
    for (const QString &organization : request.organizations) {
        addEntry(name, "O", organization);
    }
    for (const QString &unit : request.organizationalUnits) {
        addEntry(name, "OU", unit);
    }
    for (const auto &[oid, value] : request.extraNames) {
        if (!value.isEmpty()) { // as Teleport, which leaves out what is not set
            addEntry(name, oid.constData(), value);
        }
    }
    addEntry(name, "CN", request.commonName);
}

} // namespace

void CertAuthority::KeyFree::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

void CertAuthority::CertFree::operator()(X509 *certificate) const
{
    X509_free(certificate);
}

CertAuthority::~CertAuthority() = default;
CertAuthority::CertAuthority(CertAuthority &&) noexcept = default;
CertAuthority &CertAuthority::operator=(CertAuthority &&) noexcept = default;

bool isPemPublicKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    ERR_clear_error();
    EVP_PKEY_free(key);
    return key != nullptr;
}

bool writePrivateFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(contents) != contents.size()
        || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

CertAuthority CertAuthority::loadOrCreate(const QString &directory, const QString &name, const QString &clusterName, QString *error)
{
    CertAuthority authority;
    const QString keyPath = directory + u'/' + name + ".key"_L1;
    authority.m_certificatePath = directory + u'/' + name + ".crt"_L1;

    QFile keyFile(keyPath);
    QFile certificateFile(authority.m_certificatePath);
    if (keyFile.exists() && certificateFile.exists()) {
        if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the %1 authority in %2"_s.arg(name, directory);
            return authority;
        }
        const QByteArray keyPem = keyFile.readAll();
        const QByteArray certificatePem = certificateFile.readAll();
        BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
        BioPtr certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
        authority.m_key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        authority.m_certificate.reset(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
        if (!authority.isValid() || X509_check_private_key(authority.m_certificate.get(), authority.m_key.get()) != 1) {
            *error = u"the %1 authority in %2 is damaged (key and certificate do not load or do not match)"_s.arg(name, directory);
            authority.m_key.reset();
            authority.m_certificate.reset();
        }
        return authority;
    }

    authority.m_key.reset(EVP_EC_gen("P-256"));
    if (!authority.m_key) {
        *error = opensslError("cannot generate a CA key");
        return authority;
    }
    X509 *certificate = newCertificate(authority.m_key.get(), QDateTime::currentDateTimeUtc().addYears(10));
    authority.m_certificate.reset(certificate);
    CertificateRequest subject;
    subject.commonName = clusterName;
    subject.organizations = {clusterName};
    setName(X509_get_subject_name(certificate), subject);
    X509_set_issuer_name(certificate, X509_get_subject_name(certificate));
    const bool extended = addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature")
        && addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    if (!extended || X509_sign(certificate, authority.m_key.get(), EVP_sha256()) == 0) {
        *error = opensslError("cannot sign the CA certificate");
        authority.m_key.reset();
        authority.m_certificate.reset();
        return authority;
    }
    if (!QDir().mkpath(directory) || !QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
        || !writePrivateFile(keyPath, keyToPem(authority.m_key.get()), error)
        || !writePrivateFile(authority.m_certificatePath, certificateToPem(certificate), error)) {
        authority.m_key.reset();
        authority.m_certificate.reset();
    }
    return authority;
}

bool CertAuthority::isValid() const
{
    return m_key && m_certificate;
}

QByteArray CertAuthority::certificatePem() const
{
    return m_certificate ? certificateToPem(m_certificate.get()) : QByteArray();
}

IssuedCertificate CertAuthority::issue(const CertificateRequest &request, QString *error) const
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_EC_gen("P-256"));
    if (!key) {
        *error = opensslError("cannot generate a key");
        return {};
    }
    QByteArray certificate = sign(key.get(), request, error);
    return certificate.isEmpty() ? IssuedCertificate{} : IssuedCertificate{certificate, keyToPem(key.get())};
}

QByteArray CertAuthority::issueFor(const QByteArray &publicKeyPem, const CertificateRequest &request, QString *error) const
{
    BioPtr bio(BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size())));
    std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        ERR_clear_error();
        *error = u"not a PEM public key"_s;
        return {};
    }
    return sign(key.get(), request, error);
}

QByteArray CertAuthority::sign(EVP_PKEY *subjectKey, const CertificateRequest &request, QString *error) const
{
    Q_ASSERT(isValid());
    std::unique_ptr<X509, CertFree> certificate(newCertificate(subjectKey, request.notAfter));
    setName(X509_get_subject_name(certificate.get()), request);
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(m_certificate.get()));

    QStringList altNames;
    for (const QString &dns : request.dnsNames) {
        altNames << "DNS:"_L1 + dns;
    }
    for (const QString &ip : request.ipAddresses) {
        altNames << "IP:"_L1 + ip;
    }
    QStringList usages;
    if (request.serverAuth) {
        usages << u"serverAuth"_s;
    }
    if (request.clientAuth) {
        usages << u"clientAuth"_s;
    }
    bool extended = addExtension(certificate.get(), m_certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(certificate.get(), m_certificate.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        && addExtension(certificate.get(), m_certificate.get(), NID_authority_key_identifier, "keyid:always");
    if (extended && !usages.isEmpty()) {
        extended = addExtension(certificate.get(), m_certificate.get(), NID_ext_key_usage, usages.join(u',').toLatin1());
    }
    if (extended && !altNames.isEmpty()) {
        extended = addExtension(certificate.get(), m_certificate.get(), NID_subject_alt_name, altNames.join(u',').toLatin1());
    }
    if (!extended || X509_sign(certificate.get(), m_key.get(), EVP_sha256()) == 0) {
        *error = opensslError("cannot sign the certificate");
        return {};
    }
    return certificateToPem(certificate.get());
}

} // namespace Teleterm::Sandbox
