#include "termination.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Teleterm
{

namespace
{

int signalPipe[2] = {-1, -1};

extern "C" void writeSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    const int saved = errno;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

} // namespace

void onTerminationSignal(std::function<void(int)> onSignal)
{
    Q_ASSERT(QCoreApplication::instance());
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qFatal("cannot create the signal pipe");
    }
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [onSignal = std::move(onSignal)] {
        unsigned char byte = 0;
        while (::read(signalPipe[0], &byte, 1) == 1) {
            onSignal(byte);
        }
    });
    struct sigaction action = {};
    action.sa_handler = writeSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signalNumber, &action, nullptr);
    }
    // A client that vanishes mid-write must not kill the service.
    ::signal(SIGPIPE, SIG_IGN);
}

} // namespace Teleterm
