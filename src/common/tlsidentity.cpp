#include "tlsidentity.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace Teleterm
{

TlsIdentity tlsIdentityOf(X509 *certificate)
{
    TlsIdentity identity;
    if (!certificate) {
        return identity;
    }
    const X509_NAME *name = X509_get_subject_name(certificate);
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        if (length < 0) {
            continue;
        }
        const QString value = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
        OPENSSL_free(utf8);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        switch (OBJ_obj2nid(object)) {
        case NID_commonName:
            identity.user = value;
            break;
        case NID_organizationName:
            identity.roles << value;
            break;
        case NID_organizationalUnitName:
            identity.usages << value;
            break;
        case NID_localityName:
            identity.logins << value;
            break;
        case NID_streetAddress:
            identity.routeToCluster = value;
            break;
        default: {
            char oid[128] = {};
            if (OBJ_obj2txt(oid, sizeof oid, object, 1) > 0) {
                identity.attributes.insert(QByteArray(oid), value);
            }
        }
        }
    }
    struct tm when = {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(certificate), &when) == 1) {
        identity.notAfter = QDateTime(QDate(when.tm_year + 1900, when.tm_mon + 1, when.tm_mday), QTime(when.tm_hour, when.tm_min, when.tm_sec), Qt::UTC);
    }
    return identity;
}

TlsIdentity tlsIdentityOfPem(const QByteArray &certificatePem)
{
    BIO *bio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!certificate) {
        ERR_clear_error();
        return {};
    }
    TlsIdentity identity = tlsIdentityOf(certificate);
    X509_free(certificate);
    return identity;
}

} // namespace Teleterm
