#pragma once

#include "ptyprocess.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

namespace Teleterm::PtyHost
{

// Every PTY the host holds, oldest first. It lives on the host's I/O thread with its PTYs; the
// gRPC side reaches it only by posting there.
class PtyRegistry : public QObject
{
    Q_OBJECT

public:
    explicit PtyRegistry(QObject *parent = nullptr);
    ~PtyRegistry() override;

    // Registers a PTY (its program starts when a stream first attaches) and returns its id.
    QString create(PtySpec spec);
    [[nodiscard]] PtyProcess *find(const QString &id) const;
    [[nodiscard]] const QList<PtyProcess *> &processes() const
    {
        return m_processes;
    }
    // Forgets the PTY and hangs up its program; false for an unknown id.
    bool remove(const QString &id);
    // The host is stopping: every client is let go and every program hung up and waited for.
    void hangUpAll();

private:
    QList<PtyProcess *> m_processes;
};

} // namespace Teleterm::PtyHost
