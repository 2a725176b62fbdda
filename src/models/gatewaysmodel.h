#pragma once

#include "clustertypes.h"
#include "daemonchannel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The daemon's gateways (local proxies to databases), as the sidebar and the gateway tabs show
// them. Listed when the daemon (re)connects and again whenever it says a gateway changed; rows
// are updated in place (dataChanged for the roles that changed), inserted and removed by uri,
// never reset. The operations answer through signals and, for a gateway, its `operationError`.
class GatewaysModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // Whether the gateways have been listed once (before that, no gateway is known to be gone).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Changes whenever any row does, for bindings that read rows with get().
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum class State {
        Unknown = int(Backend::GatewayInfo::State::Unspecified),
        Listening = int(Backend::GatewayInfo::State::Listening),
        WaitingForLogin = int(Backend::GatewayInfo::State::WaitingForLogin),
        NotListening = int(Backend::GatewayInfo::State::NotListening),
    };
    Q_ENUM(State)

    enum Role {
        UriRole = Qt::UserRole + 1,
        TargetNameRole,
        TargetUriRole,
        TargetUserRole,
        LocalAddressRole,
        LocalPortRole,
        ProtocolRole,
        CliCommandRole,
        TargetSubresourceNameRole,
        StateRole,
        OpenConnectionsRole,
        TotalConnectionsRole,
        LastErrorRole,
        LastErrorTimeRole,
        CertificateValidUntilRole,
        ClusterUriRole, // the cluster of the database (derived from targetUri)
        OperationErrorRole, // why the last change asked of this gateway failed; empty otherwise
        BusyRole, // a change asked of this gateway is under way
    };
    Q_ENUM(Role)

    explicit GatewaysModel(QObject *parent = nullptr);
    ~GatewaysModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loading() const
    {
        return m_listing;
    }
    [[nodiscard]] bool loaded() const
    {
        return m_loaded;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    [[nodiscard]] int count() const
    {
        return int(m_rows.size());
    }
    [[nodiscard]] int revision() const
    {
        return m_revision;
    }

    // Lists the gateways again.
    Q_INVOKABLE void refresh();
    // A gateway to the database `targetUri` as `user` on `port` (empty: any free port), naming
    // the database `databaseName` in its command line. An existing gateway for the same
    // database and user is reused. Returns the request's number; `created` or `createFailed`
    // follows with it.
    Q_INVOKABLE int create(const QString &targetUri, const QString &user, const QString &port = {}, const QString &databaseName = {});
    Q_INVOKABLE void remove(const QString &uri);
    Q_INVOKABLE void setPort(const QString &uri, const QString &port);
    Q_INVOKABLE void setDatabaseName(const QString &uri, const QString &name);
    // Copies the gateway's command line to the clipboard.
    Q_INVOKABLE void copyCommand(const QString &uri) const;

    // The row of a gateway, -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString &uri) const;
    // The gateway of `targetUri` and `user`, "" when there is none.
    Q_INVOKABLE QString find(const QString &targetUri, const QString &user) const;
    // Every role of a gateway by name, {} when it is not listed.
    Q_INVOKABLE QVariantMap get(const QString &uri) const;

    // The cluster a database belongs to: /clusters/P[/leaves/L] of /clusters/P[/leaves/L]/dbs/NAME.
    [[nodiscard]] static QString clusterOf(const QString &targetUri);

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void countChanged();
    void revisionChanged();
    void created(int request, const QString &uri);
    void createFailed(int request, const QString &error);
    void removed(const QString &uri);
    // A change asked of a gateway (remove, setPort, setDatabaseName) failed.
    void operationFailed(const QString &uri, const QString &error);

private:
    struct Row {
        Backend::GatewayInfo gateway;
        QString operationError;
        int busy = 0;
    };

    void apply(const QList<Backend::GatewayInfo> &gateways);
    // Puts a gateway the daemon just described into its row (or a new one).
    void upsert(const Backend::GatewayInfo &gateway);
    [[nodiscard]] static QList<int> changedRoles(const Backend::GatewayInfo &before, const Backend::GatewayInfo &after);
    void setOperation(const QString &uri, int busyDelta, const QString &error);
    // setPort and setDatabaseName: one call of the daemon's that answers with the gateway.
    using ChangeCall = Backend::DaemonChannel::Call (Backend::DaemonChannel::*)(const QString &,
                                                                                const QString &,
                                                                                QObject *,
                                                                                std::function<void(const Backend::RpcResult<Backend::GatewayInfo> &)>);
    void change(const QString &uri, ChangeCall call, const QString &value);
    void setError(const QString &error);
    void setListing(bool listing);
    void changed();

    QList<Row> m_rows;
    QString m_error;
    bool m_listing = false;
    bool m_loaded = false;
    bool m_again = false; // another change came while listing: list once more after
    int m_revision = 0;
    int m_nextRequest = 1;
    QTimer m_settle; // a burst of changes is listed once
};

} // namespace Teleterm::Models
