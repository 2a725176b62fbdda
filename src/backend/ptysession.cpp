#include "ptysession.h"

#include "backendlogging.h"
#include "ptyhostclient.h"

#include <QPointer>

#include <deque>
#include <mutex>

#include <grpcpp/grpcpp.h>

namespace v1 = ptyhost::v1;

namespace Teleterm::Backend
{

class PtyStream;

// Between a session (GUI thread) and its stream's reactor (gRPC's threads): the reactor, until
// it is done. Whoever holds the mutex may use it; the reactor clears it before it goes.
struct PtyLink {
    std::mutex mutex;
    PtyStream *stream = nullptr;
};

// ManagePtyProcess as a reactor: writes are queued and sent one at a time; a chunk of output is
// read only after the session took the one before.
class PtyStream final : public grpc::ClientBidiReactor<v1::PtyClientEvent, v1::PtyServerEvent>
{
public:
    PtyStream(PtyHostClient *host, PtySession *session, std::shared_ptr<PtyLink> link)
        : m_host(host)
        , m_dispatcher(host->dispatcher())
        , m_session(session)
        , m_link(std::move(link))
        // Open for as long as the terminal and the window both live.
        , m_context(host->calls().begin(std::chrono::hours(24 * 365)))
    {
    }

    void start(const v1::PtyClientEvent &first)
    {
        m_link->stream = this;
        host()->stub()->async()->ManagePtyProcess(m_context.get(), this);
        AddHold(); // writes come from outside reactions until the host ends the stream
        send(first);
        StartRead(&m_read);
        StartCall();
    }

    // Called with the link's mutex held.
    void send(const v1::PtyClientEvent &event)
    {
        const std::lock_guard lock(m_mutex);
        if (m_over) {
            return;
        }
        m_writes.push_back(event);
        if (m_writes.size() == 1) {
            StartWrite(&m_writes.front());
        }
    }

    // Called with the link's mutex held: the session took the last output.
    void readMore()
    {
        const std::lock_guard lock(m_mutex);
        if (m_awaitingTaker && !m_over) {
            m_awaitingTaker = false;
            StartRead(&m_read);
        }
    }

    void cancel()
    {
        m_context->TryCancel();
        // Output waiting for a taker has no read pending; without one, the hold that keeps the
        // stream open would never go and the stream would never end (the window's teardown waits
        // for every stream). A read now fails at once, and takes the hold with it.
        const std::lock_guard lock(m_mutex);
        if (m_awaitingTaker && !m_over) {
            m_awaitingTaker = false;
            StartRead(&m_read);
        }
    }

    void OnWriteDone(bool ok) override
    {
        const std::lock_guard lock(m_mutex);
        m_writes.pop_front();
        if (!ok) {
            m_writes.clear(); // the stream is over; OnDone tells why
            return;
        }
        if (!m_writes.empty()) {
            StartWrite(&m_writes.front());
        }
    }

    void OnReadDone(bool ok) override
    {
        if (!ok) {
            {
                const std::lock_guard lock(m_mutex);
                m_over = true;
            }
            RemoveHold();
            return;
        }
        // Output waits for the session to take it before the next read; the flag is up before
        // the session can see the output, or its answer could come first and be lost.
        const bool waitForTaker = (m_read.has_open() && !m_read.open().replay().empty()) || m_read.has_data();
        if (waitForTaker) {
            const std::lock_guard lock(m_mutex);
            m_awaitingTaker = true;
        }
        switch (m_read.event_case()) {
        case v1::PtyServerEvent::kOpen: {
            const v1::PtyEventOpen &open = m_read.open();
            post([reattached = open.reattached(), replay = QByteArray::fromStdString(open.replay())](PtySession *session) {
                session->opened(reattached, replay);
            });
            break;
        }
        case v1::PtyServerEvent::kData:
            post([bytes = QByteArray::fromStdString(m_read.data().data())](PtySession *session) {
                Q_EMIT session->output(bytes);
            });
            break;
        case v1::PtyServerEvent::kExit:
            post([code = m_read.exit().exit_code(), signal = m_read.exit().signal()](PtySession *session) {
                session->exited(code, signal);
            });
            break;
        case v1::PtyServerEvent::kStartError:
            post([message = QString::fromStdString(m_read.start_error().message())](PtySession *session) {
                session->setState(PtySession::State::Failed, message);
            });
            break;
        default:
            break;
        }
        if (!waitForTaker) {
            const std::lock_guard lock(m_mutex);
            StartRead(&m_read);
        }
    }

    void OnDone(const grpc::Status &status) override
    {
        {
            const std::lock_guard lock(m_link->mutex);
            m_link->stream = nullptr;
        }
        post([code = int(status.error_code()), message = QString::fromStdString(status.error_message())](PtySession *session) {
            session->ended(code, message);
        });
        std::shared_ptr<grpc::ClientContext> context = std::move(m_context);
        PtyHostClient *host = m_host;
        delete this;
        host->calls().finish(std::move(context));
    }

private:
    [[nodiscard]] PtyHostClient *host() const
    {
        return m_host;
    }

    template<typename Work>
    void post(Work work)
    {
        QMetaObject::invokeMethod(
            m_dispatcher,
            [session = m_session, link = m_link, work = std::move(work)] {
                // Only for the session that made this stream, while it still uses it.
                if (session && session->m_link == link) {
                    work(session.data());
                }
            },
            Qt::QueuedConnection);
    }

    PtyHostClient *m_host;
    QObject *m_dispatcher;
    QPointer<PtySession> m_session;
    std::shared_ptr<PtyLink> m_link;
    std::shared_ptr<grpc::ClientContext> m_context;
    std::mutex m_mutex; // guards what follows
    std::deque<v1::PtyClientEvent> m_writes;
    bool m_awaitingTaker = false;
    bool m_over = false;
    v1::PtyServerEvent m_read;
};

PtySession::PtySession(QObject *parent)
    : Session(parent)
{
    if (PtyHostClient *host = PtyHostClient::instance()) {
        connect(host, &PtyHostClient::readyChanged, this, [this, host] {
            if (host->isReady() && m_state == State::Attaching && !m_link) {
                attach();
            }
        });
    }
}

PtySession::~PtySession()
{
    if (m_link) {
        const std::lock_guard lock(m_link->mutex);
        if (m_link->stream) {
            m_link->stream->cancel(); // detaches; the PTY lives on in the host
        }
    }
}

void PtySession::setPtyId(const QString &id)
{
    if (id == m_ptyId) {
        return;
    }
    m_ptyId = id;
    Q_EMIT ptyIdChanged();
    reattach();
}

void PtySession::reattach()
{
    if (m_link) {
        const std::lock_guard lock(m_link->mutex);
        if (m_link->stream) {
            m_link->stream->cancel();
        }
    }
    m_link.reset();
    if (m_ptyId.isEmpty()) {
        setState(State::Idle); // no PTY (yet): nothing to show, nothing failed
        return;
    }
    setState(State::Attaching);
    PtyHostClient *host = PtyHostClient::instance();
    if (host && host->isReady()) {
        attach();
    }
}

void PtySession::attach()
{
    PtyHostClient *host = PtyHostClient::instance();
    if (!host) {
        setState(State::Failed, tr("There is no terminal host."));
        return;
    }
    m_link = std::make_shared<PtyLink>();
    v1::PtyClientEvent first;
    first.mutable_start()->set_id(m_ptyId.toStdString());
    first.mutable_start()->set_rows(uint32_t(m_rows));
    first.mutable_start()->set_columns(uint32_t(m_columns));
    auto *stream = new PtyStream(host, this, m_link);
    const std::lock_guard lock(m_link->mutex);
    stream->start(first);
}

void PtySession::write(const QByteArray &bytes)
{
    constexpr qsizetype EarlyLimit = 64 * 1024;
    if (m_state == State::Idle || m_state == State::Attaching) {
        // Typed while the terminal opens: nothing typed is lost, within reason.
        if (m_early.size() + bytes.size() <= EarlyLimit) {
            m_early += bytes;
        }
        return;
    }
    if (!m_link || m_state != State::Running) {
        return;
    }
    v1::PtyClientEvent event;
    event.mutable_data()->set_data(bytes.toStdString());
    const std::lock_guard lock(m_link->mutex);
    if (m_link->stream) {
        m_link->stream->send(event);
    }
}

void PtySession::resize(int rows, int columns)
{
    if (rows == m_rows && columns == m_columns) {
        return;
    }
    m_rows = rows;
    m_columns = columns;
    if (!m_link) {
        return; // the start event carries it
    }
    v1::PtyClientEvent event;
    event.mutable_resize()->set_rows(uint32_t(rows));
    event.mutable_resize()->set_columns(uint32_t(columns));
    const std::lock_guard lock(m_link->mutex);
    if (m_link->stream) {
        m_link->stream->send(event);
    }
}

void PtySession::outputTaken()
{
    if (!m_link) {
        return;
    }
    const std::lock_guard lock(m_link->mutex);
    if (m_link->stream) {
        m_link->stream->readMore();
    }
}

void PtySession::setState(State state, const QString &error)
{
    if (state != m_state || error != m_error) {
        m_state = state;
        m_error = error;
        Q_EMIT stateChanged();
    }
}

void PtySession::opened(bool reattached, const QByteArray &replay)
{
    m_reattached = reattached;
    if (m_state == State::Attaching) {
        setState(State::Running);
    }
    Q_EMIT stateChanged();
    if (!replay.isEmpty()) {
        Q_EMIT output(replay);
    }
    if (!m_early.isEmpty()) {
        write(std::exchange(m_early, {}));
    }
}

void PtySession::exited(int code, int signal)
{
    m_exitCode = signal != 0 ? 128 + signal : code;
    setState(State::Exited, signal != 0 ? tr("ended by signal %1").arg(signal) : QString());
}

void PtySession::ended(int code, const QString &message)
{
    m_link.reset();
    if (m_state == State::Exited || m_state == State::Failed) {
        return;
    }
    const RpcError error{code, message};
    if (error.is(RpcCode::Cancelled)) {
        return; // we let go of it
    }
    if (error.is(RpcCode::Aborted)) {
        setState(State::Failed, tr("This terminal was opened in another window."));
    } else if (error.is(RpcCode::NotFound)) {
        setState(State::Failed, tr("This terminal is gone: %1").arg(message));
    } else {
        qCInfo(TELETERM_BACKEND).noquote() << "the stream of PTY" << m_ptyId << "ended:" << message;
        setState(State::Failed, tr("The terminal host stopped: %1").arg(message));
    }
}

} // namespace Teleterm::Backend
