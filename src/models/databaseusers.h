#pragma once

#include "daemonchannel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The database users the user's roles allow on one database, asked of the cluster when
// `databaseUri` is set (Connect's menu of a database row). A new URI cancels the question before.
class DatabaseUsers : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString databaseUri READ databaseUri WRITE setDatabaseUri NOTIFY databaseUriChanged)
    Q_PROPERTY(QStringList users READ users NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit DatabaseUsers(QObject *parent = nullptr);
    ~DatabaseUsers() override;

    [[nodiscard]] QString databaseUri() const
    {
        return m_uri;
    }
    void setDatabaseUri(const QString &uri);
    [[nodiscard]] QStringList users() const
    {
        return m_users;
    }
    [[nodiscard]] bool loading() const
    {
        return m_loading;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

Q_SIGNALS:
    void databaseUriChanged();
    void changed();

private:
    QString m_uri;
    QStringList m_users;
    bool m_loading = false;
    QString m_error;
    Backend::DaemonChannel::Call m_call;
};

} // namespace Teleterm::Models
