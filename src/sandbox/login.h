#pragma once

#include "certauthority.h"
#include "httpresponse.h"
#include "sshauthority.h"
#include "users.h"

#include <QJsonObject>

namespace Teleterm::Sandbox
{

// Teleport's local login over the web API: POST /webapi/ssh/certs (password + otp_token) and
// POST /webapi/mfa/login/finish (password + totp_code). The client sends its public key(s):
// v16's `pub_key` (an authorized_keys line, subject of both certificates) or v17's
// `ssh_pub_key` + `tls_pub_key` (PEM); bytes are base64 in the JSON, as Go encodes []byte. The
// answer is Teleport's SSHLoginResponse: the SSH certificate, the TLS certificate and the host CA.
class LoginService
{
public:
    LoginService(QString clusterName,
                 UserStore *users,
                 const SshAuthority *userSshCa,
                 const SshAuthority *hostSshCa,
                 const CertAuthority *userCa,
                 const CertAuthority *hostCa);

    [[nodiscard]] HttpResponse sshCerts(const QByteArray &body) const;
    [[nodiscard]] HttpResponse mfaLoginFinish(const QByteArray &body) const;

private:
    [[nodiscard]] HttpResponse login(const QByteArray &body, const char *otpField) const;

    QString m_cluster;
    UserStore *m_users;
    const SshAuthority *m_userSshCa;
    const SshAuthority *m_hostSshCa;
    const CertAuthority *m_userCa;
    const CertAuthority *m_hostCa;
};

} // namespace Teleterm::Sandbox
