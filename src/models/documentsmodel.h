#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The tabs of the tab area ("documents", as Teleport Connect calls them), in the order shown,
// with the active one. Later issues add kinds (cluster resources, terminals, gateways); the
// operations here are those every tab has: open, close, close others, close to the right, move.
//
// Tabs belong to workspaces, one per root cluster, as in Teleport Connect: the tab bar shows the
// current workspace's tabs (the others' are hidden), showing a cluster's resources switches to its
// workspace, and each workspace remembers its tab in front. Before there is any cluster, tabs live
// in the workspace "" and the first cluster's workspace takes them in. Rows are the model's own
// (all workspaces); the operations that go by neighbours (close others, move by one, cycle) stay
// inside the current workspace.
class DocumentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    // The current tab's uri (a cluster's for a resources tab); empty when there is none.
    Q_PROPERTY(QString currentUri READ currentUri NOTIFY currentIndexChanged)
    // The current workspace: a root cluster's uri, or "" before there is one.
    Q_PROPERTY(QString workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // How many tabs the current workspace has.
    Q_PROPERTY(int workspaceCount READ workspaceCount NOTIFY workspaceCountChanged)

public:
    enum class Kind {
        Welcome, // the start page: add a cluster, or (later) pick what to open
        Resources, // a cluster's servers, databases, Kubernetes clusters and apps; uri: the cluster's
        Terminal, // a PTY of the PTY host: a shell, or ssh to a server
        Gateway, // a local proxy to a database; uri: the gateway's (/gateways/ID)
        Settings, // the settings view: theme, language, terminal, shortcuts
    };
    Q_ENUM(Kind)

    enum Role {
        UriRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        // For a resources tab, what to show when asked from elsewhere (the sidebar):
        // {kind, search, revision}; the revision grows with each request.
        FilterRole,
        PtyIdRole, // a terminal's PTY in the PTY host; empty while a restored tab waits for it
        // How a terminal's program was started, to start it again: {program, args, tag}. For a
        // gateway, what to create it again with: {targetUri, targetName, targetUser, localPort,
        // targetSubresourceName}.
        LaunchRole,
        CwdRole, // a terminal's working directory, as last known
        // Something to tell about a terminal tab, once: e.g. that it was started again.
        NoticeRole,
        // A restored terminal's PTY as it was saved: to be found in the PTY host, or replaced.
        SavedPtyIdRole,
        // A tab in the background asks to be looked at (its terminal rang the bell); showing it
        // clears that.
        AttentionRole,
        WorkspaceRole, // the root cluster's uri the tab belongs to, "" before there is one
    };
    Q_ENUM(Role)

    explicit DocumentsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const
    {
        return int(m_documents.size());
    }
    [[nodiscard]] int currentIndex() const
    {
        return m_current;
    }
    void setCurrentIndex(int row);
    [[nodiscard]] QString currentUri() const
    {
        return isRow(m_current) ? m_documents.at(m_current).uri : QString();
    }
    [[nodiscard]] QString workspace() const
    {
        return m_workspace;
    }
    void setWorkspace(const QString &workspace);
    [[nodiscard]] int workspaceCount() const;
    // The workspace of a cluster (its root's uri).
    [[nodiscard]] static QString workspaceOf(const QString &clusterUri);

    // Opens a start page after the current tab and makes it current; returns its row.
    Q_INVOKABLE int openWelcome();
    // The settings tab of the current workspace: shown again if there is one, else opened.
    Q_INVOKABLE int openSettings();
    // Shows the cluster's resources: its tab if one is open, else a new one after the current tab.
    // A `kind` ("server", "database", "kube", "app") or `search` asks the tab to show those.
    Q_INVOKABLE int openResources(const QString &clusterUri, const QString &clusterName, const QString &kind = {}, const QString &search = {});
    // Opens a terminal tab for a PTY after the current tab (or shows it, when one is open for it).
    // `launch` ({program, args, tag}) and `cwd` say how to start its program again.
    Q_INVOKABLE int openTerminal(const QString &title, const QString &ptyId, const QVariantMap &launch = {}, const QString &cwd = {});
    // Shows the tab of a gateway (as GatewaysModel::get() describes it): its tab if one is open,
    // else a new one after the current tab, in the workspace of the database's cluster.
    Q_INVOKABLE int openGateway(const QVariantMap &gateway);
    // What a gateway tab knows of its gateway, again (its port or database name changed, or it was
    // created again under a new uri when `previousUri` is given).
    Q_INVOKABLE void setGateway(const QString &previousUri, const QVariantMap &gateway);
    // Gives a terminal tab its PTY (a restored tab, or one whose program was started again).
    void setPty(int row, const QString &ptyId, const QString &notice = {});
    void setCwd(int row, const QString &cwd);
    Q_INVOKABLE void clearNotice(int row);
    // Marks a tab in the background as wanting attention; the current tab never needs it.
    Q_INVOKABLE void requestAttention(int row);

    // The tabs as JSON, for the workspace file, and back. Restoring replaces every tab; a
    // terminal tab comes back without its PTY (SavedPtyIdRole says which it had).
    [[nodiscard]] QJsonObject snapshot() const;
    void restoreSnapshot(const QJsonObject &snapshot);
    // A terminal's title changed (the program set it).
    Q_INVOKABLE void setTitle(int row, const QString &title);
    // The row of the tab with this uri, -1 when none.
    Q_INVOKABLE int rowOfUri(const QString &uri) const;
    // The row of the terminal tab of a PTY, -1 when none.
    Q_INVOKABLE int rowOfPty(const QString &ptyId) const;
    // Closes the tabs of a cluster (and its leaves) that is gone.
    Q_INVOKABLE void closeCluster(const QString &clusterUri);
    Q_INVOKABLE void close(int row);
    Q_INVOKABLE void closeOthers(int row);
    Q_INVOKABLE void closeToTheRight(int row);
    // Moves the tab at `from` so that it ends up at `to`; the current tab stays current.
    Q_INVOKABLE bool move(int from, int to);
    // Moves a tab `step` places among its workspace's tabs (Ctrl+Shift+PgUp/PgDn, the menu).
    Q_INVOKABLE bool moveBy(int row, int step);
    // Makes the tab `step` places from the current one (cyclically, in its workspace) current.
    Q_INVOKABLE void cycle(int step);
    // Makes the workspace's tab at `position` (from 0; the last one if there are fewer) current.
    Q_INVOKABLE void activatePosition(int position);
    // Where the tab at `row` is among its workspace's tabs (from 0); -1 when in another workspace.
    Q_INVOKABLE int positionOf(int row) const;

Q_SIGNALS:
    void countChanged();
    void currentIndexChanged();
    void workspaceChanged();
    void workspaceCountChanged();

private:
    struct Document {
        QString uri;
        Kind kind;
        QString title; // empty: the kind's own
        QString filterKind;
        QString filterSearch;
        int filterRevision = 0;
        QString ptyId;
        QVariantMap launch;
        QString cwd;
        QString notice;
        QString savedPtyId;
        bool attention = false;
        QString workspace;
    };

    int insertAfterCurrent(Document document);
    // The rows of the current workspace, in order.
    [[nodiscard]] QList<int> workspaceRows() const;
    // Removes the rows (any order); the current tab stays current if it survives, else a
    // neighbour in its workspace takes over (the right one, the left one when it was last).
    void removeRows(QList<int> rows);
    void setCurrent(int row, bool force = false);
    [[nodiscard]] bool isRow(int row) const
    {
        return row >= 0 && row < count();
    }

    QList<Document> m_documents;
    int m_current = -1;
    QString m_workspace;
    QHash<QString, QString> m_frontOf; // workspace -> uri of its tab in front
    quint64 m_nextId = 1;
};

} // namespace Teleterm::Models
