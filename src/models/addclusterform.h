#pragma once

#include "proxyaddress.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The state behind the "add a cluster" form: QML binds the text field to `address` and shows
// `error` and `acceptable`; the decisions are made here.
class AddClusterForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY addressChanged)
    Q_PROPERTY(bool acceptable READ acceptable NOTIFY addressChanged)
    Q_PROPERTY(QString error READ error NOTIFY addressChanged)
    Q_PROPERTY(QString hostPort READ hostPort NOTIFY addressChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the daemon could not add the cluster (the proxy does not answer, its certificate is
    // not trusted, ...); empty otherwise.
    Q_PROPERTY(QString failure READ failure NOTIFY failureChanged)

public:
    explicit AddClusterForm(QObject *parent = nullptr);

    [[nodiscard]] QString address() const
    {
        return m_text;
    }
    void setAddress(const QString &text);
    [[nodiscard]] bool acceptable() const
    {
        return m_parsed.ok();
    }
    // The reason the address is not acceptable, or empty. Nothing is said about an empty field
    // that the user has not typed in yet.
    [[nodiscard]] QString error() const;
    [[nodiscard]] QString hostPort() const
    {
        return m_parsed.ok() ? m_parsed.hostPort() : QString();
    }

    [[nodiscard]] bool busy() const
    {
        return m_busy;
    }
    [[nodiscard]] QString failure() const
    {
        return m_failure;
    }
    // Asks the daemon to add the cluster (it pings the proxy first); added() or failure follow.
    Q_INVOKABLE void submit();

Q_SIGNALS:
    void addressChanged();
    void busyChanged();
    void failureChanged();
    void added(const QString &clusterUri, const QString &clusterName);

private:
    void setFailure(const QString &failure);

    bool m_busy = false;
    QString m_failure;
    QString m_text;
    ProxyAddress m_parsed = ProxyAddress::parse({});
};

} // namespace Teleterm::Models
