#include "resourcesmodel.h"

#include "daemonclient.h"
#include "modelslogging.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

// How long the model waits before asking an unreachable cluster again: doubling up to a bound.
constexpr std::chrono::seconds FirstRetry{2};
constexpr std::chrono::seconds LongestRetry{15};

} // namespace

ResourcesModel::ResourcesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(std::chrono::milliseconds(250));
    connect(&m_settle, &QTimer::timeout, this, [this] {
        restart();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ResourcesModel::retry);
    m_retryDelay = FirstRetry;
    if (Backend::DaemonClient *daemon = Backend::DaemonClient::instance()) {
        // A daemon that comes back: ask again for what failed while it was away.
        connect(daemon, &Backend::DaemonClient::stateChanged, this, [this, daemon] {
            if (daemon->isConnected() && !m_error.isEmpty()) {
                retry();
            }
        });
    }
}

ResourcesModel::~ResourcesModel()
{
    Backend::DaemonChannel::cancel(m_call);
}

int ResourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ResourcesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const Backend::ResourceInfo &resource = m_rows.at(index.row());
    switch (role) {
    case UriRole:
        return resource.uri;
    case KindRole:
        return resource.kind;
    case NameRole:
        return resource.name;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return resource.displayName;
    case LabelsRole: {
        QStringList labels;
        for (const auto &[name, value] : resource.labels) {
            labels << name + u'=' + value;
        }
        return labels;
    }
    case AddressRole:
        return resource.address;
    case DescriptionRole:
        return resource.description;
    case ProtocolRole:
        return resource.protocol;
    case PublicAddressRole:
        return resource.publicAddress;
    case LoginsRole:
        return resource.logins;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResourcesModel::roleNames() const
{
    return {{UriRole, "uri"},
            {KindRole, "kind"},
            {NameRole, "name"},
            {DisplayNameRole, "displayName"},
            {LabelsRole, "labels"},
            {AddressRole, "address"},
            {DescriptionRole, "description"},
            {ProtocolRole, "protocol"},
            {PublicAddressRole, "publicAddress"},
            {LoginsRole, "logins"}};
}

bool ResourcesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_nextKey.isEmpty() && !loading() && m_error.isEmpty();
}

void ResourcesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        requestPage();
    }
}

void ResourcesModel::setClusterUri(const QString &uri)
{
    if (uri != m_query.clusterUri) {
        m_query.clusterUri = uri;
        Q_EMIT queryChanged();
        restart();
    }
}

void ResourcesModel::setKinds(const QStringList &kinds)
{
    if (kinds != m_query.kinds) {
        m_query.kinds = kinds;
        Q_EMIT queryChanged();
        restart();
    }
}

void ResourcesModel::setSearch(const QString &search)
{
    if (search != m_query.search) {
        m_query.search = search;
        Q_EMIT queryChanged();
        restart(true);
    }
}

QStringList ResourcesModel::labels() const
{
    QStringList labels;
    for (const auto &[name, value] : m_query.labels) {
        labels << name + u'=' + value;
    }
    return labels;
}

void ResourcesModel::setLabels(const QStringList &labels)
{
    QList<QPair<QString, QString>> parsed;
    for (const QString &label : labels) {
        const qsizetype equals = label.indexOf(u'=');
        if (equals > 0) {
            parsed.append({label.left(equals).trimmed(), label.mid(equals + 1).trimmed()});
        }
    }
    if (parsed != m_query.labels) {
        m_query.labels = parsed;
        Q_EMIT queryChanged();
        restart();
    }
}

void ResourcesModel::toggleLabel(const QString &label)
{
    QStringList current = labels();
    if (!current.removeOne(label)) {
        current.append(label);
    }
    setLabels(current);
}

void ResourcesModel::setSortField(const QString &field)
{
    if (field != m_query.sortField) {
        m_query.sortField = field;
        Q_EMIT queryChanged();
        restart();
    }
}

void ResourcesModel::setSortDescending(bool descending)
{
    if (descending != m_query.sortDescending) {
        m_query.sortDescending = descending;
        Q_EMIT queryChanged();
        restart();
    }
}

void ResourcesModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 1000);
    if (size != m_query.limit) {
        m_query.limit = size;
        Q_EMIT queryChanged();
    }
}

void ResourcesModel::reload()
{
    restart();
}

void ResourcesModel::retry()
{
    m_retry.stop();
    if (!m_error.isEmpty() && !m_loading && !m_settle.isActive() && !m_query.clusterUri.isEmpty()) {
        requestPage(); // the page that failed: the first, or the one after the rows shown
    }
}

void ResourcesModel::setError(const QString &error, bool needsLogin, bool offline)
{
    if (error != m_error || needsLogin != m_needsLogin || offline != m_offline) {
        m_error = error;
        m_needsLogin = needsLogin;
        m_offline = offline;
        Q_EMIT errorChanged();
    }
}

void ResourcesModel::restart(bool settleFirst)
{
    Backend::DaemonChannel::cancel(m_call);
    m_call.reset();
    m_loading = false;
    ++m_generation;
    // Before the reset: a view may ask for more (fetchMore) while it is told of it, and must not be
    // given the old listing's next page under the new query.
    m_nextKey.clear();
    m_started = false;
    if (!m_rows.isEmpty()) {
        beginResetModel(); // a new query: the old answer as a whole is gone
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    m_listedAt = {};
    m_retry.stop();
    m_retryDelay = FirstRetry;
    setError({});
    Q_EMIT loadingChanged();
    if (settleFirst) {
        m_settle.start();
        return;
    }
    m_settle.stop();
    if (!m_query.clusterUri.isEmpty()) {
        requestPage();
    }
}

void ResourcesModel::requestPage()
{
    Backend::DaemonClient *daemon = Backend::DaemonClient::instance();
    if (!daemon) {
        return;
    }
    Backend::ResourceQuery query = m_query;
    query.startKey = m_nextKey;
    m_started = true;
    m_loading = true;
    const quint64 generation = m_generation;
    m_call = daemon->channel()->listResources(query, this, [this, generation](const Backend::RpcResult<Backend::ResourcePage> &result) {
        if (generation != m_generation) {
            return; // the answer to a query that was replaced
        }
        m_call.reset();
        m_loading = false;
        if (!result.ok()) {
            using Backend::RpcCode;
            const bool unreachable = result.error.is(RpcCode::Unavailable) || result.error.is(RpcCode::DeadlineExceeded);
            setError(result.error.message, result.error.is(RpcCode::Unauthenticated), unreachable);
            if (unreachable) {
                m_retry.start(m_retryDelay);
                m_retryDelay = std::min(m_retryDelay * 2, LongestRetry);
            }
            Q_EMIT loadingChanged();
            return;
        }
        m_retryDelay = FirstRetry;
        m_listedAt = QDateTime::currentDateTime();
        setError({});
        // Where the next page starts is known before the rows go in: a view may ask for more
        // while they are being inserted.
        m_nextKey = result.value->nextKey;
        const QList<Backend::ResourceInfo> &page = result.value->resources;
        if (!page.isEmpty()) {
            beginInsertRows({}, count(), count() + int(page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
            Q_EMIT countChanged();
            // For bench/: when the first resources of any cluster reached this window, as
            // wall-clock time (start-up to a cluster's first page).
            static bool firstLogged = false;
            if (!std::exchange(firstLogged, true)) {
                qCInfo(TELETERM_MODELS).noquote() << "first resources at" << QDateTime::currentMSecsSinceEpoch() << "ms since the epoch";
            }
        }
        Q_EMIT loadingChanged();
    });
    Q_EMIT loadingChanged();
}

} // namespace Teleterm::Models
