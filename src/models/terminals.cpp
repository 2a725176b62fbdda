#include "terminals.h"

#include "ptyhostclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    if (m_restored || !m_documents || !host || !host->isReady()) {
        return;
    }
    m_restored = true;
    host->listPtys(this, [this](const Backend::RpcResult<QList<Backend::PtyInfo>> &result) {
        if (!result.ok() || !m_documents) {
            return;
        }
        for (const Backend::PtyInfo &pty : *result.value) {
            if (m_documents->rowOfPty(pty.id) < 0) {
                m_documents->openTerminal(pty.title.isEmpty() ? tr("Terminal") : pty.title, pty.id);
            }
        }
    });
}

void Terminals::open(const QString &program, const QStringList &args, const QString &cwd, const QString &title, const QString &tag)
{
    Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
    if (!host || !m_documents) {
        setError(tr("There is no terminal host."));
        return;
    }
    Backend::PtySpec spec;
    spec.path = program;
    spec.args = args;
    spec.cwd = cwd;
    spec.env = {{u"COLORTERM"_s, u"truecolor"_s}, {u"TERM_PROGRAM"_s, u"Teleterm"_s}};
    spec.title = title;
    spec.tag = tag;
    host->createPty(spec, this, [this, title](const Backend::RpcResult<QString> &result) {
        if (!result.ok()) {
            setError(tr("Cannot open a terminal: %1").arg(result.error.message));
            return;
        }
        setError({});
        if (m_documents) {
            m_documents->openTerminal(title, *result.value);
        }
    });
}

void Terminals::openShell()
{
    const QString shell = loginShell();
    const QString title = QFileInfo(shell).fileName();
    // In the directory of the terminal in front, as a new tab of a terminal opens.
    const QString current = m_documents ? m_documents->data(m_documents->index(m_documents->currentIndex()), DocumentsModel::PtyIdRole).toString() : QString();
    Backend::PtyHostClient *host = Backend::PtyHostClient::instance();
    if (current.isEmpty() || !host) {
        open(shell, {u"-l"_s}, QDir::homePath(), title, u"shell"_s);
        return;
    }
    host->ptyCwd(current, this, [this, shell, title](const Backend::RpcResult<QString> &cwd) {
        open(shell, {u"-l"_s}, cwd.value.value_or(QDir::homePath()), title, u"shell"_s);
    });
}

void Terminals::openSsh(const QString &clusterName, const QString &login, const QString &server)
{
    const QString title = login + u'@' + server;
    open(cliProgram(), {u"ssh"_s, u"--cluster"_s, clusterName, title}, QDir::homePath(), title, u"ssh"_s);
}

} // namespace Teleterm::Models
