#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace grpc
{
class ClientContext;
}

namespace Teleterm::Backend
{

// Keeps the context of every call in flight, so that an owner going away can cancel them all and
// wait until no callback can reach it any more. Thread-safe: calls begin on the GUI thread and
// finish on gRPC's threads.
class CallTracker
{
public:
    CallTracker() = default;
    ~CallTracker();
    CallTracker(const CallTracker &) = delete;
    CallTracker &operator=(const CallTracker &) = delete;

    // A context for a new call that gives up after `timeout`.
    [[nodiscard]] std::shared_ptr<grpc::ClientContext> begin(std::chrono::milliseconds timeout);
    // Called from a call's completion, as its last act, with the completion's last reference to
    // the context: the context is destroyed here, before an owner waiting in cancelAllAndWait()
    // goes on to tear the channel down (a context destroyed after that would release its call
    // into a channel that is gone).
    void finish(std::shared_ptr<grpc::ClientContext> context);
    // Cancels every call in flight and returns once each has finished.
    void cancelAllAndWait();
    [[nodiscard]] std::size_t inFlight() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    std::unordered_set<std::shared_ptr<grpc::ClientContext>> m_calls;
};

} // namespace Teleterm::Backend
