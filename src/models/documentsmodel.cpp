#include "documentsmodel.h"

#include "languagechange.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

// The kinds as the workspace file names them.
constexpr std::pair<DocumentsModel::Kind, QLatin1StringView> KindNames[] = {
    {DocumentsModel::Kind::Welcome, "welcome"_L1},
    {DocumentsModel::Kind::Resources, "resources"_L1},
    {DocumentsModel::Kind::Terminal, "terminal"_L1},
    {DocumentsModel::Kind::Gateway, "gateway"_L1},
    {DocumentsModel::Kind::Settings, "settings"_L1},
};

// What a gateway tab keeps of its gateway, to show it and to create it again.
QVariantMap gatewayLaunch(const QVariantMap &gateway)
{
    QVariantMap launch;
    for (const QString &key : {u"targetUri"_s, u"targetName"_s, u"targetUser"_s, u"localPort"_s, u"targetSubresourceName"_s}) {
        launch.insert(key, gateway.value(key).toString());
    }
    return launch;
}

QString gatewayCluster(const QVariantMap &launch)
{
    const QString target = launch.value(u"targetUri"_s).toString();
    const qsizetype dbs = target.lastIndexOf("/dbs/"_L1);
    return dbs < 0 ? QString() : target.left(dbs);
}

} // namespace

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // The start page's and the settings' titles are the window's words, in its language.
    Backend::whenLanguageChanges(this, [this] {
        for (int row = 0; row < count(); ++row) {
            const Kind kind = m_documents.at(row).kind;
            if (kind == Kind::Welcome || kind == Kind::Settings) {
                Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, TitleRole});
            }
        }
    });
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const Document &document = m_documents.at(index.row());
    switch (role) {
    case UriRole:
        return document.uri;
    case KindRole:
        return QVariant::fromValue(document.kind);
    case Qt::DisplayRole:
    case TitleRole:
        switch (document.kind) {
        case Kind::Welcome:
            return tr("Welcome", "the title of the start page's tab");
        case Kind::Settings:
            return tr("Settings", "the title of the settings view's tab");
        case Kind::Resources:
        case Kind::Terminal:
        case Kind::Gateway:
            return document.title;
        }
        break;
    case PtyIdRole:
        return document.ptyId;
    case FilterRole:
        return QVariantMap{{u"kind"_s, document.filterKind}, {u"search"_s, document.filterSearch}, {u"revision"_s, document.filterRevision}};
    case LaunchRole:
        return document.launch;
    case CwdRole:
        return document.cwd;
    case NoticeRole:
        return document.notice;
    case SavedPtyIdRole:
        return document.savedPtyId;
    case AttentionRole:
        return document.attention;
    case WorkspaceRole:
        return document.workspace;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> DocumentsModel::roleNames() const
{
    return {{UriRole, "uri"},
            {KindRole, "kind"},
            {TitleRole, "title"},
            {FilterRole, "filter"},
            {PtyIdRole, "ptyId"},
            {LaunchRole, "launch"},
            {CwdRole, "cwd"},
            {NoticeRole, "notice"},
            {AttentionRole, "attention"},
            {WorkspaceRole, "workspace"}};
}

void DocumentsModel::setCurrentIndex(int row)
{
    setCurrent(m_documents.isEmpty() ? -1 : std::clamp(row, 0, count() - 1));
}

void DocumentsModel::setCurrent(int row, bool force)
{
    // A tab of another workspace brings its workspace along.
    if (isRow(row) && m_documents.at(row).workspace != m_workspace) {
        m_workspace = m_documents.at(row).workspace;
        Q_EMIT workspaceChanged();
        Q_EMIT workspaceCountChanged();
        force = true;
    }
    if (row != m_current || force) {
        m_current = row;
        Q_EMIT currentIndexChanged();
    }
    if (isRow(m_current)) {
        m_frontOf.insert(m_workspace, m_documents.at(m_current).uri);
        if (m_documents.at(m_current).attention) {
            m_documents[m_current].attention = false;
            Q_EMIT dataChanged(index(m_current), index(m_current), {AttentionRole});
        }
    }
}

QString DocumentsModel::workspaceOf(const QString &clusterUri)
{
    const qsizetype leaves = clusterUri.indexOf("/leaves/"_L1);
    return leaves < 0 ? clusterUri : clusterUri.left(leaves);
}

int DocumentsModel::workspaceCount() const
{
    return int(workspaceRows().size());
}

QList<int> DocumentsModel::workspaceRows() const
{
    QList<int> rows;
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).workspace == m_workspace) {
            rows.append(int(row));
        }
    }
    return rows;
}

void DocumentsModel::setWorkspace(const QString &workspace)
{
    if (workspace == m_workspace) {
        return;
    }
    // The first cluster's workspace takes in what was opened before there was any cluster.
    if (m_workspace.isEmpty()) {
        for (qsizetype row = 0; row < m_documents.size(); ++row) {
            if (m_documents.at(row).workspace.isEmpty()) {
                m_documents[row].workspace = workspace;
                Q_EMIT dataChanged(index(int(row)), index(int(row)), {WorkspaceRole});
            }
        }
    }
    m_workspace = workspace;
    Q_EMIT workspaceChanged();
    Q_EMIT workspaceCountChanged();
    // Its tab in front, as it was left; else its first; else none.
    const QList<int> rows = workspaceRows();
    int front = rows.isEmpty() ? -1 : rows.first();
    for (const int row : rows) {
        if (m_documents.at(row).uri == m_frontOf.value(workspace)) {
            front = row;
        }
    }
    setCurrent(front, true);
}

void DocumentsModel::requestAttention(int row)
{
    if (isRow(row) && row != m_current && !m_documents.at(row).attention) {
        m_documents[row].attention = true;
        Q_EMIT dataChanged(index(row), index(row), {AttentionRole});
    }
}

int DocumentsModel::openWelcome()
{
    return insertAfterCurrent(Document{u"/docs/%1"_s.arg(m_nextId++), Kind::Welcome, {}, {}, {}, 0, {}});
}

int DocumentsModel::openSettings()
{
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).kind == Kind::Settings && m_documents.at(row).workspace == m_workspace) {
            setCurrent(int(row));
            return int(row);
        }
    }
    return insertAfterCurrent(Document{u"/docs/%1"_s.arg(m_nextId++), Kind::Settings, {}, {}, {}, 0, {}});
}

int DocumentsModel::openResources(const QString &clusterUri, const QString &clusterName, const QString &kind, const QString &search)
{
    setWorkspace(workspaceOf(clusterUri));
    const bool filtered = !kind.isEmpty() || !search.isEmpty();
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        Document &document = m_documents[row];
        if (document.kind == Kind::Resources && document.uri == clusterUri) {
            if (filtered) {
                document.filterKind = kind;
                document.filterSearch = search;
                ++document.filterRevision;
                Q_EMIT dataChanged(index(int(row)), index(int(row)), {FilterRole});
            }
            setCurrentIndex(int(row));
            return int(row);
        }
    }
    return insertAfterCurrent(Document{clusterUri, Kind::Resources, clusterName, kind, search, filtered ? 1 : 0, {}});
}

int DocumentsModel::openTerminal(const QString &title, const QString &ptyId, const QVariantMap &launch, const QString &cwd)
{
    if (const int row = rowOfPty(ptyId); row >= 0) {
        setCurrentIndex(row);
        return row;
    }
    Document document{u"/docs/%1"_s.arg(m_nextId++), Kind::Terminal, title, {}, {}, 0, ptyId};
    document.launch = launch;
    document.cwd = cwd;
    return insertAfterCurrent(document);
}

int DocumentsModel::openGateway(const QVariantMap &gateway)
{
    const QString uri = gateway.value(u"uri"_s).toString();
    if (!uri.startsWith("/gateways/"_L1)) {
        return -1;
    }
    if (const int row = rowOfUri(uri); row >= 0) {
        setGateway(uri, gateway);
        setCurrentIndex(row);
        return row;
    }
    const QVariantMap launch = gatewayLaunch(gateway);
    const QString cluster = gatewayCluster(launch);
    if (!cluster.isEmpty()) {
        setWorkspace(workspaceOf(cluster));
    }
    Document document{uri, Kind::Gateway, {}, {}, {}, 0, {}};
    document.title =
        tr("%1 as %2", "a gateway tab's title: database as user").arg(launch.value(u"targetName"_s).toString(), launch.value(u"targetUser"_s).toString());
    document.launch = launch;
    return insertAfterCurrent(document);
}

void DocumentsModel::setGateway(const QString &previousUri, const QVariantMap &gateway)
{
    const int row = rowOfUri(previousUri);
    const QString uri = gateway.value(u"uri"_s).toString();
    if (row < 0 || m_documents.at(row).kind != Kind::Gateway || !uri.startsWith("/gateways/"_L1)) {
        return;
    }
    Document &document = m_documents[row];
    QList<int> roles;
    if (document.uri != uri) {
        for (auto it = m_frontOf.begin(); it != m_frontOf.end(); ++it) {
            if (it.value() == document.uri) {
                it.value() = uri;
            }
        }
        document.uri = uri;
        roles << UriRole;
        if (row == m_current) {
            Q_EMIT currentIndexChanged(); // currentUri changed
        }
    }
    const QVariantMap launch = gatewayLaunch(gateway);
    if (document.launch != launch) {
        document.launch = launch;
        document.title =
            tr("%1 as %2", "a gateway tab's title: database as user").arg(launch.value(u"targetName"_s).toString(), launch.value(u"targetUser"_s).toString());
        roles << LaunchRole << TitleRole << Qt::DisplayRole;
    }
    if (!roles.isEmpty()) {
        Q_EMIT dataChanged(index(row), index(row), roles);
    }
}

void DocumentsModel::setPty(int row, const QString &ptyId, const QString &notice)
{
    if (!isRow(row) || m_documents.at(row).kind != Kind::Terminal) {
        return;
    }
    Document &document = m_documents[row];
    document.ptyId = ptyId;
    document.savedPtyId.clear();
    document.notice = notice;
    Q_EMIT dataChanged(index(row), index(row), {PtyIdRole, SavedPtyIdRole, NoticeRole});
}

void DocumentsModel::setCwd(int row, const QString &cwd)
{
    if (isRow(row) && m_documents.at(row).kind == Kind::Terminal && !cwd.isEmpty() && m_documents.at(row).cwd != cwd) {
        m_documents[row].cwd = cwd;
        Q_EMIT dataChanged(index(row), index(row), {CwdRole});
    }
}

void DocumentsModel::clearNotice(int row)
{
    if (isRow(row) && !m_documents.at(row).notice.isEmpty()) {
        m_documents[row].notice.clear();
        Q_EMIT dataChanged(index(row), index(row), {NoticeRole});
    }
}

QJsonObject DocumentsModel::snapshot() const
{
    QJsonArray tabs;
    for (const Document &document : m_documents) {
        QJsonObject tab;
        for (const auto &[kind, name] : KindNames) {
            if (kind == document.kind) {
                tab["kind"_L1] = name;
            }
        }
        switch (document.kind) {
        case Kind::Welcome:
        case Kind::Settings:
            break;
        case Kind::Resources:
            tab["cluster"_L1] = document.uri;
            tab["title"_L1] = document.title;
            break;
        case Kind::Terminal:
            tab["title"_L1] = document.title;
            tab["pty"_L1] = document.ptyId.isEmpty() ? document.savedPtyId : document.ptyId;
            tab["cwd"_L1] = document.cwd;
            tab["launch"_L1] = QJsonObject::fromVariantMap(document.launch);
            break;
        case Kind::Gateway:
            tab["gateway"_L1] = document.uri;
            tab["title"_L1] = document.title;
            tab["target"_L1] = QJsonObject::fromVariantMap(document.launch);
            break;
        }
        tab["workspace"_L1] = document.workspace;
        if (m_frontOf.value(document.workspace) == document.uri) {
            tab["front"_L1] = true;
        }
        tabs.append(tab);
    }
    return {{"version"_L1, 1}, {"current"_L1, m_current}, {"workspace"_L1, m_workspace}, {"tabs"_L1, tabs}};
}

void DocumentsModel::restoreSnapshot(const QJsonObject &snapshot)
{
    QList<Document> documents;
    QHash<QString, QString> fronts;
    const QJsonArray tabs = snapshot.value("tabs"_L1).toArray();
    for (const QJsonValue &value : tabs) {
        const QJsonObject tab = value.toObject();
        const QString kindName = tab.value("kind"_L1).toString();
        const auto known = std::find_if(std::begin(KindNames), std::end(KindNames), [&](const auto &entry) {
            return entry.second == kindName;
        });
        if (known == std::end(KindNames)) {
            continue; // written by a later version, or damaged: leave it out
        }
        Document document{u"/docs/%1"_s.arg(m_nextId++), known->first, tab.value("title"_L1).toString(), {}, {}, 0, {}};
        if (document.kind == Kind::Resources) {
            document.uri = tab.value("cluster"_L1).toString();
            if (!document.uri.startsWith("/clusters/"_L1)) {
                continue;
            }
        } else if (document.kind == Kind::Terminal) {
            document.savedPtyId = tab.value("pty"_L1).toString();
            document.cwd = tab.value("cwd"_L1).toString();
            document.launch = tab.value("launch"_L1).toObject().toVariantMap();
            if (document.savedPtyId.isEmpty() && document.launch.value(u"program"_s).toString().isEmpty()) {
                continue; // nothing to find it by and nothing to start again
            }
        } else if (document.kind == Kind::Gateway) {
            // Found again by its uri; if the daemon no longer has it, created again from its target.
            document.uri = tab.value("gateway"_L1).toString();
            document.launch = gatewayLaunch(tab.value("target"_L1).toObject().toVariantMap());
            const bool twice = std::any_of(documents.cbegin(), documents.cend(), [&](const Document &other) {
                return other.uri == document.uri;
            });
            if (!document.uri.startsWith("/gateways/"_L1) || twice) {
                continue;
            }
        }
        document.workspace = tab.value("workspace"_L1).toString();
        if (!document.workspace.isEmpty() && !document.workspace.startsWith("/clusters/"_L1)) {
            document.workspace.clear();
        }
        if (tab.value("front"_L1).toBool()) {
            fronts.insert(document.workspace, document.uri);
        }
        documents.append(document);
    }
    beginResetModel();
    m_documents = documents;
    endResetModel();
    m_frontOf = fronts;
    Q_EMIT countChanged();
    m_workspace = snapshot.value("workspace"_L1).toString();
    Q_EMIT workspaceChanged();
    Q_EMIT workspaceCountChanged();
    setCurrent(m_documents.isEmpty() ? -1 : std::clamp(snapshot.value("current"_L1).toInt(0), 0, count() - 1), true);
}

void DocumentsModel::setTitle(int row, const QString &title)
{
    if (isRow(row) && m_documents.at(row).kind == Kind::Terminal && !title.isEmpty() && m_documents.at(row).title != title) {
        m_documents[row].title = title;
        Q_EMIT dataChanged(index(row), index(row), {TitleRole, Qt::DisplayRole});
    }
}

int DocumentsModel::rowOfUri(const QString &uri) const
{
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).uri == uri) {
            return int(row);
        }
    }
    return -1;
}

int DocumentsModel::rowOfPty(const QString &ptyId) const
{
    if (ptyId.isEmpty()) {
        return -1;
    }
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).kind == Kind::Terminal && m_documents.at(row).ptyId == ptyId) {
            return int(row);
        }
    }
    return -1;
}

void DocumentsModel::closeCluster(const QString &clusterUri)
{
    QList<int> rows;
    for (qsizetype row = 0; row < m_documents.size(); ++row) {
        const QString &uri = m_documents.at(row).uri;
        if (m_documents.at(row).kind == Kind::Resources && (uri == clusterUri || uri.startsWith(clusterUri + "/leaves/"_L1))) {
            rows.append(int(row));
        }
    }
    removeRows(rows);
    // A root cluster that is gone takes its workspace along; what else was in it (terminals) goes
    // back to the workspace of no cluster, for the next cluster shown to take in.
    if (workspaceOf(clusterUri) == clusterUri) {
        for (qsizetype row = 0; row < m_documents.size(); ++row) {
            if (m_documents.at(row).workspace == clusterUri) {
                m_documents[row].workspace.clear();
                Q_EMIT dataChanged(index(int(row)), index(int(row)), {WorkspaceRole});
            }
        }
        m_frontOf.remove(clusterUri);
        if (m_workspace == clusterUri) {
            m_workspace.clear();
            Q_EMIT workspaceChanged();
            Q_EMIT workspaceCountChanged();
            const QList<int> rows = workspaceRows();
            setCurrent(rows.isEmpty() ? -1 : rows.first(), true);
        }
    }
}

int DocumentsModel::insertAfterCurrent(Document document)
{
    document.workspace = m_workspace;
    // After the current tab; at the end when the workspace has none in front.
    const int row = isRow(m_current) ? m_current + 1 : count();
    beginInsertRows({}, row, row);
    m_documents.insert(row, document);
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT workspaceCountChanged();
    setCurrent(row, true); // the rows moved under it: always announce the new current tab
    return row;
}

void DocumentsModel::close(int row)
{
    if (isRow(row)) {
        removeRows({row});
    }
}

void DocumentsModel::closeOthers(int row)
{
    if (!isRow(row)) {
        return;
    }
    QList<int> rows = workspaceRows();
    rows.removeOne(row);
    removeRows(rows);
}

void DocumentsModel::closeToTheRight(int row)
{
    if (!isRow(row)) {
        return;
    }
    QList<int> rows = workspaceRows();
    rows.erase(rows.begin(), std::upper_bound(rows.begin(), rows.end(), row));
    removeRows(rows);
}

bool DocumentsModel::moveBy(int row, int step)
{
    const QList<int> rows = workspaceRows();
    const qsizetype at = rows.indexOf(row);
    if (at < 0 || at + step < 0 || at + step >= rows.size()) {
        return false;
    }
    return move(row, rows.at(at + step));
}

void DocumentsModel::cycle(int step)
{
    const QList<int> rows = workspaceRows();
    if (rows.isEmpty()) {
        return;
    }
    const qsizetype at = std::max<qsizetype>(0, rows.indexOf(m_current));
    const qsizetype size = rows.size();
    setCurrent(rows.at(((at + step) % size + size) % size));
}

int DocumentsModel::positionOf(int row) const
{
    return int(workspaceRows().indexOf(row));
}

void DocumentsModel::activatePosition(int position)
{
    const QList<int> rows = workspaceRows();
    if (!rows.isEmpty() && position >= 0) {
        setCurrent(rows.at(std::min<qsizetype>(position, rows.size() - 1)));
    }
}

bool DocumentsModel::move(int from, int to)
{
    if (!isRow(from) || !isRow(to) || from == to) {
        return false;
    }
    // Qt's destination row is the row before which the item lands, counted before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_documents.move(from, to);
    endMoveRows();
    int current = m_current;
    if (current == from) {
        current = to;
    } else if (from < current && current <= to) {
        --current;
    } else if (to <= current && current < from) {
        ++current;
    }
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentIndexChanged();
    }
    return true;
}

void DocumentsModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty()) {
        return;
    }
    const QString currentUri = this->currentUri();
    const int currentRow = m_current;
    // From the last, in runs of neighbours, so that every row named is still where it was.
    for (qsizetype end = rows.size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && rows.at(begin - 1) == rows.at(begin) - 1) {
            --begin;
        }
        beginRemoveRows({}, rows.at(begin), rows.at(end - 1));
        m_documents.remove(rows.at(begin), end - begin);
        endRemoveRows();
        end = begin;
    }
    Q_EMIT countChanged();
    Q_EMIT workspaceCountChanged();
    // The tab that was current stays current if it survived; if it was closed, its right-hand
    // neighbour in the workspace takes over (the left one when it was last), as browsers do.
    int next = rowOfUri(currentUri);
    if (next < 0 && !currentUri.isEmpty()) {
        const int removedBefore = int(std::lower_bound(rows.cbegin(), rows.cend(), currentRow) - rows.cbegin());
        const int from = currentRow - removedBefore; // where the current tab's right neighbour is now
        const QList<int> left = workspaceRows();
        const auto right = std::lower_bound(left.cbegin(), left.cend(), from);
        next = right != left.cend() ? *right : left.isEmpty() ? -1 : left.last();
    }
    setCurrent(next, true); // the tab under the index may have changed: always announce
}

} // namespace Teleterm::Models
