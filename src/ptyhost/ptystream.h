#pragma once

#include "ptyprocess.h"

#include <QPointer>

#include <deque>
#include <functional>
#include <optional>

#include "ptyhost/v1/ptyhost.grpc.pb.h"

namespace Teleterm::PtyHost
{

class PtyRegistry;

// One ManagePtyProcess stream: a client attached to a PTY.
//
// gRPC calls its reactions on its own threads; each of them only posts the work to the
// registry's thread, where the PTY lives, so the stream's state has one owner and needs no lock.
// OnDone is gRPC's last call, so its posted work runs after every other and deletes the stream.
//
// Back-pressure: output waits in a queue while a write is in flight; once the queue holds
// HighWater bytes the PTY stops reading, and it reads again below LowWater. Keystrokes: the next
// read from the client waits while the PTY has InputLimit bytes it has not taken yet.
class PtyStream final : public grpc::ServerBidiReactor<ptyhost::v1::PtyClientEvent, ptyhost::v1::PtyServerEvent>, public PtyClient
{
public:
    static constexpr qsizetype HighWater = 256 * 1024;
    static constexpr qsizetype LowWater = 64 * 1024;

    // `language`: the one the client names, in which the stream speaks (a start error).
    PtyStream(PtyRegistry *registry, QString language);

    void OnReadDone(bool ok) override;
    void OnWriteDone(bool ok) override;
    void OnCancel() override;
    void OnDone() override;

    void ptyOutput(const QByteArray &bytes) override;
    void ptyExited(const PtyExit &exit) override;
    void ptyInputDrained() override;
    void ptyDetached(DetachReason reason) override;

private:
    ~PtyStream() = default;

    void post(std::function<void()> work);
    void handle(const ptyhost::v1::PtyClientEvent &event);
    void start(const ptyhost::v1::PtyEventStart &start);
    void readMore();
    void send(ptyhost::v1::PtyServerEvent event);
    void pump();
    // Ends the stream once what is queued is written (a failed status drops the queue). A client
    // that stopped reading holds its last write, and the stream, until it goes away or the server
    // stops (whose grace then cancels it): that costs it one message, not the PTY.
    void finish(const grpc::Status &status);
    void detach();

    PtyRegistry *const m_registry;
    const QString m_language;
    QPointer<PtyProcess> m_pty;
    ptyhost::v1::PtyClientEvent m_incoming;
    ptyhost::v1::PtyServerEvent m_outgoing; // the write in flight
    std::deque<ptyhost::v1::PtyServerEvent> m_queue;
    qsizetype m_queuedBytes = 0; // output queued or in flight
    qsizetype m_writingBytes = 0; // output in flight
    bool m_writing = false;
    bool m_readHeld = false;
    std::optional<grpc::Status> m_finishWith;
    bool m_finished = false;
};

} // namespace Teleterm::PtyHost
