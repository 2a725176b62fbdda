#include "loginform.h"

#include "daemonclient.h"

namespace Teleterm::Models
{

LoginForm::LoginForm(QObject *parent)
    : QObject(parent)
{
}

void LoginForm::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void LoginForm::setFailure(const QString &failure)
{
    if (failure != m_failure) {
        m_failure = failure;
        Q_EMIT failureChanged();
    }
}

void LoginForm::setClusterUri(const QString &uri)
{
    if (uri == m_clusterUri) {
        return;
    }
    m_clusterUri = uri;
    Q_EMIT clusterUriChanged();
    setFailure({});
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (uri.isEmpty() || !daemon) {
        return;
    }
    daemon->channel()->authSettings(uri, this, [this, uri](const Backend::RpcResult<Backend::AuthSettingsInfo> &result) {
        if (uri != m_clusterUri) {
            return; // an answer about a cluster the form no longer shows
        }
        if (!result.ok()) {
            setFailure(result.error.message);
            return;
        }
        m_wantsOtp = result.value->wantsOtp();
        m_localAuthEnabled = result.value->localAuthEnabled;
        Q_EMIT settingsChanged();
        if (!m_localAuthEnabled) {
            setFailure(tr("This cluster signs users in with %1, which Teleterm does not support yet.").arg(result.value->authType));
        }
    });
}

void LoginForm::submit(const QString &user, const QString &password, const QString &otp)
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (m_busy || !daemon || m_clusterUri.isEmpty()) {
        return;
    }
    if (user.trimmed().isEmpty()) {
        setFailure(tr("Enter your user name."));
        return;
    }
    if (m_wantsOtp && otp.trimmed().isEmpty()) {
        setFailure(tr("Enter the code from your authenticator app."));
        return;
    }
    setFailure({});
    setBusy(true);
    daemon->channel()->login(m_clusterUri, user.trimmed(), password, otp.trimmed(), this, [this](const Backend::RpcResult<Backend::ClusterInfo> &result) {
        setBusy(false);
        if (!result.ok()) {
            setFailure(result.error.message);
            return;
        }
        Q_EMIT loggedIn(result.value->uri);
    });
}

} // namespace Teleterm::Models
