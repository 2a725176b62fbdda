#pragma once

#include "documentsmodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>
#include <functional>

namespace Teleterm::Models
{

// Opens terminal tabs: a local shell (the user's login shell, in the current terminal's
// directory) or ssh to a server of a cluster, each a PTY of the PTY host. When the host is
// reached, every PTY it holds gets its tab back (a window that restarted finds its terminals), and
// a restored tab whose PTY the host no longer has starts its program again in its last directory.
// Closing a terminal's tab ends its PTY.
class Terminals : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Teleterm::Models::DocumentsModel *documents READ documents WRITE setDocuments NOTIFY documentsChanged)
    // Why the last terminal could not be opened; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit Terminals(QObject *parent = nullptr);

    [[nodiscard]] DocumentsModel *documents() const
    {
        return m_documents;
    }
    void setDocuments(DocumentsModel *documents);
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

    Q_INVOKABLE void openShell();
    // ssh LOGIN@SERVER in `clusterName` (teleterm-cli ssh: OpenSSH with the cluster's certificate),
    // with TELEPORT_PROXY (`proxyHost`) and TELEPORT_CLUSTER in its environment, as tsh sets them.
    Q_INVOKABLE void openSsh(const QString &clusterName, const QString &login, const QString &server, const QString &proxyHost = {});
    // A database client in a new tab: a gateway's command line (e.g. psql "postgres://…"), run
    // by /bin/sh as the daemon wrote it.
    Q_INVOKABLE void openCommand(const QString &title, const QString &command);
    // A new tab running what the terminal at `row` runs, in its current directory.
    Q_INVOKABLE void duplicate(int row);
    // Starts the program of the terminal at `row` again, in the same tab (its PTY is gone).
    Q_INVOKABLE void startAgain(int row);

    Q_INVOKABLE void clearError()
    {
        setError({});
    }

Q_SIGNALS:
    void documentsChanged();
    void errorChanged();

private:
    [[nodiscard]] static QVariantMap launchOf(const QString &program, const QStringList &args, const QString &tag, const QString &title);
    // Starts `launch` ({program, args, tag, title}) in a new PTY; `done` gets its id, or why not.
    void create(const QVariantMap &launch, const QString &cwd, std::function<void(const QString &ptyId, const QString &error)> done);
    void open(const QVariantMap &launch, const QString &cwd);
    // Starts the program of the tab at `row` again in its last directory, in the same tab.
    void relaunch(int row, bool restored);
    // The directory a terminal is in: asked of the host, else the last one known, else home.
    void currentDirectory(int row, std::function<void(const QString &cwd)> done);
    // Matches the tabs with the PTYs the host holds: when the window starts, and whenever the
    // host is reached again (a new host after one died has none of the old PTYs).
    void restore();
    void setError(const QString &error);

    QPointer<DocumentsModel> m_documents;
    QString m_error;
    bool m_listing = false;
    QSet<QString> m_starting; // the tabs (uris) whose program is being started again
};

} // namespace Teleterm::Models
