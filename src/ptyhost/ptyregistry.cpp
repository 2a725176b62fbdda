#include "ptyregistry.h"

#include "ptyhostlogging.h"

#include <QUuid>

using namespace std::chrono_literals;

namespace Teleterm::PtyHost
{

namespace
{

// How long a program has between SIGHUP and SIGKILL.
constexpr auto HangUpGrace = 2s;
constexpr auto ShutdownGrace = 1s;

} // namespace

PtyRegistry::PtyRegistry(QObject *parent)
    : QObject(parent)
{
}

PtyRegistry::~PtyRegistry()
{
    hangUpAll();
}

QString PtyRegistry::create(PtySpec spec)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qCInfo(TELETERM_PTYHOST).noquote() << "pty" << id << "created for" << spec.path;
    m_processes.append(new PtyProcess(id, std::move(spec), this));
    return id;
}

PtyProcess *PtyRegistry::find(const QString &id) const
{
    for (PtyProcess *process : m_processes) {
        if (process->id() == id) {
            return process;
        }
    }
    return nullptr;
}

bool PtyRegistry::remove(const QString &id)
{
    PtyProcess *process = find(id);
    if (!process) {
        return false;
    }
    m_processes.removeOne(process);
    qCInfo(TELETERM_PTYHOST).noquote() << "pty" << id << "removed";
    process->remove(HangUpGrace); // it deletes itself once its program is gone
    return true;
}

void PtyRegistry::hangUpAll()
{
    // Its children, not only the listed ones: a removed PTY may still be waiting out its grace.
    const QList<PtyProcess *> all = findChildren<PtyProcess *>(Qt::FindDirectChildrenOnly);
    for (PtyProcess *process : all) {
        process->hangUpAndWait(ShutdownGrace);
    }
}

} // namespace Teleterm::PtyHost
