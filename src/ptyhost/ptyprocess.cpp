#include "ptyprocess.h"

#include "callerlanguage.h"
#include "ptyhostlogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Teleterm::PtyHost
{

namespace
{

constexpr qsizetype ReadChunk = 64 * 1024;
// Reads per wake-up, so that one busy PTY does not starve the others.
constexpr int ReadsPerWakeup = 4;
// After the program has ended, the terminal counts as drained once it has been empty this many
// times, a few milliseconds apart (a background process may still hold it open).
constexpr int DrainChecks = 3;
constexpr auto DrainInterval = 10ms;

// What the child reports through the exec pipe when it cannot run the program.
struct ChildFailure {
    int stage = 0;
    int error = 0;
};
enum ChildStage {
    StageSession = 1,
    StageTerminal,
    StageDirectory,
    StageExec,
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void setWindowSize(int fd, quint16 columns, quint16 rows)
{
    struct winsize size = {};
    size.ws_col = columns;
    size.ws_row = rows;
    ::ioctl(fd, TIOCSWINSZ, &size);
}

// The program's file: `path` itself when it names a directory, else the first executable of that
// name in `searchPath`. Empty when there is none.
QByteArray findProgram(const QString &path, const QByteArray &searchPath)
{
    const QByteArray name = QFile::encodeName(path);
    if (name.contains('/')) {
        return name;
    }
    const QList<QByteArray> directories = searchPath.split(':');
    for (const QByteArray &directory : directories) {
        const QByteArray candidate = (directory.isEmpty() ? QByteArray(".") : directory) + '/' + name;
        struct stat st = {};
        if (::stat(candidate.constData(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.constData(), X_OK) == 0) {
            return candidate;
        }
    }
    return {};
}

// The child's side of the fork: only async-signal-safe calls from here on, everything it needs was
// prepared by the parent.
[[noreturn]] void runChild(int terminal, int report, const char *program, char *const *argv, char *const *envp, const char *directory)
{
    const auto fail = [report](int stage) {
        const ChildFailure failure{stage, errno};
        [[maybe_unused]] const auto written = ::write(report, &failure, sizeof failure);
        ::_exit(127);
    };
    // The host ignores SIGPIPE and may block signals in its threads; the program starts clean.
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction defaultAction = {};
    defaultAction.sa_handler = SIG_DFL;
    for (int signalNumber = 1; signalNumber < NSIG; ++signalNumber) {
        ::sigaction(signalNumber, &defaultAction, nullptr);
    }
    if (::setsid() < 0) {
        fail(StageSession);
    }
    if (terminal <= STDERR_FILENO) {
        terminal = ::fcntl(terminal, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    }
    if (terminal < 0 || ::ioctl(terminal, TIOCSCTTY, 0) < 0) {
        fail(StageTerminal);
    }
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (::dup2(terminal, fd) < 0) {
            fail(StageTerminal);
        }
    }
    if (directory && ::chdir(directory) < 0) {
        fail(StageDirectory);
    }
    // None of the host's descriptors (sockets, logs, other PTYs) reaches the program, whether or
    // not whoever opened them asked for O_CLOEXEC. `report` stays open until the exec.
    ::close_range(STDERR_FILENO + 1, ~0U, CLOSE_RANGE_CLOEXEC);
    ::execve(program, argv, envp);
    fail(StageExec);
    ::_exit(127); // not reached: fail() exits
}

// Stops a notifier whose descriptor is about to close. It may be the one whose signal is being
// handled, so it is deleted later.
void retire(QSocketNotifier *&notifier)
{
    if (notifier) {
        notifier->setEnabled(false);
        notifier->disconnect();
        notifier->deleteLater();
        notifier = nullptr;
    }
}

// NULL-terminated char* arrays over byte arrays that outlive them.
std::vector<char *> pointersTo(std::vector<QByteArray> &strings)
{
    std::vector<char *> pointers;
    pointers.reserve(strings.size() + 1);
    for (QByteArray &string : strings) {
        pointers.push_back(string.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

} // namespace

PtyProcess::PtyProcess(QString id, PtySpec spec, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_spec(std::move(spec))
    , m_created(QDateTime::currentDateTimeUtc())
    , m_columns(m_spec.columns > 0 ? m_spec.columns : 80)
    , m_rows(m_spec.rows > 0 ? m_spec.rows : 24)
{
}

PtyProcess::~PtyProcess()
{
    if (m_state == State::Running) {
        hangUpAndWait(500ms);
    }
    closeMaster();
    if (m_pidfd >= 0) {
        ::close(m_pidfd);
    }
}

bool PtyProcess::attach(PtyClient *client, quint16 columns, quint16 rows)
{
    if (m_client && m_client != client) {
        PtyClient *previous = m_client;
        m_client = nullptr;
        previous->ptyDetached(DetachReason::Replaced);
    }
    // Whatever held back the previous client's output is gone with it.
    m_client = client;
    setOutputPaused(false);
    if (columns > 0 && rows > 0) {
        resize(columns, rows);
    }
    if (m_state == State::Created) {
        const QString error = spawn();
        if (!error.isEmpty()) {
            m_state = State::StartFailed;
            m_startError = error;
            qCWarning(TELETERM_PTYHOST).noquote() << "pty" << m_id << "cannot start:" << error;
        } else {
            m_state = State::Running;
            qCInfo(TELETERM_PTYHOST).noquote() << "pty" << m_id << "started" << m_spec.path << "pid" << m_pid << "size" << m_columns << 'x' << m_rows;
            write(m_spec.initialMessage);
        }
    }
    if (m_state == State::StartFailed) {
        m_client = nullptr;
        return false;
    }
    return true;
}

void PtyProcess::detach(PtyClient *client)
{
    if (m_client != client) {
        return;
    }
    m_client = nullptr;
    setOutputPaused(false);
    maybeDispose();
}

QString PtyProcess::spawn()
{
    // Everything the child needs is prepared here: after fork() it may only make async-signal-safe calls.
    std::map<QByteArray, QByteArray> variables;
    for (char **entry = environ; entry && *entry; ++entry) {
        const QByteArray line(*entry);
        const qsizetype equals = line.indexOf('=');
        if (equals > 0) {
            variables[line.left(equals)] = line.mid(equals + 1);
        }
    }
    variables["TERM"] = "xterm-256color";
    for (const auto &[name, value] : m_spec.env) {
        variables[name] = value;
    }
    if (m_spec.path.isEmpty()) {
        return ServiceText::tr("no program to run");
    }
    const QByteArray program = findProgram(m_spec.path, variables.count("PATH") ? variables["PATH"] : QByteArray("/usr/bin:/bin"));
    if (program.isEmpty()) {
        return ServiceText::tr("cannot find %1 in PATH").arg(m_spec.path);
    }
    std::vector<QByteArray> argumentBytes{QFile::encodeName(m_spec.path)};
    for (const QString &argument : m_spec.args) {
        argumentBytes.push_back(argument.toLocal8Bit());
    }
    std::vector<QByteArray> environmentBytes;
    for (const auto &[name, value] : variables) {
        environmentBytes.push_back(name + '=' + value);
    }
    std::vector<char *> argv = pointersTo(argumentBytes);
    std::vector<char *> envp = pointersTo(environmentBytes);
    const QByteArray directory = QFile::encodeName(m_spec.cwd);

    const int master = ::open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (master < 0) {
        return ServiceText::tr("cannot open a pseudo-terminal: %1").arg(errnoText(errno));
    }
    char terminalName[PATH_MAX] = {};
    if (::grantpt(master) != 0 || ::unlockpt(master) != 0 || ::ptsname_r(master, terminalName, sizeof terminalName) != 0) {
        const int error = errno;
        ::close(master);
        return ServiceText::tr("cannot set up a pseudo-terminal: %1").arg(errnoText(error));
    }
    const int terminal = ::open(terminalName, O_RDWR | O_NOCTTY | O_CLOEXEC);
    int report[2] = {-1, -1};
    if (terminal < 0 || ::pipe2(report, O_CLOEXEC) != 0) {
        const int error = errno;
        ::close(master);
        if (terminal >= 0) {
            ::close(terminal);
        }
        return ServiceText::tr("cannot open %1: %2").arg(QString::fromLocal8Bit(terminalName), errnoText(error));
    }
    setWindowSize(master, m_columns, m_rows);

    const pid_t pid = ::fork();
    if (pid == 0) {
        runChild(terminal, report[1], program.constData(), argv.data(), envp.data(), directory.isEmpty() ? nullptr : directory.constData());
    }
    const int forkError = errno;
    ::close(terminal);
    ::close(report[1]);
    if (pid < 0) {
        ::close(report[0]);
        ::close(master);
        return ServiceText::tr("cannot start a process: %1").arg(errnoText(forkError));
    }
    // The pipe closes at the exec (it is O_CLOEXEC); it carries a ChildFailure when there was none.
    ChildFailure failure;
    ssize_t got = 0;
    do {
        got = ::read(report[0], &failure, sizeof failure);
    } while (got < 0 && errno == EINTR);
    ::close(report[0]);
    if (got == sizeof failure) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
        ::close(master);
        const QString reason = errnoText(failure.error);
        switch (failure.stage) {
        case StageDirectory:
            return ServiceText::tr("cannot change to the directory %1: %2").arg(m_spec.cwd, reason);
        case StageExec:
            return ServiceText::tr("cannot run %1: %2").arg(QFile::decodeName(program), reason);
        default:
            return ServiceText::tr("cannot give the process its terminal: %1").arg(reason);
        }
    }

    m_pid = pid;
    m_master = master;
    m_pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (m_pidfd < 0) {
        // Without it the exit would go unnoticed; this kernel is older than Teleterm supports.
        const int error = errno;
        ::kill(pid, SIGKILL);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
        closeMaster();
        m_pid = 0;
        return ServiceText::tr("cannot watch the process (pidfd_open): %1").arg(errnoText(error));
    }
    m_readNotifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        const ReadResult result = readOutput();
        if (m_reaped) {
            continueDrain(result);
        }
    });
    m_writeNotifier = new QSocketNotifier(m_master, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtyProcess::writeInput);
    m_exitNotifier = new QSocketNotifier(m_pidfd, QSocketNotifier::Read, this);
    connect(m_exitNotifier, &QSocketNotifier::activated, this, [this] {
        if (tryReap(WNOHANG)) {
            continueDrain(readOutput());
        }
    });
    return {};
}

PtyProcess::ReadResult PtyProcess::readOutput()
{
    if (m_masterHungUp || m_master < 0) {
        return ReadResult::HungUp;
    }
    char buffer[ReadChunk];
    for (int i = 0; i < ReadsPerWakeup; ++i) {
        if (m_outputPaused) {
            return ReadResult::Paused;
        }
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got > 0) {
            const QByteArray bytes(buffer, got);
            m_replay.append(bytes);
            if (m_client) {
                m_client->ptyOutput(bytes);
            }
            continue;
        }
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0 && errno == EAGAIN) {
            return ReadResult::Empty;
        }
        // EIO: no process holds the terminal's side any more, and all it wrote has been read.
        m_masterHungUp = true;
        m_readNotifier->setEnabled(false);
        return ReadResult::HungUp;
    }
    return ReadResult::More;
}

void PtyProcess::continueDrain(ReadResult result)
{
    if (m_state != State::Running || !m_reaped) {
        return;
    }
    switch (result) {
    case ReadResult::HungUp:
        reportExit();
        return;
    case ReadResult::Empty:
        if (++m_drainChecks >= DrainChecks) {
            reportExit();
        } else {
            QTimer::singleShot(DrainInterval, this, [this] {
                continueDrain(readOutput());
            });
        }
        return;
    case ReadResult::More: // the notifier calls again
    case ReadResult::Paused: // setOutputPaused(false) calls again
        return;
    }
}

bool PtyProcess::tryReap(int options)
{
    if (m_reaped || m_pid <= 0) {
        return m_reaped;
    }
    int status = 0;
    pid_t done = 0;
    do {
        done = ::waitpid(m_pid, &status, options);
    } while (done < 0 && errno == EINTR);
    if (done != m_pid) {
        return false;
    }
    m_reaped = true;
    m_exit = WIFSIGNALED(status) ? PtyExit{0, WTERMSIG(status)} : PtyExit{WEXITSTATUS(status), 0};
    retire(m_exitNotifier);
    ::close(m_pidfd);
    m_pidfd = -1;
    qCInfo(TELETERM_PTYHOST).noquote() << "pty" << m_id << "pid" << m_pid
                                       << (m_exit.signal ? u"killed by signal %1"_s.arg(m_exit.signal) : u"exited with %1"_s.arg(m_exit.code)); // log only
    return true;
}

void PtyProcess::reportExit()
{
    m_state = State::Exited;
    closeMaster();
    m_input.clear();
    if (m_client) {
        m_client->ptyExited(m_exit);
    }
    if (m_removed && m_client) {
        PtyClient *client = m_client;
        m_client = nullptr;
        client->ptyDetached(DetachReason::Removed);
    }
    maybeDispose();
}

void PtyProcess::write(const QByteArray &bytes)
{
    if (m_state != State::Running || m_master < 0 || m_masterHungUp || bytes.isEmpty()) {
        return;
    }
    m_input.append(bytes);
    writeInput();
}

void PtyProcess::writeInput()
{
    while (!m_input.isEmpty() && m_master >= 0) {
        const ssize_t written = ::write(m_master, m_input.constData(), size_t(m_input.size()));
        if (written > 0) {
            m_input.remove(0, written);
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && errno == EAGAIN) {
            m_writeNotifier->setEnabled(true);
            return;
        } else {
            m_input.clear(); // the terminal is gone: nobody will read them
        }
    }
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(false);
    }
    if (m_client) {
        m_client->ptyInputDrained();
    }
}

void PtyProcess::resize(quint16 columns, quint16 rows)
{
    if (columns == 0 || rows == 0) {
        return;
    }
    m_columns = columns;
    m_rows = rows;
    if (m_master >= 0) {
        setWindowSize(m_master, columns, rows); // the kernel tells the foreground process (SIGWINCH)
    }
}

void PtyProcess::setOutputPaused(bool paused)
{
    if (m_outputPaused == paused) {
        return;
    }
    m_outputPaused = paused;
    if (m_readNotifier && !m_masterHungUp) {
        m_readNotifier->setEnabled(!paused);
    }
    if (!paused && m_reaped && m_state == State::Running) {
        // The program ended while its output was held back: go on draining.
        QTimer::singleShot(0, this, [this] {
            continueDrain(readOutput());
        });
    }
}

QString PtyProcess::currentDirectory() const
{
    if (m_state != State::Running || m_reaped) {
        return {};
    }
    const pid_t foreground = m_master >= 0 ? ::tcgetpgrp(m_master) : -1;
    for (const pid_t candidate : {foreground, m_pid}) {
        if (candidate <= 0) {
            continue;
        }
        char target[PATH_MAX];
        const QByteArray link = "/proc/" + QByteArray::number(candidate) + "/cwd";
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        if (length > 0) {
            return QFile::decodeName(QByteArray(target, length));
        }
    }
    return {};
}

void PtyProcess::signalGroup(int signalNumber) const
{
    if (m_reaped || m_pid <= 0) {
        return; // the pid may belong to someone else by now
    }
    // The program leads its own session and process group; a job it runs in the foreground has
    // a group of its own.
    ::kill(-m_pid, signalNumber);
    const pid_t foreground = m_master >= 0 ? ::tcgetpgrp(m_master) : -1;
    if (foreground > 0 && foreground != m_pid) {
        ::kill(-foreground, signalNumber);
    }
}

void PtyProcess::remove(std::chrono::milliseconds grace)
{
    m_removed = true;
    if (m_state == State::Running) {
        qCInfo(TELETERM_PTYHOST).noquote() << "pty" << m_id << "hanging up pid" << m_pid;
        signalGroup(SIGHUP);
        QTimer::singleShot(grace, this, [this] {
            if (!m_reaped) {
                qCInfo(TELETERM_PTYHOST).noquote() << "pty" << m_id << "pid" << m_pid << "ignored SIGHUP; killing it";
                signalGroup(SIGKILL);
            }
        });
        return; // reportExit() disposes of it
    }
    if (m_client) {
        PtyClient *client = m_client;
        m_client = nullptr;
        client->ptyDetached(DetachReason::Removed);
    }
    maybeDispose();
}

void PtyProcess::hangUpAndWait(std::chrono::milliseconds grace)
{
    if (m_client) {
        PtyClient *client = m_client;
        m_client = nullptr;
        client->ptyDetached(DetachReason::ShuttingDown);
    }
    if (m_state != State::Running) {
        return;
    }
    signalGroup(SIGHUP);
    closeMaster(); // and the terminal hangs up
    QElapsedTimer waited;
    waited.start();
    while (!tryReap(WNOHANG) && waited.elapsed() < grace.count()) {
        struct pollfd exited = {m_pidfd, POLLIN, 0};
        ::poll(&exited, 1, 20);
    }
    if (!m_reaped) {
        qCInfo(TELETERM_PTYHOST).noquote() << "pty" << m_id << "pid" << m_pid << "ignored SIGHUP; killing it";
        signalGroup(SIGKILL);
        tryReap(0);
    }
    m_state = State::Exited;
}

void PtyProcess::closeMaster()
{
    retire(m_readNotifier);
    retire(m_writeNotifier);
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
}

void PtyProcess::maybeDispose()
{
    if (m_removed && !m_client && m_state != State::Running) {
        deleteLater();
    }
}

} // namespace Teleterm::PtyHost
