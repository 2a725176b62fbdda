#include "keys.h"

#include "callerlanguage.h"
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Teleterm::Daemon
{

namespace
{

struct BioFree {
    void operator()(BIO *bio) const
    {
        BIO_free(bio);
    }
};
struct KeyFree {
    void operator()(EVP_PKEY *key) const
    {
        EVP_PKEY_free(key);
    }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// SSH's wire encoding of a string: a big-endian uint32 length, then the bytes.
void appendSshString(QByteArray &out, const QByteArray &value)
{
    const quint32 size = quint32(value.size());
    out += char(size >> 24);
    out += char(size >> 16);
    out += char(size >> 8);
    out += char(size);
    out += value;
}

QByteArray sshPublicKey(EVP_PKEY *key)
{
    // ECDSA P-256 only: the point in uncompressed form, as RFC 5656 encodes it.
    unsigned char point[133];
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &length) != 1 || length != 65) {
        ERR_clear_error();
        return {};
    }
    QByteArray blob;
    appendSshString(blob, "ecdsa-sha2-nistp256");
    appendSshString(blob, "nistp256");
    appendSshString(blob, QByteArray(reinterpret_cast<const char *>(point), qsizetype(length)));
    return "ecdsa-sha2-nistp256 " + blob.toBase64();
}

} // namespace

KeyPair generateKeyPair(QString *error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        *error = ServiceText::tr("cannot generate a key: %1").arg(QString::fromLatin1(ERR_error_string(ERR_get_error(), nullptr)));
        return {};
    }
    BioPtr privateBio(BIO_new(BIO_s_mem()));
    BioPtr publicBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(publicBio.get(), key.get()) != 1) {
        *error = ServiceText::tr("cannot encode the new key");
        return {};
    }
    return {drain(privateBio.get()), drain(publicBio.get()), sshPublicKey(key.get())};
}

QByteArray sshPublicKeyOf(const QByteArray &privateKeyPem)
{
    BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        ERR_clear_error();
        return {};
    }
    return sshPublicKey(key.get());
}

} // namespace Teleterm::Daemon
