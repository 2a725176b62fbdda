#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// The tabs of the tab area ("documents", as Teleport Connect calls them), in the order shown,
// with the active one. Later issues add kinds (cluster resources, terminals, gateways); the
// operations here are those every tab has: open, close, close others, close to the right, move.
class DocumentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    // The current tab's uri (a cluster's for a resources tab); empty when there is none.
    Q_PROPERTY(QString currentUri READ currentUri NOTIFY currentIndexChanged)

public:
    enum class Kind {
        Welcome, // the start page: add a cluster, or (later) pick what to open
        Resources, // a cluster's servers, databases, Kubernetes clusters and apps; uri: the cluster's
        Terminal, // a PTY of the PTY host: a shell, or ssh to a server
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
        // How a terminal's program was started, to start it again: {program, args, tag}.
        LaunchRole,
        CwdRole, // a terminal's working directory, as last known
        // Something to tell about a terminal tab, once: e.g. that it was started again.
        NoticeRole,
        // A restored terminal's PTY as it was saved: to be found in the PTY host, or replaced.
        SavedPtyIdRole,
        // A tab in the background asks to be looked at (its terminal rang the bell); showing it
        // clears that.
        AttentionRole,
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

    // Opens a start page after the current tab and makes it current; returns its row.
    Q_INVOKABLE int openWelcome();
    // Shows the cluster's resources: its tab if one is open, else a new one after the current tab.
    // A `kind` ("server", "database", "kube", "app") or `search` asks the tab to show those.
    Q_INVOKABLE int openResources(const QString &clusterUri, const QString &clusterName, const QString &kind = {}, const QString &search = {});
    // Opens a terminal tab for a PTY after the current tab (or shows it, when one is open for it).
    // `launch` ({program, args, tag}) and `cwd` say how to start its program again.
    Q_INVOKABLE int openTerminal(const QString &title, const QString &ptyId, const QVariantMap &launch = {}, const QString &cwd = {});
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
    [[nodiscard]] int rowOfUri(const QString &uri) const;
    // The row of the terminal tab of a PTY, -1 when none.
    Q_INVOKABLE int rowOfPty(const QString &ptyId) const;
    // Closes the tabs of a cluster (and its leaves) that is gone.
    Q_INVOKABLE void closeCluster(const QString &clusterUri);
    Q_INVOKABLE void close(int row);
    Q_INVOKABLE void closeOthers(int row);
    Q_INVOKABLE void closeToTheRight(int row);
    // Moves the tab at `from` so that it ends up at `to`; the current tab stays current.
    Q_INVOKABLE bool move(int from, int to);

Q_SIGNALS:
    void countChanged();
    void currentIndexChanged();

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
    };

    int insertAfterCurrent(const Document &document);

    void removeRange(int first, int last);
    [[nodiscard]] bool isRow(int row) const
    {
        return row >= 0 && row < count();
    }

    QList<Document> m_documents;
    int m_current = -1;
    quint64 m_nextId = 1;
};

} // namespace Teleterm::Models
