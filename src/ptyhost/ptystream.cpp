#include "ptystream.h"

#include "callerlanguage.h"
#include "ptyhostlogging.h"
#include "ptyregistry.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Teleterm::PtyHost
{

namespace
{

// Output is merged into one message up to this size while the previous one is on its way.
constexpr qsizetype MessageBytes = 64 * 1024;

} // namespace

PtyStream::PtyStream(PtyRegistry *registry, QString language)
    : m_registry(registry)
    , m_language(std::move(language))
{
    StartRead(&m_incoming);
}

void PtyStream::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_registry, std::move(work), Qt::QueuedConnection);
}

void PtyStream::OnReadDone(bool ok)
{
    post([this, ok] {
        if (!ok) {
            // The client closed its side or went away: the PTY goes on without it.
            detach();
            finish(grpc::Status::OK);
            return;
        }
        handle(m_incoming);
    });
}

void PtyStream::OnWriteDone(bool ok)
{
    post([this, ok] {
        m_writing = false;
        m_queuedBytes -= m_writingBytes;
        m_writingBytes = 0;
        if (!ok) {
            detach();
            finish(grpc::Status(grpc::StatusCode::CANCELLED, ServiceText::tr("the client went away").toStdString()));
            return;
        }
        if (m_pty && m_queuedBytes <= LowWater) {
            m_pty->setOutputPaused(false);
        }
        pump();
    });
}

void PtyStream::OnCancel()
{
    post([this] {
        detach();
        finish(grpc::Status::CANCELLED);
    });
}

void PtyStream::OnDone()
{
    post([this] {
        qCDebug(TELETERM_PTYHOST) << "stream done";
        detach();
        delete this;
    });
}

void PtyStream::handle(const ptyhost::v1::PtyClientEvent &event)
{
    const CallerLanguage::Scope speaking(m_language);
    if (m_finishWith) {
        return;
    }
    if (!m_pty) {
        if (!event.has_start()) {
            finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("the first event must be start").toStdString()));
            return;
        }
        start(event.start());
    } else if (event.has_data()) {
        m_pty->write(QByteArray::fromStdString(event.data().data()));
    } else if (event.has_resize()) {
        m_pty->resize(quint16(qMin(event.resize().columns(), 0xffffu)), quint16(qMin(event.resize().rows(), 0xffffu)));
        ptyhost::v1::PtyServerEvent resized;
        resized.mutable_resize()->set_columns(m_pty->columns());
        resized.mutable_resize()->set_rows(m_pty->rows());
        send(std::move(resized));
    } else if (event.has_start()) {
        finish(grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, ServiceText::tr("the stream is already attached").toStdString()));
        return;
    }
    readMore();
}

void PtyStream::start(const ptyhost::v1::PtyEventStart &start)
{
    const QString id = QString::fromStdString(start.id());
    PtyProcess *pty = m_registry->find(id);
    if (!pty) {
        finish(grpc::Status(grpc::StatusCode::NOT_FOUND, ServiceText::tr("no PTY %1").arg(id).toStdString()));
        return;
    }
    const bool reattached = pty->state() != PtyProcess::State::Created;
    if (!pty->attach(this, quint16(qMin(start.columns(), 0xffffu)), quint16(qMin(start.rows(), 0xffffu)))) {
        ptyhost::v1::PtyServerEvent error;
        error.mutable_start_error()->set_message(pty->startError().toStdString());
        send(std::move(error));
        finish(grpc::Status::OK);
        return;
    }
    m_pty = pty;
    qCDebug(TELETERM_PTYHOST).noquote() << "pty" << id << (reattached ? "reattached" : "attached");
    ptyhost::v1::PtyServerEvent open;
    open.mutable_open()->set_replay(pty->replay().toStdString());
    open.mutable_open()->set_reattached(reattached);
    open.mutable_open()->set_pid(pty->pid());
    open.mutable_open()->set_columns(pty->columns());
    open.mutable_open()->set_rows(pty->rows());
    send(std::move(open));
    if (pty->state() == PtyProcess::State::Exited) {
        ptyExited(pty->exit());
    }
}

void PtyStream::readMore()
{
    if (m_finishWith) {
        return;
    }
    if (m_pty && m_pty->pendingInput() >= PtyProcess::InputLimit) {
        m_readHeld = true; // ptyInputDrained() reads on
        return;
    }
    StartRead(&m_incoming);
}

void PtyStream::ptyOutput(const QByteArray &bytes)
{
    if (m_finishWith) {
        return;
    }
    if (!m_queue.empty() && m_queue.back().has_data() && qsizetype(m_queue.back().data().data().size()) < MessageBytes) {
        m_queue.back().mutable_data()->mutable_data()->append(bytes.constData(), size_t(bytes.size()));
    } else {
        ptyhost::v1::PtyServerEvent event;
        event.mutable_data()->set_data(bytes.constData(), size_t(bytes.size()));
        m_queue.push_back(std::move(event));
    }
    m_queuedBytes += bytes.size();
    if (m_queuedBytes >= HighWater && m_pty) {
        m_pty->setOutputPaused(true);
    }
    pump();
}

void PtyStream::ptyExited(const PtyExit &exit)
{
    ptyhost::v1::PtyServerEvent event;
    event.mutable_exit()->set_exit_code(exit.code);
    event.mutable_exit()->set_signal(exit.signal);
    send(std::move(event));
}

void PtyStream::ptyInputDrained()
{
    if (m_readHeld) {
        m_readHeld = false;
        readMore();
    }
}

void PtyStream::ptyDetached(DetachReason reason)
{
    // Said to this stream's client: not in the language of a stream that took its place, nor in the
    // host's own when it shuts down.
    const CallerLanguage::Scope speaking(m_language);
    m_pty = nullptr;
    switch (reason) {
    case DetachReason::Removed:
        finish(grpc::Status::OK);
        break;
    case DetachReason::Replaced:
        finish(grpc::Status(grpc::StatusCode::ABORTED, ServiceText::tr("another stream attached to this PTY").toStdString()));
        break;
    case DetachReason::ShuttingDown:
        finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, ServiceText::tr("the PTY host is shutting down").toStdString()));
        break;
    }
}

void PtyStream::send(ptyhost::v1::PtyServerEvent event)
{
    if (m_finishWith) {
        return;
    }
    m_queue.push_back(std::move(event));
    pump();
}

void PtyStream::pump()
{
    if (m_writing || m_finished) {
        return;
    }
    if (!m_queue.empty()) {
        m_outgoing = std::move(m_queue.front());
        m_queue.pop_front();
        m_writingBytes = m_outgoing.has_data() ? qsizetype(m_outgoing.data().data().size()) : 0;
        m_writing = true;
        StartWrite(&m_outgoing);
        return;
    }
    if (m_finishWith) {
        m_finished = true;
        qCDebug(TELETERM_PTYHOST) << "stream finishes with status" << m_finishWith->error_code();
        Finish(*m_finishWith);
    }
}

void PtyStream::finish(const grpc::Status &status)
{
    if (!m_finishWith) {
        m_finishWith = status;
    }
    if (!status.ok()) {
        m_queue.clear(); // nobody will read them
    }
    pump();
}

void PtyStream::detach()
{
    if (m_pty) {
        m_pty->detach(this);
        m_pty = nullptr;
    }
}

} // namespace Teleterm::PtyHost
