#include "databaseusers.h"

#include "daemonclient.h"

namespace Teleterm::Models
{

DatabaseUsers::DatabaseUsers(QObject *parent)
    : QObject(parent)
{
}

DatabaseUsers::~DatabaseUsers()
{
    Backend::DaemonChannel::cancel(m_call);
}

void DatabaseUsers::setDatabaseUri(const QString &uri)
{
    if (uri == m_uri) {
        return;
    }
    m_uri = uri;
    Backend::DaemonChannel::cancel(m_call);
    m_call.reset();
    m_users.clear();
    m_error.clear();
    m_loading = false;
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!uri.isEmpty() && daemon) {
        m_loading = true;
        m_call = daemon->channel()->listDatabaseUsers(uri, this, [this, uri](const Backend::RpcResult<QStringList> &result) {
            if (uri != m_uri) {
                return; // a question about another database
            }
            m_call.reset();
            m_loading = false;
            m_users = result.value.value_or(QStringList{});
            m_error = result.error.message;
            Q_EMIT changed();
        });
    }
    Q_EMIT databaseUriChanged();
    Q_EMIT changed();
}

} // namespace Teleterm::Models
