// Throughput of the PTY host: what a program writes to its terminal, as it reaches a client over
// ManagePtyProcess, against the same bytes read straight from a pseudo-terminal.
//
//   bare PTY           forkpty() runs the program; this process reads the master, 64 KiB a read
//   teleterm-ptyhost   the real host (this build's), in a runtime directory of its own, runs the
//                      same program; this process reads the PTY's ManagePtyProcess stream
//
// The program is `cat` of the benchmark's coloured `ls -l` output (bench/lsoutput.h, with bare
// LF line ends for the PTY's line discipline to turn into CR LF, as ls's are) repeated to
// 256 MiB. MB is 10^6 bytes that reached the reader, a second is one of the wall clock: the bytes
// cross three processes, so no one thread's CPU time measures them.
#include "localchannel.h"
#include "lsoutput.h"
#include "measure.h"
#include "scratchhost.h"
#include "summary.h"

#include "ptyhost/v1/ptyhost.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{

constexpr qsizetype FileBytes = 32 * 1024 * 1024;
constexpr int Repeats = 8; // cat names the file 8 times: 256 MiB a run
constexpr int Columns = 120;
constexpr int Rows = 40;

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// What one run moved, and in how long.
struct Run {
    qint64 bytes = 0;
    double seconds = 0;
    double hostCpuSeconds = 0; // teleterm-ptyhost's user + system time during the run
    [[nodiscard]] double megabytesPerSecond() const
    {
        return double(bytes) / 1e6 / seconds;
    }
};

// The program both sides run: /bin/cat with the file named Repeats times.
std::vector<std::string> catArguments(const QString &file)
{
    return std::vector<std::string>(Repeats, QFile::encodeName(file).toStdString());
}

std::optional<Run> barePty(const QString &file)
{
    const std::vector<std::string> files = catArguments(file);
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>("cat"));
    for (const std::string &name : files) {
        argv.push_back(const_cast<char *>(name.c_str()));
    }
    argv.push_back(nullptr);

    winsize size = {};
    size.ws_col = Columns;
    size.ws_row = Rows;
    int master = -1;
    const double start = wallSeconds();
    const pid_t child = forkpty(&master, nullptr, nullptr, &size);
    if (child < 0) {
        std::perror("forkpty");
        return std::nullopt;
    }
    if (child == 0) {
        execv("/bin/cat", argv.data());
        _exit(127);
    }
    Run run;
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const ssize_t got = read(master, buffer.data(), buffer.size());
        if (got > 0) {
            run.bytes += got;
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else {
            break; // EIO: the program is gone and its output drained
        }
    }
    run.seconds = wallSeconds() - start;
    close(master);
    int status = 0;
    waitpid(child, &status, 0);
    return run;
}

// One teleterm-ptyhost in a scratch runtime directory, stopped on destruction.
class PtyHost
{
public:
    // A flooded host may take a while to stop: a minute before it is killed.
    PtyHost()
        : m_host(60000)
    {
    }
    ~PtyHost()
    {
        m_stub.reset();
        m_channel.reset();
    }
    PtyHost(const PtyHost &) = delete;
    PtyHost &operator=(const PtyHost &) = delete;
    [[nodiscard]] QByteArray errorTail() const
    {
        return m_host.errorTail();
    }

    // Starts the host and waits for its first answer to GetHealth.
    bool start()
    {
        if (!m_host.start()) {
            return false;
        }
        m_channel = Teleterm::makeLocalChannel(m_host.socketPath());
        m_stub = ptyhost::v1::PtyHostService::NewStub(m_channel);
        for (int attempt = 0; attempt < 200; ++attempt) {
            grpc::ClientContext context;
            context.set_deadline(std::chrono::system_clock::now() + 500ms);
            ptyhost::v1::Health health;
            if (m_stub->GetHealth(&context, {}, &health).ok()) {
                return true;
            }
            QThread::msleep(50);
        }
        return false;
    }

    // Runs cat of the file in a new PTY and reads its stream until the program's exit.
    std::optional<Run> cat(const QString &file)
    {
        ptyhost::v1::CreatePtyProcessRequest request;
        request.set_path("/bin/cat");
        for (const std::string &name : catArguments(file)) {
            request.add_args(name);
        }
        request.set_columns(Columns);
        request.set_rows(Rows);
        request.set_title("bench");
        ptyhost::v1::PtyId id;
        {
            grpc::ClientContext context;
            context.set_deadline(std::chrono::system_clock::now() + 10s);
            const grpc::Status status = m_stub->CreatePtyProcess(&context, request, &id);
            if (!status.ok()) {
                std::fprintf(stderr, "CreatePtyProcess: %s\n", status.error_message().c_str());
                return std::nullopt;
            }
        }

        Run run;
        bool exited = false;
        const double cpuBefore = Teleterm::Bench::cpuSeconds(m_host.pid());
        const double start = wallSeconds();
        {
            grpc::ClientContext context;
            const auto stream = m_stub->ManagePtyProcess(&context);
            // The program starts when the first stream attaches.
            ptyhost::v1::PtyClientEvent attach;
            attach.mutable_start()->set_id(id.id());
            attach.mutable_start()->set_columns(Columns);
            attach.mutable_start()->set_rows(Rows);
            stream->Write(attach);
            ptyhost::v1::PtyServerEvent event;
            while (!exited && stream->Read(&event)) {
                if (event.has_open()) {
                    run.bytes += qint64(event.open().replay().size());
                } else if (event.has_data()) {
                    run.bytes += qint64(event.data().data().size());
                } else if (event.has_exit()) {
                    exited = true;
                } else if (event.has_start_error()) {
                    std::fprintf(stderr, "the host could not start cat: %s\n", event.start_error().message().c_str());
                    break;
                }
            }
            run.seconds = wallSeconds() - start;
            run.hostCpuSeconds = Teleterm::Bench::cpuSeconds(m_host.pid()) - cpuBefore;
            context.TryCancel();
            stream->Finish();
        }
        // The host keeps an exited PTY (and its replay) until told to forget it.
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + 10s);
        ptyhost::v1::KillPtyProcessResponse killed;
        m_stub->KillPtyProcess(&context, id, &killed);
        return exited ? std::optional<Run>(run) : std::nullopt;
    }

private:
    Bench::ScratchHost m_host;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<ptyhost::v1::PtyHostService::Stub> m_stub;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void printRow(const char *what, const std::vector<Run> &runs)
{
    std::vector<double> speeds;
    for (const Run &run : runs) {
        speeds.push_back(run.megabytesPerSecond());
    }
    std::printf("| %-26s | %6.1f | %9.1f | %8.1f | %-4s | %4zu |\n",
                what,
                double(runs.front().bytes) / 1e6,
                *std::max_element(speeds.begin(), speeds.end()),
                median(speeds),
                "wall",
                runs.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 3;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    // The PTY's line discipline turns LF into CR LF, so the file has bare LFs.
    QTemporaryDir scratch;
    const QString file = scratch.filePath(u"ls.txt"_s);
    {
        QFile out(file);
        const QByteArray bytes = Teleterm::Bench::lsOutput(FileBytes).replace("\r\n", "\n");
        if (!scratch.isValid() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    std::printf("cat of %d x %lld MiB of coloured ls -l output through a %d x %d PTY\n\n", Repeats, static_cast<long long>(FileBytes >> 20), Rows, Columns);
    std::printf("| %-26s | %6s | %9s | %8s | %-4s | %4s |\n", "path", "MB", "best MB/s", "med MB/s", "time", "runs");
    std::printf("| %-26s | %6s | %9s | %8s | %-4s | %4s |\n", "---", "---", "---", "---", "---", "---");

    std::vector<Run> bare;
    for (int i = 0; i < runs; ++i) {
        if (const auto run = barePty(file)) {
            bare.push_back(*run);
        }
    }
    if (!bare.empty()) {
        printRow("bare PTY (forkpty + read)", bare);
    }

    PtyHost host;
    if (!host.start()) {
        std::printf("\nteleterm-ptyhost: skipped, it did not start or answer GetHealth:\n%s\n", host.errorTail().constData());
        return 0;
    }
    std::vector<Run> hosted;
    for (int i = 0; i < runs; ++i) {
        if (const auto run = host.cat(file)) {
            hosted.push_back(*run);
        }
    }
    if (hosted.empty()) {
        std::printf("\nteleterm-ptyhost: no run reached the program's exit:\n%s\n", host.errorTail().constData());
        return 0;
    }
    printRow("teleterm-ptyhost stream", hosted);

    std::vector<double> hostCpu;
    std::vector<double> bareSpeeds;
    std::vector<double> hostedSpeeds;
    for (const Run &run : hosted) {
        hostCpu.push_back(run.hostCpuSeconds / (double(run.bytes) / 1e9));
        hostedSpeeds.push_back(run.megabytesPerSecond());
    }
    for (const Run &run : bare) {
        bareSpeeds.push_back(run.megabytesPerSecond());
    }
    std::printf("\nteleterm-ptyhost used %.2f s of CPU per GB it passed on (median)\n", median(hostCpu));
    if (!bare.empty()) {
        std::printf("teleterm-ptyhost / bare PTY, best runs: %.2fx\n",
                    *std::max_element(hostedSpeeds.begin(), hostedSpeeds.end()) / *std::max_element(bareSpeeds.begin(), bareSpeeds.end()));
        Teleterm::Bench::summarize("ref.pty.bare",
                                   QStringLiteral("reference: bare PTY (forkpty + read), best"),
                                   *std::max_element(bareSpeeds.begin(), bareSpeeds.end()),
                                   "MB/s",
                                   Teleterm::Bench::Better::Higher);
    }
    Teleterm::Bench::summarize("pty.host",
                               QStringLiteral("PTY host: cat through teleterm-ptyhost's stream, best"),
                               *std::max_element(hostedSpeeds.begin(), hostedSpeeds.end()),
                               "MB/s",
                               Teleterm::Bench::Better::Higher,
                               {QStringLiteral("ref.pty.bare")});
    return 0;
}
