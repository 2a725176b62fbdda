#pragma once

#include <QByteArray>
#include <QString>

namespace Teleterm::Sandbox
{

// RFC 4648 base32 (upper case, no padding), the form authenticator apps take TOTP secrets in.
[[nodiscard]] QString base32Encode(const QByteArray &bytes);

// RFC 6238 TOTP with HMAC-SHA1 and 30-second steps, as Teleport's OTP devices use: the code for
// time step `counter` (unix time / 30).
[[nodiscard]] QString totpCode(const QByteArray &secret, qint64 counter, int digits = 6);

} // namespace Teleterm::Sandbox
