#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace Teleterm::Sandbox
{

QString base32Encode(const QByteArray &bytes)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    }
    return out;
}

QString totpCode(const QByteArray &secret, qint64 counter, int digits)
{
    QByteArray message(8, '\0');
    qToBigEndian(quint64(counter), message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1);
    // RFC 4226 dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16) | (quint32(quint8(mac[offset + 2])) << 8)
        | quint32(quint8(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return QString::number(binary % modulus).rightJustified(digits, QLatin1Char('0'));
}

} // namespace Teleterm::Sandbox
