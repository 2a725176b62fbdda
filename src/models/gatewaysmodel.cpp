#include "gatewaysmodel.h"

#include "daemonclient.h"
#include "modelslogging.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

constexpr std::chrono::milliseconds SettleDelay(50); // a burst of GATEWAY_CHANGED is one listing

} // namespace

GatewaysModel::GatewaysModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleDelay);
    connect(&m_settle, &QTimer::timeout, this, &GatewaysModel::refresh);
    if (Backend::DaemonClient *daemon = Backend::DaemonClient::instance()) {
        // A daemon that (re)started listens again on the gateways it remembers.
        connect(daemon, &Backend::DaemonClient::stateChanged, this, [this, daemon] {
            if (daemon->isConnected()) {
                refresh();
            }
        });
        connect(daemon, &Backend::DaemonClient::gatewayChanged, this, [this] {
            m_settle.start();
        });
        if (daemon->isConnected()) {
            refresh();
        }
    }
}

GatewaysModel::~GatewaysModel() = default;

int GatewaysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString GatewaysModel::clusterOf(const QString &targetUri)
{
    const qsizetype dbs = targetUri.lastIndexOf("/dbs/"_L1);
    return dbs < 0 ? QString() : targetUri.left(dbs);
}

QVariant GatewaysModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Backend::GatewayInfo &gateway = row.gateway;
    switch (role) {
    case UriRole:
        return gateway.uri;
    case Qt::DisplayRole:
    case TargetNameRole:
        return gateway.targetName;
    case TargetUriRole:
        return gateway.targetUri;
    case TargetUserRole:
        return gateway.targetUser;
    case LocalAddressRole:
        return gateway.localAddress;
    case LocalPortRole:
        return gateway.localPort;
    case ProtocolRole:
        return gateway.protocol;
    case CliCommandRole:
        return gateway.cliCommand;
    case TargetSubresourceNameRole:
        return gateway.targetSubresourceName;
    case StateRole:
        return int(gateway.state);
    case OpenConnectionsRole:
        return gateway.openConnections;
    case TotalConnectionsRole:
        return gateway.totalConnections;
    case LastErrorRole:
        return gateway.lastError;
    case LastErrorTimeRole:
        return gateway.lastErrorTime;
    case CertificateValidUntilRole:
        return gateway.certificateValidUntil;
    case ClusterUriRole:
        return clusterOf(gateway.targetUri);
    case OperationErrorRole:
        return row.operationError;
    case BusyRole:
        return row.busy > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> GatewaysModel::roleNames() const
{
    return {{UriRole, "uri"},
            {TargetNameRole, "targetName"},
            {TargetUriRole, "targetUri"},
            {TargetUserRole, "targetUser"},
            {LocalAddressRole, "localAddress"},
            {LocalPortRole, "localPort"},
            {ProtocolRole, "protocol"},
            {CliCommandRole, "cliCommand"},
            {TargetSubresourceNameRole, "targetSubresourceName"},
            {StateRole, "gatewayState"},
            {OpenConnectionsRole, "openConnections"},
            {TotalConnectionsRole, "totalConnections"},
            {LastErrorRole, "lastError"},
            {LastErrorTimeRole, "lastErrorTime"},
            {CertificateValidUntilRole, "certificateValidUntil"},
            {ClusterUriRole, "clusterUri"},
            {OperationErrorRole, "operationError"},
            {BusyRole, "busy"}};
}

int GatewaysModel::rowOf(const QString &uri) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).gateway.uri == uri) {
            return int(row);
        }
    }
    return -1;
}

QString GatewaysModel::find(const QString &targetUri, const QString &user) const
{
    for (const Row &row : m_rows) {
        if (row.gateway.targetUri == targetUri && row.gateway.targetUser == user) {
            return row.gateway.uri;
        }
    }
    return {};
}

QVariantMap GatewaysModel::get(const QString &uri) const
{
    const int row = rowOf(uri);
    if (row < 0) {
        return {};
    }
    QVariantMap values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    }
    return values;
}

void GatewaysModel::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void GatewaysModel::setListing(bool listing)
{
    if (listing != m_listing) {
        m_listing = listing;
        Q_EMIT loadingChanged();
    }
}

void GatewaysModel::changed()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void GatewaysModel::refresh()
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon || !daemon->isConnected()) {
        return;
    }
    if (m_listing) {
        m_again = true; // what changed meanwhile may not be in the answer on its way
        return;
    }
    setListing(true);
    daemon->channel()->listGateways(this, [this](const Backend::RpcResult<QList<Backend::GatewayInfo>> &result) {
        if (result.ok()) {
            setError({});
            apply(*result.value);
            m_loaded = true;
        } else {
            qCWarning(TELETERM_MODELS).noquote() << "the gateways could not be listed:" << result.error.message;
            setError(tr("The gateways could not be listed: %1").arg(result.error.message));
        }
        setListing(false);
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

QList<int> GatewaysModel::changedRoles(const Backend::GatewayInfo &before, const Backend::GatewayInfo &after)
{
    QList<int> roles;
    const auto check = [&](bool differs, std::initializer_list<int> which) {
        if (differs) {
            roles.append(which);
        }
    };
    check(before.targetName != after.targetName, {TargetNameRole, Qt::DisplayRole});
    check(before.targetUri != after.targetUri, {TargetUriRole, ClusterUriRole});
    check(before.targetUser != after.targetUser, {TargetUserRole});
    check(before.localAddress != after.localAddress, {LocalAddressRole});
    check(before.localPort != after.localPort, {LocalPortRole});
    check(before.protocol != after.protocol, {ProtocolRole});
    check(before.cliCommand != after.cliCommand, {CliCommandRole});
    check(before.targetSubresourceName != after.targetSubresourceName, {TargetSubresourceNameRole});
    check(before.state != after.state, {StateRole});
    check(before.openConnections != after.openConnections, {OpenConnectionsRole});
    check(before.totalConnections != after.totalConnections, {TotalConnectionsRole});
    check(before.lastError != after.lastError, {LastErrorRole});
    check(before.lastErrorTime != after.lastErrorTime, {LastErrorTimeRole});
    check(before.certificateValidUntil != after.certificateValidUntil, {CertificateValidUntilRole});
    return roles;
}

void GatewaysModel::upsert(const Backend::GatewayInfo &gateway)
{
    const int row = rowOf(gateway.uri);
    if (row >= 0) {
        const QList<int> roles = changedRoles(m_rows.at(row).gateway, gateway);
        if (!roles.isEmpty()) {
            m_rows[row].gateway = gateway;
            Q_EMIT dataChanged(index(row), index(row), roles);
            changed();
        }
        return;
    }
    const int at = count();
    beginInsertRows({}, at, at);
    m_rows.append(Row{gateway, {}, 0});
    endInsertRows();
    Q_EMIT countChanged();
    changed();
}

void GatewaysModel::apply(const QList<Backend::GatewayInfo> &gateways)
{
    const int before = count();
    bool any = false;
    // Gone ones first, from the bottom up.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        const QString uri = m_rows.at(row).gateway.uri;
        const bool kept = std::any_of(gateways.cbegin(), gateways.cend(), [&](const Backend::GatewayInfo &gateway) {
            return gateway.uri == uri;
        });
        if (!kept) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
            any = true;
        }
    }
    // Then each in the daemon's order: updated in place, moved up, or inserted.
    for (qsizetype row = 0; row < gateways.size(); ++row) {
        const Backend::GatewayInfo &gateway = gateways.at(row);
        int at = rowOf(gateway.uri);
        if (at < 0) {
            beginInsertRows({}, int(row), int(row));
            m_rows.insert(row, Row{gateway, {}, 0});
            endInsertRows();
            any = true;
            continue;
        }
        if (at != row) {
            beginMoveRows({}, at, at, {}, int(row));
            m_rows.move(at, row);
            endMoveRows();
            at = int(row);
            any = true;
        }
        const QList<int> roles = changedRoles(m_rows.at(at).gateway, gateway);
        if (!roles.isEmpty()) {
            m_rows[at].gateway = gateway;
            Q_EMIT dataChanged(index(at), index(at), roles);
            any = true;
        }
    }
    if (before != count()) {
        Q_EMIT countChanged();
    }
    if (any) {
        changed();
    }
}

void GatewaysModel::setOperation(const QString &uri, int busyDelta, const QString &error)
{
    const int row = rowOf(uri);
    if (row < 0) {
        return;
    }
    Row &entry = m_rows[row];
    QList<int> roles;
    const bool wasBusy = entry.busy > 0;
    entry.busy = std::max(0, entry.busy + busyDelta);
    if (wasBusy != (entry.busy > 0)) {
        roles << BusyRole;
    }
    if (entry.operationError != error) {
        entry.operationError = error;
        roles << OperationErrorRole;
    }
    if (!roles.isEmpty()) {
        Q_EMIT dataChanged(index(row), index(row), roles);
        changed();
    }
}

int GatewaysModel::create(const QString &targetUri, const QString &user, const QString &port, const QString &databaseName)
{
    const int request = m_nextRequest++;
    const QString existing = find(targetUri, user.trimmed());
    if (!existing.isEmpty()) {
        // One gateway per database and user, as the daemon has it: the one there is.
        QMetaObject::invokeMethod(
            this,
            [this, request, existing] {
                Q_EMIT created(request, existing);
            },
            Qt::QueuedConnection);
        return request;
    }
    const auto fail = [this, request](const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [this, request, error] {
                Q_EMIT createFailed(request, error);
            },
            Qt::QueuedConnection);
    };
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon || !daemon->isConnected()) {
        fail(tr("The daemon is not running."));
        return request;
    }
    if (user.trimmed().isEmpty()) {
        fail(tr("Choose a database user."));
        return request;
    }
    daemon->channel()->createGateway(targetUri,
                                     user.trimmed(),
                                     port.trimmed(),
                                     databaseName.trimmed(),
                                     this,
                                     [this, request](const Backend::RpcResult<Backend::GatewayInfo> &result) {
                                         if (!result.ok()) {
                                             Q_EMIT createFailed(request, result.error.message);
                                             return;
                                         }
                                         upsert(*result.value);
                                         Q_EMIT created(request, result.value->uri);
                                     });
    return request;
}

void GatewaysModel::remove(const QString &uri)
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon || !daemon->isConnected()) {
        setOperation(uri, 0, tr("The daemon is not running."));
        Q_EMIT operationFailed(uri, tr("The daemon is not running."));
        return;
    }
    setOperation(uri, +1, {});
    daemon->channel()->removeGateway(uri, this, [this, uri](const Backend::RpcResult<bool> &result) {
        if (!result.ok() && !result.error.is(Backend::RpcCode::NotFound)) {
            setOperation(uri, -1, result.error.message);
            Q_EMIT operationFailed(uri, result.error.message);
            return;
        }
        const int row = rowOf(uri);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            Q_EMIT countChanged();
            changed();
        }
        Q_EMIT removed(uri);
    });
}

void GatewaysModel::setPort(const QString &uri, const QString &port)
{
    change(uri, &Backend::DaemonChannel::setGatewayLocalPort, port.trimmed());
}

void GatewaysModel::setDatabaseName(const QString &uri, const QString &name)
{
    change(uri, &Backend::DaemonChannel::setGatewayTargetSubresourceName, name.trimmed());
}

void GatewaysModel::change(const QString &uri, ChangeCall call, const QString &value)
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon || !daemon->isConnected()) {
        setOperation(uri, 0, tr("The daemon is not running."));
        Q_EMIT operationFailed(uri, tr("The daemon is not running."));
        return;
    }
    setOperation(uri, +1, {});
    (daemon->channel()->*call)(uri, value, this, [this, uri](const Backend::RpcResult<Backend::GatewayInfo> &result) {
        if (!result.ok()) {
            setOperation(uri, -1, result.error.message);
            Q_EMIT operationFailed(uri, result.error.message);
            return;
        }
        upsert(*result.value);
        setOperation(uri, -1, {});
    });
}

void GatewaysModel::copyCommand(const QString &uri) const
{
    const int row = rowOf(uri);
    auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (row >= 0 && application) {
        QGuiApplication::clipboard()->setText(m_rows.at(row).gateway.cliCommand);
    }
}

} // namespace Teleterm::Models
