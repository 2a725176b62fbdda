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

Q_SIGNALS:
    void addressChanged();

private:
    QString m_text;
    ProxyAddress m_parsed = ProxyAddress::parse({});
};

} // namespace Teleterm::Models
