#pragma once

#include "clustertypes.h"
#include "daemonchannel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// One cluster's servers, databases, Kubernetes clusters and apps, a page at a time (fetchMore), so
// that a cluster of 100,000 servers scrolls without listing them all. The query (kinds, search,
// labels, sort) is applied by the cluster: changing it cancels what is in flight and starts over;
// typing in the search is settled for a moment first. A cluster that cannot be reached leaves what
// was listed in place, marked offline (stale), and the model tries again by itself, waiting longer
// each time, until the cluster answers.
class ResourcesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString clusterUri READ clusterUri WRITE setClusterUri NOTIFY queryChanged)
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY queryChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY queryChanged)
    // Labels every resource must have, as "name=value".
    Q_PROPERTY(QStringList labels READ labels WRITE setLabels NOTIFY queryChanged)
    Q_PROPERTY(QString sortField READ sortField WRITE setSortField NOTIFY queryChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY queryChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY queryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The error is that the user is not logged in (or the session expired): log in, then reload.
    Q_PROPERTY(bool needsLogin READ needsLogin NOTIFY errorChanged)
    // The cluster (or the way to it) did not answer: the rows are what was listed before.
    Q_PROPERTY(bool offline READ offline NOTIFY errorChanged)
    // When the rows shown were last confirmed by the cluster.
    Q_PROPERTY(QDateTime listedAt READ listedAt NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY loadingChanged)

public:
    enum Role {
        UriRole = Qt::UserRole + 1,
        KindRole,
        NameRole,
        DisplayNameRole,
        LabelsRole, // "name=value" strings
        AddressRole,
        DescriptionRole,
        ProtocolRole,
        PublicAddressRole,
        LoginsRole,
    };
    Q_ENUM(Role)

    explicit ResourcesModel(QObject *parent = nullptr);
    ~ResourcesModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // The next page, if there is one and none is on its way: for a view whose delegate model
    // does not ask (see ResourcesPage's list).
    Q_INVOKABLE void fetchNextPage()
    {
        fetchMore({});
    }

    [[nodiscard]] QString clusterUri() const
    {
        return m_query.clusterUri;
    }
    void setClusterUri(const QString &uri);
    [[nodiscard]] QStringList kinds() const
    {
        return m_query.kinds;
    }
    void setKinds(const QStringList &kinds);
    [[nodiscard]] QString search() const
    {
        return m_query.search;
    }
    void setSearch(const QString &search);
    [[nodiscard]] QStringList labels() const;
    void setLabels(const QStringList &labels);
    [[nodiscard]] QString sortField() const
    {
        return m_query.sortField;
    }
    void setSortField(const QString &field);
    [[nodiscard]] bool sortDescending() const
    {
        return m_query.sortDescending;
    }
    void setSortDescending(bool descending);
    [[nodiscard]] int pageSize() const
    {
        return m_query.limit;
    }
    void setPageSize(int size);

    [[nodiscard]] bool loading() const
    {
        return m_loading;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    [[nodiscard]] bool needsLogin() const
    {
        return m_needsLogin;
    }
    [[nodiscard]] bool offline() const
    {
        return m_offline;
    }
    [[nodiscard]] QDateTime listedAt() const
    {
        return m_listedAt;
    }
    [[nodiscard]] int count() const
    {
        return int(m_rows.size());
    }
    // Every page is here.
    [[nodiscard]] bool complete() const
    {
        return m_started && m_nextKey.isEmpty() && !loading();
    }

    // Adds "name=value" to the label filter, or takes it away when it is there.
    Q_INVOKABLE void toggleLabel(const QString &label);
    // Lists again from the first page (to see what changed).
    Q_INVOKABLE void reload();
    // Asks again for what failed (the first page or the next), keeping what is shown.
    Q_INVOKABLE void retry();

Q_SIGNALS:
    void queryChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

private:
    void restart(bool settleFirst = false);
    void requestPage();
    void setError(const QString &error, bool needsLogin = false, bool offline = false);

    Backend::ResourceQuery m_query;
    QList<Backend::ResourceInfo> m_rows;
    QString m_nextKey;
    bool m_started = false; // a first page was asked for this query
    QString m_error;
    bool m_needsLogin = false;
    bool m_offline = false;
    QDateTime m_listedAt;
    QTimer m_retry; // the next try after the cluster did not answer
    std::chrono::seconds m_retryDelay{};
    Backend::DaemonChannel::Call m_call;
    bool m_loading = false;
    quint64 m_generation = 0; // answers to an older query are dropped
    QTimer m_settle; // lets typing in the search settle before asking
};

} // namespace Teleterm::Models
