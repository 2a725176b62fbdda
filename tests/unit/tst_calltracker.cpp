#include "calltracker.h"

#include <grpcpp/client_context.h>

#include <QTest>

#include <atomic>
#include <thread>

using namespace std::chrono_literals;
using Teleterm::Backend::CallTracker;

class TestCallTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextsCarryTheDeadline()
    {
        CallTracker tracker;
        const auto before = std::chrono::system_clock::now();
        auto context = tracker.begin(500ms);
        QVERIFY(context->deadline() >= before + 500ms);
        QVERIFY(context->deadline() <= std::chrono::system_clock::now() + 500ms);
        QCOMPARE(tracker.inFlight(), std::size_t(1));
        tracker.finish(context);
        QCOMPARE(tracker.inFlight(), std::size_t(0));
    }

    void cancelAllWaitsForEveryCallToFinish()
    {
        CallTracker tracker;
        auto first = tracker.begin(10s);
        auto second = tracker.begin(10s);
        std::atomic<int> finished = 0;
        // Stands in for gRPC's threads, which complete calls some time after they are cancelled.
        std::thread completions([&] {
            std::this_thread::sleep_for(50ms);
            ++finished;
            tracker.finish(first);
            std::this_thread::sleep_for(50ms);
            ++finished;
            tracker.finish(second);
        });
        tracker.cancelAllAndWait();
        QCOMPARE(finished.load(), 2);
        QCOMPARE(tracker.inFlight(), std::size_t(0));
        completions.join();
    }
};

QTEST_GUILESS_MAIN(TestCallTracker)
#include "tst_calltracker.moc"
