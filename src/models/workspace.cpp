#include "workspace.h"

#include "atomicfile.h"

#include "modelslogging.h"
#include "paths.h"
#include "ptyhostclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

constexpr std::chrono::milliseconds SaveDelay(400); // a burst of changes is written once
constexpr std::chrono::seconds DirectoryInterval(15);
constexpr qint64 LargestFile = 4 * 1024 * 1024; // a workspace is a few KiB; more is not ours

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    m_save.setSingleShot(true);
    m_save.setInterval(SaveDelay);
    connect(&m_save, &QTimer::timeout, this, &Workspace::saveNow);
    m_directories.setInterval(DirectoryInterval);
    connect(&m_directories, &QTimer::timeout, this, &Workspace::refreshDirectories);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
        if (m_save.isActive()) {
            saveNow();
        }
    });
}

Workspace::~Workspace()
{
    // The tabs may be gone already (the window is being taken down): what they last were is kept.
    if (m_save.isActive()) {
        saveNow();
    }
}

QString Workspace::defaultPath()
{
    return Paths::stateDirectory() + "/workspace.json"_L1;
}

void Workspace::setDocuments(DocumentsModel *documents)
{
    if (documents == m_documents) {
        return;
    }
    if (m_documents) {
        disconnect(m_documents, nullptr, this, nullptr);
    }
    m_documents = documents;
    if (documents) {
        connect(documents, &QAbstractItemModel::rowsInserted, this, &Workspace::scheduleSave);
        connect(documents, &QAbstractItemModel::rowsRemoved, this, &Workspace::scheduleSave);
        connect(documents, &QAbstractItemModel::rowsMoved, this, &Workspace::scheduleSave);
        connect(documents, &QAbstractItemModel::modelReset, this, &Workspace::scheduleSave);
        connect(documents, &QAbstractItemModel::dataChanged, this, &Workspace::scheduleSave);
        connect(documents, &DocumentsModel::currentIndexChanged, this, &Workspace::scheduleSave);
        // Leaving a terminal is a good moment to learn where it is.
        connect(documents, &DocumentsModel::currentIndexChanged, this, &Workspace::refreshDirectories);
    }
    Q_EMIT documentsChanged();
}

void Workspace::setPath(const QString &path)
{
    if (path != m_path) {
        m_path = path;
        Q_EMIT pathChanged();
        if (m_path.isEmpty()) {
            m_directories.stop();
        } else {
            m_directories.start();
        }
    }
}

void Workspace::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

bool Workspace::restore()
{
    if (m_path.isEmpty() || !m_documents) {
        return false;
    }
    QFile file(m_path);
    if (!file.exists()) {
        return false;
    }
    const auto damaged = [&](const QString &why) {
        // Kept aside for a person to look at; the next save starts afresh.
        const QString aside = m_path + ".damaged"_L1;
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        setError(tr("The saved tabs could not be read (%1); they were kept in %2.").arg(why, aside));
        qCWarning(TELETERM_MODELS).noquote() << "workspace" << m_path << "not restored:" << why;
        return false;
    };
    if (file.size() > LargestFile) {
        return damaged(tr("the file is too large"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("The saved tabs could not be read: %1").arg(file.errorString()));
        return false;
    }
    QJsonParseError parsed{};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !json.isObject()) {
        return damaged(parsed.error != QJsonParseError::NoError ? parsed.errorString() : tr("not a JSON object"));
    }
    if (json.object().value("version"_L1).toInt() != 1) {
        return damaged(tr("an unknown version"));
    }
    m_documents->restoreSnapshot(json.object());
    m_save.stop(); // what was just read needs no writing
    setError({});
    qCInfo(TELETERM_MODELS).noquote() << "restored" << m_documents->count() << "tabs from" << m_path;
    return m_documents->count() > 0;
}

void Workspace::saveNow()
{
    m_save.stop();
    if (m_documents) {
        m_pending = m_documents->snapshot();
    }
    if (m_path.isEmpty() || m_pending.isEmpty()) {
        return;
    }
    const Paths::PrivateDir dir = Paths::ensurePrivateDirectory(QFileInfo(m_path).absolutePath());
    if (!dir.ok()) {
        setError(tr("The tabs could not be saved: %1").arg(dir.error));
        qCWarning(TELETERM_MODELS).noquote() << "workspace not saved:" << dir.error;
        return;
    }
    // Written beside and renamed over: a full disk or a crash leaves the previous file whole.
    QString failure;
    if (!writeAtomically(m_path, QJsonDocument(m_pending).toJson(QJsonDocument::Indented), &failure)) {
        setError(tr("The tabs could not be saved: %1").arg(failure));
        qCWarning(TELETERM_MODELS).noquote() << "workspace not saved:" << failure;
        return;
    }
    setError({});
}

void Workspace::scheduleSave()
{
    if (!m_path.isEmpty() && m_documents) {
        m_pending = m_documents->snapshot(); // a few tabs: cheap, and safe from their going away
        m_save.start();
    }
}

void Workspace::refreshDirectories()
{
    Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
    if (!m_documents || !host || !host->isReady()) {
        return;
    }
    for (int row = 0; row < m_documents->count(); ++row) {
        const QString ptyId = m_documents->data(m_documents->index(row), DocumentsModel::PtyIdRole).toString();
        if (ptyId.isEmpty()) {
            continue;
        }
        host->ptyCwd(ptyId, this, [this, ptyId](const Backend::RpcResult<QString> &cwd) {
            // The tab may have moved or closed while the host answered.
            if (cwd.ok() && m_documents) {
                m_documents->setCwd(m_documents->rowOfPty(ptyId), *cwd.value);
            }
        });
    }
}

} // namespace Teleterm::Models
