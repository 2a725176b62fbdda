#pragma once

#include "documentsmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// Keeps the window's tabs across restarts: a moment after they change, their snapshot goes to the
// workspace file (JSON, written atomically, 0600), and a window that starts restores it. Terminal
// tabs' working directories are asked of the PTY host now and then, so that a shell that has to
// be started again (the host ended with the session) opens where the user was.
//
// File format (version 1), documented in docs/workspace.md:
//   {"version": 1, "current": ROW, "tabs": [{"kind": "welcome"|"resources"|"terminal", ...}]}
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Teleterm::Models::DocumentsModel *documents READ documents WRITE setDocuments NOTIFY documentsChanged)
    // The workspace file; empty keeps nothing (the default, for tests and previews).
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    // $XDG_STATE_HOME/teleterm/workspace.json
    Q_PROPERTY(QString defaultPath READ defaultPath CONSTANT)
    // Why the last read or write failed; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] DocumentsModel *documents() const
    {
        return m_documents;
    }
    void setDocuments(DocumentsModel *documents);
    [[nodiscard]] QString path() const
    {
        return m_path;
    }
    void setPath(const QString &path);
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

    // Restores the tabs from the file; false (and nothing changed) when there is none to restore.
    Q_INVOKABLE bool restore();
    // Writes the file now rather than a moment later.
    Q_INVOKABLE void saveNow();

    Q_INVOKABLE void clearError()
    {
        setError({});
    }

Q_SIGNALS:
    void documentsChanged();
    void pathChanged();
    void errorChanged();

private:
    void scheduleSave();
    void refreshDirectories();
    void setError(const QString &error);

    QPointer<DocumentsModel> m_documents;
    QString m_path;
    QString m_error;
    QJsonObject m_pending; // the tabs as last seen, to be written
    QTimer m_save;
    QTimer m_directories;
};

} // namespace Teleterm::Models
