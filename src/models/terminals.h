#pragma once

#include "documentsmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Models
{

// Opens terminal tabs: a local shell (the user's login shell, in the current terminal's
// directory) or ssh to a server of a cluster, each a PTY of the PTY host. When the host is
// reached, every PTY it holds gets its tab back (a window that restarted finds its terminals);
// closing a terminal's tab ends its PTY.
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
    // ssh LOGIN@SERVER in `clusterName` (teleterm-cli ssh: OpenSSH with the cluster's certificate).
    Q_INVOKABLE void openSsh(const QString &clusterName, const QString &login, const QString &server);

Q_SIGNALS:
    void documentsChanged();
    void errorChanged();

private:
    void open(const QString &program, const QStringList &args, const QString &cwd, const QString &title, const QString &tag);
    void restore();
    void setError(const QString &error);

    QPointer<DocumentsModel> m_documents;
    QString m_error;
    bool m_restored = false;
};

} // namespace Teleterm::Models
