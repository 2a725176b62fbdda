#include "terminals.h"

#include "ptyhostclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

// The user's login shell: $SHELL, else the account's, else sh.
QString loginShell()
{
    const QString shell = qEnvironmentVariable("SHELL");
    if (!shell.isEmpty() && QFileInfo(shell).isExecutable()) {
        return shell;
    }
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_shell && *account->pw_shell) {
        return QString::fromLocal8Bit(account->pw_shell);
    }
    return u"/bin/sh"_s;
}

QString cliProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + "/teleterm-cli"_L1;
    return QFileInfo(beside).isExecutable() ? beside : u"teleterm-cli"_s;
}

} // namespace

Terminals::Terminals(QObject *parent)
    : QObject(parent)
{
    if (Backend::PtyHostClient *host = Backend::PtyHostClient::instance()) {
        connect(host, &Backend::PtyHostClient::readyChanged, this, [this, host] {
            if (host->isReady()) {
                restore();
            }
        });
    }
}

void Terminals::setDocuments(DocumentsModel *documents)
{
    if (documents == m_documents) {
        return;
    }
    if (m_documents) {
        disconnect(m_documents, nullptr, this, nullptr);
    }
    m_documents = documents;
    if (documents) {
        // A terminal's tab that closes ends its PTY.
        connect(documents, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
            Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
            for (int row = first; row <= last && host; ++row) {
                const QString ptyId = m_documents->data(m_documents->index(row), DocumentsModel::PtyIdRole).toString();
                if (!ptyId.isEmpty()) {
                    host->killPty(ptyId);
                }
            }
        });
    }
    Q_EMIT documentsChanged();
    restore();
}

void Terminals::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void Terminals::restore()
{
    Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
    if (m_listing || !m_documents || !host || !host->isReady()) {
        return;
    }
    m_listing = true;
    // Only a PTY a tab had when the host was asked can be missing from its answer: one opened
    // meanwhile (a shell opened as the window starts) is not in it yet.
    QSet<QString> asked;
    for (int row = 0; row < m_documents->count(); ++row) {
        asked.insert(m_documents->data(m_documents->index(row), DocumentsModel::PtyIdRole).toString());
    }
    host->listPtys(this, [this, asked](const Backend::RpcResult<QList<Backend::PtyInfo>> &result) {
        m_listing = false;
        if (!m_documents) {
            return;
        }
        if (!result.ok()) {
            // A host that just went away: its client starts a new one, and being ready again
            // lists once more. Anything else is worth telling.
            if (!result.error.is(Backend::RpcCode::Unavailable)) {
                setError(tr("The terminals could not be listed: %1").arg(result.error.message));
            }
            return;
        }
        QSet<QString> alive;
        for (const Backend::PtyInfo &pty : *result.value) {
            alive.insert(pty.id);
        }
        for (int row = 0; row < m_documents->count(); ++row) {
            const QModelIndex index = m_documents->index(row);
            if (m_documents->data(index, DocumentsModel::KindRole).value<DocumentsModel::Kind>() != DocumentsModel::Kind::Terminal) {
                continue;
            }
            const QString saved = m_documents->data(index, DocumentsModel::SavedPtyIdRole).toString();
            const QString current = m_documents->data(index, DocumentsModel::PtyIdRole).toString();
            if (!current.isEmpty()) {
                // A host that is not the one the tab knew (it died and a new one started).
                if (asked.contains(current) && !alive.contains(current)) {
                    m_documents->setPty(row, {}, tr("The terminal host stopped, and this terminal with it."));
                }
                continue;
            }
            // A tab restored from the workspace: its PTY if the host still has it, else its
            // program again (the host ended with the session that held it) unless the tab already
            // says what became of it, or is being started.
            if (!saved.isEmpty() && alive.contains(saved)) {
                m_documents->setPty(row, saved);
            } else if (!m_documents->data(index, DocumentsModel::NoticeRole).toString().isEmpty()
                       || m_starting.contains(m_documents->data(index, DocumentsModel::UriRole).toString())) {
                continue;
            } else if (m_documents->data(index, DocumentsModel::LaunchRole).toMap().value(u"tag"_s) == "shell"_L1) {
                relaunch(row, true); // a local shell: nothing is lost by a new one where it was
            } else {
                // A session elsewhere (ssh) is started again only when the user asks.
                m_documents->setPty(row, {}, tr("This session ended while Teleterm was closed."));
            }
        }
        // PTYs the host holds that no tab shows (the window had not saved its tabs, or another
        // window opened them).
        for (const Backend::PtyInfo &pty : *result.value) {
            if (m_documents->rowOfPty(pty.id) < 0) {
                const QString title = pty.title.isEmpty() ? tr("Terminal") : pty.title;
                m_documents->openTerminal(title, pty.id, launchOf(pty.path, pty.args, pty.tag, title), pty.cwd);
            }
        }
    });
}

QVariantMap Terminals::launchOf(const QString &program, const QStringList &args, const QString &tag, const QString &title)
{
    return {{u"program"_s, program}, {u"args"_s, args}, {u"tag"_s, tag}, {u"title"_s, title}};
}

void Terminals::create(const QVariantMap &launch, const QString &cwd, std::function<void(const QString &ptyId, const QString &error)> done)
{
    Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
    if (!host) {
        done({}, tr("There is no terminal host."));
        return;
    }
    Backend::PtySpec spec;
    spec.path = launch.value(u"program"_s).toString();
    spec.args = launch.value(u"args"_s).toStringList();
    spec.cwd = cwd;
    spec.env = {{u"COLORTERM"_s, u"truecolor"_s}, {u"TERM_PROGRAM"_s, u"Teleterm"_s}};
    const QVariantMap env = launch.value(u"env"_s).toMap();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        spec.env.insert(it.key(), it.value().toString());
    }
    spec.title = launch.value(u"title"_s).toString();
    spec.tag = launch.value(u"tag"_s).toString();
    host->createPty(spec, this, [done = std::move(done)](const Backend::RpcResult<QString> &result) {
        if (result.ok()) {
            done(*result.value, {});
        } else {
            done({}, result.error.message);
        }
    });
}

void Terminals::open(const QVariantMap &launch, const QString &cwd)
{
    if (!m_documents) {
        setError(tr("There is no terminal host."));
        return;
    }
    create(launch, cwd, [this, launch, cwd](const QString &ptyId, const QString &error) {
        if (ptyId.isEmpty()) {
            setError(tr("Cannot open a terminal: %1").arg(error));
            return;
        }
        setError({});
        if (m_documents) {
            m_documents->openTerminal(launch.value(u"title"_s).toString(), ptyId, launch, cwd);
        }
    });
}

void Terminals::relaunch(int row, bool restored)
{
    if (!m_documents || row < 0 || row >= m_documents->count()) {
        return;
    }
    const QModelIndex index = m_documents->index(row);
    const QVariantMap launch = m_documents->data(index, DocumentsModel::LaunchRole).toMap();
    const QString uri = m_documents->data(index, DocumentsModel::UriRole).toString();
    if (launch.value(u"program"_s).toString().isEmpty()) {
        m_documents->setPty(row, {}, tr("This terminal is gone, and how it was started is not known."));
        return;
    }
    QString cwd = m_documents->data(index, DocumentsModel::CwdRole).toString();
    if (cwd.isEmpty() || !QFileInfo(cwd).isDir()) {
        cwd = QDir::homePath();
    }
    // The PTY it had (its program ended): let go of once the new one is in place.
    const QString previous = m_documents->data(index, DocumentsModel::PtyIdRole).toString();
    m_starting.insert(uri);
    create(launch, cwd, [this, uri, cwd, restored, previous](const QString &ptyId, const QString &error) {
        m_starting.remove(uri);
        // The tab may have moved or closed meanwhile.
        const int at = m_documents ? m_documents->rowOfUri(uri) : -1;
        if (at < 0) {
            if (!ptyId.isEmpty()) {
                if (Backend::PtyHostClient *host = Backend::PtyHostClient::instance()) {
                    host->killPty(ptyId);
                }
            }
            return;
        }
        if (ptyId.isEmpty()) {
            m_documents->setPty(at, {}, tr("This terminal could not be started again: %1").arg(error));
            return;
        }
        const QString where = QDir::toNativeSeparators(cwd);
        // Started again at the user's word: nothing to tell. Restored: say why it is a new one.
        m_documents->setPty(at, ptyId, restored ? tr("The previous shell ended with the terminal host; this one was started in %1.").arg(where) : QString());
        if (!previous.isEmpty() && previous != ptyId) {
            if (Backend::PtyHostClient *host = Backend::PtyHostClient::instance()) {
                host->killPty(previous);
            }
        }
    });
}

void Terminals::startAgain(int row)
{
    relaunch(row, false);
}

void Terminals::currentDirectory(int row, std::function<void(const QString &cwd)> done)
{
    const bool terminal = m_documents && row >= 0 && row < m_documents->count()
        && m_documents->data(m_documents->index(row), DocumentsModel::KindRole).value<DocumentsModel::Kind>() == DocumentsModel::Kind::Terminal;
    const QString known = terminal ? m_documents->data(m_documents->index(row), DocumentsModel::CwdRole).toString() : QString();
    const QString fallback = known.isEmpty() ? QDir::homePath() : known;
    const QString ptyId = terminal ? m_documents->data(m_documents->index(row), DocumentsModel::PtyIdRole).toString() : QString();
    Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
    if (ptyId.isEmpty() || !host) {
        done(fallback);
        return;
    }
    host->ptyCwd(ptyId, this, [fallback, done = std::move(done)](const Backend::RpcResult<QString> &cwd) {
        done(cwd.ok() && !cwd.value->isEmpty() ? *cwd.value : fallback);
    });
}

void Terminals::openShell()
{
    const QString shell = loginShell();
    const QVariantMap launch = launchOf(shell, {u"-l"_s}, u"shell"_s, QFileInfo(shell).fileName());
    // In the directory of the terminal in front, as a new tab of a terminal opens.
    currentDirectory(m_documents ? m_documents->currentIndex() : -1, [this, launch](const QString &cwd) {
        open(launch, cwd);
    });
}

void Terminals::openSsh(const QString &clusterName, const QString &login, const QString &server, const QString &proxyHost)
{
    const QString title = login + u'@' + server;
    QVariantMap launch = launchOf(cliProgram(), {u"ssh"_s, u"--cluster"_s, clusterName, title}, u"ssh"_s, title);
    QVariantMap env{{u"TELEPORT_CLUSTER"_s, clusterName}};
    if (!proxyHost.isEmpty()) {
        env.insert(u"TELEPORT_PROXY"_s, proxyHost);
    }
    launch.insert(u"env"_s, env);
    open(launch, QDir::homePath());
}

void Terminals::openCommand(const QString &title, const QString &command)
{
    if (command.trimmed().isEmpty()) {
        setError(tr("There is no command to run."));
        return;
    }
    open(launchOf(u"/bin/sh"_s, {u"-c"_s, command}, u"command"_s, title), QDir::homePath());
}

void Terminals::duplicate(int row)
{
    if (!m_documents || row < 0 || row >= m_documents->count()) {
        return;
    }
    const QVariantMap launch = m_documents->data(m_documents->index(row), DocumentsModel::LaunchRole).toMap();
    if (launch.value(u"program"_s).toString().isEmpty()) {
        setError(tr("This tab cannot be duplicated."));
        return;
    }
    m_documents->setCurrentIndex(row); // the copy opens beside it
    currentDirectory(row, [this, launch](const QString &cwd) {
        open(launch, cwd);
    });
}

} // namespace Teleterm::Models
