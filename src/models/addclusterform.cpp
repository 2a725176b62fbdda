#include "addclusterform.h"

#include "daemonclient.h"

namespace Teleterm::Models
{

AddClusterForm::AddClusterForm(QObject *parent)
    : QObject(parent)
{
}

void AddClusterForm::setAddress(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_parsed = ProxyAddress::parse(text);
    Q_EMIT addressChanged();
    setFailure({});
}

void AddClusterForm::setFailure(const QString &failure)
{
    if (failure != m_failure) {
        m_failure = failure;
        Q_EMIT failureChanged();
    }
}

void AddClusterForm::submit()
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!acceptable() || m_busy || !daemon) {
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    setFailure({});
    daemon->channel()->addCluster(m_parsed.hostPort(), this, [this](const Backend::RpcResult<Backend::ClusterInfo> &result) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (!result.ok()) {
            setFailure(result.error.message);
            return;
        }
        Q_EMIT added(result.value->uri, result.value->name);
    });
}

QString AddClusterForm::error() const
{
    return m_text.trimmed().isEmpty() ? QString() : m_parsed.error;
}

} // namespace Teleterm::Models
