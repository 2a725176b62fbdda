#pragma once

#include "clustertypes.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The user's clusters as the sidebar shows them: each root cluster followed by its leaves (the
// `leaf` role tells them apart), with who is logged in and until when. Fed by the daemon; refreshed
// when the daemon (re)connects, when asked, and every half minute (certificates expire on their
// own). Rows are kept, updated in place, inserted and removed by URI, never reset.
class ClustersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Changes whenever any row does, for bindings that read rows with get().
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum Role {
        UriRole = Qt::UserRole + 1,
        NameRole,
        ProxyHostRole,
        ConnectedRole,
        LeafRole,
        UserNameRole,
        RolesRole,
        LoginsRole,
        ValidUntilRole,
        ExpiredRole, // logged in once, the certificate has expired since
        ProxyVersionRole,
        ProfileErrorRole,
        UnreachableRole, // a view of the cluster could not reach it lately (or a leaf is offline)
    };
    Q_ENUM(Role)

    explicit ClustersModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loading() const
    {
        return m_pending > 0;
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

    Q_INVOKABLE void refresh();
    // Logs out of a root cluster (and forgets it when `remove`), then lists the clusters again.
    Q_INVOKABLE void logout(const QString &uri, bool remove);
    // What a view of the cluster learned: it answers, or it does not (shown in the sidebar).
    Q_INVOKABLE void setReachable(const QString &uri, bool reachable);
    // The row of a cluster, -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString &uri) const;
    // A cluster's name, user and state, for views that show one cluster.
    Q_INVOKABLE QVariantMap get(const QString &uri) const;

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void countChanged();
    void revisionChanged();

private:
    void applyRoots(const QList<Backend::ClusterInfo> &roots);
    void applyLeaves(const QString &rootUri, const QList<Backend::ClusterInfo> &leaves);
    // Makes the rows `wanted`, with as few changes as it takes.
    void apply(const QList<Backend::ClusterInfo> &wanted);
    void setError(const QString &error);
    void settle(int delta);

    QList<Backend::ClusterInfo> m_rows;
    QSet<QString> m_unreachable; // cluster URIs
    QString m_error;
    int m_pending = 0;
    int m_revision = 0;
    QTimer m_timer;
};

} // namespace Teleterm::Models
