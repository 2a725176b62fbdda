#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The state behind the login dialog: which cluster, how it lets users in (whether a one-time code
// is needed), and the outcome. The password and code go to the daemon and are not kept here.
class LoginForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString clusterUri READ clusterUri WRITE setClusterUri NOTIFY clusterUriChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool wantsOtp READ wantsOtp NOTIFY settingsChanged)
    Q_PROPERTY(bool localAuthEnabled READ localAuthEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString failure READ failure NOTIFY failureChanged)

public:
    explicit LoginForm(QObject *parent = nullptr);

    [[nodiscard]] QString clusterUri() const
    {
        return m_clusterUri;
    }
    // Asks the cluster how it lets users log in.
    void setClusterUri(const QString &uri);
    [[nodiscard]] bool busy() const
    {
        return m_busy;
    }
    [[nodiscard]] bool wantsOtp() const
    {
        return m_wantsOtp;
    }
    [[nodiscard]] bool localAuthEnabled() const
    {
        return m_localAuthEnabled;
    }
    [[nodiscard]] QString failure() const
    {
        return m_failure;
    }

    Q_INVOKABLE void submit(const QString &user, const QString &password, const QString &otp);

Q_SIGNALS:
    void clusterUriChanged();
    void busyChanged();
    void settingsChanged();
    void failureChanged();
    void loggedIn(const QString &clusterUri);

private:
    void setBusy(bool busy);
    void setFailure(const QString &failure);

    QString m_clusterUri;
    bool m_busy = false;
    bool m_wantsOtp = true;
    bool m_localAuthEnabled = true;
    QString m_failure;
};

} // namespace Teleterm::Models
