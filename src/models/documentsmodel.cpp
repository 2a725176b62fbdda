#include "documentsmodel.h"

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
};

} // namespace

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
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
        case Kind::Resources:
        case Kind::Terminal:
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
            {AttentionRole, "attention"}};
}

void DocumentsModel::setCurrentIndex(int row)
{
    const int bounded = m_documents.isEmpty() ? -1 : std::clamp(row, 0, count() - 1);
    if (bounded != m_current) {
        m_current = bounded;
        Q_EMIT currentIndexChanged();
    }
    if (isRow(m_current) && m_documents.at(m_current).attention) {
        m_documents[m_current].attention = false;
        Q_EMIT dataChanged(index(m_current), index(m_current), {AttentionRole});
    }
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

int DocumentsModel::openResources(const QString &clusterUri, const QString &clusterName, const QString &kind, const QString &search)
{
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
        }
        tabs.append(tab);
    }
    return {{"version"_L1, 1}, {"current"_L1, m_current}, {"tabs"_L1, tabs}};
}

void DocumentsModel::restoreSnapshot(const QJsonObject &snapshot)
{
    QList<Document> documents;
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
        }
        documents.append(document);
    }
    beginResetModel();
    m_documents = documents;
    endResetModel();
    Q_EMIT countChanged();
    m_current = -2;
    setCurrentIndex(snapshot.value("current"_L1).toInt(0));
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
    for (qsizetype row = m_documents.size() - 1; row >= 0; --row) {
        const QString &uri = m_documents.at(row).uri;
        if (m_documents.at(row).kind == Kind::Resources && (uri == clusterUri || uri.startsWith(clusterUri + "/leaves/"_L1))) {
            removeRange(int(row), int(row));
        }
    }
}

int DocumentsModel::insertAfterCurrent(const Document &document)
{
    const int row = m_current + 1;
    beginInsertRows({}, row, row);
    m_documents.insert(row, document);
    endInsertRows();
    Q_EMIT countChanged();
    m_current = -1; // the rows moved under it: always announce the new current tab
    setCurrentIndex(row);
    return row;
}

void DocumentsModel::close(int row)
{
    if (isRow(row)) {
        removeRange(row, row);
    }
}

void DocumentsModel::closeOthers(int row)
{
    if (!isRow(row)) {
        return;
    }
    if (row + 1 < count()) {
        removeRange(row + 1, count() - 1);
    }
    if (row > 0) {
        removeRange(0, row - 1);
    }
}

void DocumentsModel::closeToTheRight(int row)
{
    if (isRow(row) && row + 1 < count()) {
        removeRange(row + 1, count() - 1);
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

void DocumentsModel::removeRange(int first, int last)
{
    const int current = m_current;
    beginRemoveRows({}, first, last);
    m_documents.remove(first, last - first + 1);
    endRemoveRows();
    Q_EMIT countChanged();
    // The tab that was current stays current if it survived; if it was closed, its right-hand
    // neighbour takes over (the left one when it was last), as browsers do.
    int next = current;
    if (current > last) {
        next = current - (last - first + 1);
    } else if (current >= first) {
        next = first;
    }
    m_current = -2; // no row is -2: the announcement is forced, as the tab under the index changed
    setCurrentIndex(next);
}

} // namespace Teleterm::Models
