#include "clustersmodel.h"

#include "daemonclient.h"

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

ClustersModel::ClustersModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &ClustersModel::refresh);
    m_timer.start();
    if (Backend::DaemonClient *daemon = Backend::DaemonClient::instance()) {
        connect(daemon, &Backend::DaemonClient::stateChanged, this, [this, daemon] {
            if (daemon->isConnected()) {
                refresh();
            }
        });
        // A certificate that expired, a profile changed by tsh or another Teleterm: list again.
        connect(daemon, &Backend::DaemonClient::clusterEvent, this, &ClustersModel::refresh);
        connect(daemon, &Backend::DaemonClient::reloginSettled, this, &ClustersModel::refresh);
        if (daemon->isConnected()) {
            refresh();
        }
    }
}

int ClustersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ClustersModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const Backend::ClusterInfo &cluster = m_rows.at(index.row());
    switch (role) {
    case UriRole:
        return cluster.uri;
    case Qt::DisplayRole:
    case NameRole:
        return cluster.name;
    case ProxyHostRole:
        return cluster.proxyHost;
    case ConnectedRole:
        return cluster.connected;
    case LeafRole:
        return cluster.leaf;
    case UserNameRole:
        return cluster.userName;
    case RolesRole:
        return cluster.roles;
    case LoginsRole:
        return cluster.logins;
    case ValidUntilRole:
        return cluster.validUntil;
    case ExpiredRole:
        return !cluster.userName.isEmpty() && !cluster.connected;
    case ProxyVersionRole:
        return cluster.proxyVersion;
    case ProfileErrorRole:
        return cluster.profileError;
    case UnreachableRole:
        // A leaf its root reports offline, while the root's session is good.
        return m_unreachable.contains(cluster.uri) || (cluster.leaf && !cluster.connected && !cluster.userName.isEmpty());
    default:
        return {};
    }
}

QHash<int, QByteArray> ClustersModel::roleNames() const
{
    return {{UriRole, "uri"},
            {NameRole, "name"},
            {ProxyHostRole, "proxyHost"},
            {ConnectedRole, "connected"},
            {LeafRole, "leaf"},
            {UserNameRole, "userName"},
            {RolesRole, "roles"},
            {LoginsRole, "logins"},
            {ValidUntilRole, "validUntil"},
            {ExpiredRole, "expired"},
            {ProxyVersionRole, "proxyVersion"},
            {ProfileErrorRole, "profileError"},
            {UnreachableRole, "unreachable"}};
}

int ClustersModel::rowOf(const QString &uri) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).uri == uri) {
            return int(row);
        }
    }
    return -1;
}

QVariantMap ClustersModel::get(const QString &uri) const
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

void ClustersModel::setReachable(const QString &uri, bool reachable)
{
    bool changed = false;
    if (reachable) {
        changed = m_unreachable.remove(uri);
    } else if (!m_unreachable.contains(uri)) {
        m_unreachable.insert(uri);
        changed = true;
    }
    const int row = rowOf(uri);
    if (changed && row >= 0) {
        Q_EMIT dataChanged(index(row), index(row), {UnreachableRole});
        ++m_revision;
        Q_EMIT revisionChanged();
    }
}

void ClustersModel::settle(int delta)
{
    const bool was = loading();
    m_pending += delta;
    if (was != loading()) {
        Q_EMIT loadingChanged();
    }
}

void ClustersModel::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void ClustersModel::refresh()
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon || !daemon->isConnected()) {
        return;
    }
    settle(+1);
    daemon->channel()->listRootClusters(this, [this, daemon](const Backend::RpcResult<QList<Backend::ClusterInfo>> &result) {
        settle(-1);
        if (!result.ok()) {
            setError(result.error.message);
            return;
        }
        setError({});
        applyRoots(*result.value);
        // Each logged-in root's leaves, asked of its proxy; a root that does not answer keeps the
        // leaves it had.
        for (const Backend::ClusterInfo &root : *result.value) {
            if (!root.connected) {
                applyLeaves(root.uri, {});
                continue;
            }
            settle(+1);
            daemon->channel()->listLeafClusters(root.uri, this, [this, uri = root.uri](const Backend::RpcResult<QList<Backend::ClusterInfo>> &leaves) {
                settle(-1);
                if (leaves.ok()) {
                    applyLeaves(uri, *leaves.value);
                }
            });
        }
    });
}

void ClustersModel::logout(const QString &uri, bool remove)
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon) {
        return;
    }
    settle(+1);
    daemon->channel()->logout(uri, remove, this, [this](const Backend::RpcResult<bool> &result) {
        settle(-1);
        setError(result.ok() ? QString() : result.error.message);
        refresh();
    });
}

void ClustersModel::applyRoots(const QList<Backend::ClusterInfo> &roots)
{
    QList<Backend::ClusterInfo> wanted;
    for (const Backend::ClusterInfo &root : roots) {
        wanted.append(root);
        for (const Backend::ClusterInfo &row : std::as_const(m_rows)) {
            if (row.leaf && row.uri.startsWith(root.uri + "/leaves/"_L1)) {
                wanted.append(row);
            }
        }
    }
    apply(wanted);
}

void ClustersModel::applyLeaves(const QString &rootUri, const QList<Backend::ClusterInfo> &leaves)
{
    QList<Backend::ClusterInfo> wanted;
    for (const Backend::ClusterInfo &row : std::as_const(m_rows)) {
        if (row.leaf && row.uri.startsWith(rootUri + "/leaves/"_L1)) {
            continue;
        }
        wanted.append(row);
        if (row.uri == rootUri) {
            wanted.append(leaves);
        }
    }
    apply(wanted);
}

void ClustersModel::apply(const QList<Backend::ClusterInfo> &wanted)
{
    const int before = count();
    // Rows no longer wanted go first, from the bottom up.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        const QString uri = m_rows.at(row).uri;
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(), [&](const Backend::ClusterInfo &cluster) {
            return cluster.uri == uri;
        });
        if (!kept) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Then each wanted row in its place: updated, moved up, or inserted.
    for (qsizetype row = 0; row < wanted.size(); ++row) {
        const Backend::ClusterInfo &cluster = wanted.at(row);
        if (row < m_rows.size() && m_rows.at(row).uri == cluster.uri) {
            if (!(m_rows.at(row) == cluster)) {
                m_rows[row] = cluster;
                Q_EMIT dataChanged(index(int(row)), index(int(row)));
            }
            continue;
        }
        const int at = rowOf(cluster.uri);
        if (at > row) {
            beginMoveRows({}, at, at, {}, int(row));
            m_rows.move(at, row);
            endMoveRows();
            if (!(m_rows.at(row) == cluster)) {
                m_rows[row] = cluster;
                Q_EMIT dataChanged(index(int(row)), index(int(row)));
            }
            continue;
        }
        beginInsertRows({}, int(row), int(row));
        m_rows.insert(row, cluster);
        endInsertRows();
    }
    if (before != count()) {
        Q_EMIT countChanged();
    }
    ++m_revision;
    Q_EMIT revisionChanged();
}

} // namespace Teleterm::Models
