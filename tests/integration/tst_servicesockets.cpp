// teleterm-daemon and teleterm-ptyhost over their real Unix sockets: who may reach them (their
// user, and no other), one instance per user, recovery from a dead instance's socket, a clean
// SIGTERM, and the health RPC.
#include "localchannel.h"
#include "scratchruntime.h"

#include "ptyhost/v1/ptyhost.grpc.pb.h"
#include "teleterm/v1/daemon.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <grp.h>
#include <memory>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;

namespace
{

struct Health {
    QString error; // empty when the RPC answered
    qint64 pid = 0;
    QString version;
    bool insecure = false;
    QString logFile;
};

// One GetHealth call over the socket, through the service's own stub.
Health health(const QString &program, const QString &socket)
{
    auto channel = Teleterm::makeLocalChannel(socket);
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    Health result;
    grpc::Status status;
    if (program == "teleterm-daemon"_L1) {
        teleterm::v1::Health response;
        status = teleterm::v1::DaemonService::NewStub(channel)->GetHealth(&context, {}, &response);
        result = {{}, response.pid(), QString::fromStdString(response.version()), response.insecure(), QString::fromStdString(response.log_file())};
    } else {
        ptyhost::v1::Health response;
        status = ptyhost::v1::PtyHostService::NewStub(channel)->GetHealth(&context, {}, &response);
        result = {{}, response.pid(), QString::fromStdString(response.version()), false, {}};
    }
    if (!status.ok()) {
        result.error = QString::fromStdString(status.error_message());
    }
    return result;
}

// nobody's (and nogroup's) id on Debian.
constexpr uid_t NobodyId = 65534;

// Connects to a Unix socket as `uid` (in a child process that takes that user's ids); 0 when it
// connected, else the errno of connect().
int connectAs(uid_t uid, const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, name.constData(), sizeof address.sun_path - 1);
    int result[2];
    if (::pipe(result) != 0) {
        return -1;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        // Only async-signal-safe calls between fork and _exit: this process has threads.
        int error = 0;
        if (uid != ::getuid() && (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(uid)) != 0 || ::setuid(uid) != 0)) {
            error = -1;
        } else {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            error = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0 ? 0 : errno;
        }
        (void)!::write(result[1], &error, sizeof error);
        ::_exit(0);
    }
    ::close(result[1]);
    int error = -1;
    if (child < 0 || ::read(result[0], &error, sizeof error) != sizeof error) {
        error = -1;
    }
    ::close(result[0]);
    if (child > 0) {
        ::waitpid(child, nullptr, 0);
    }
    return error;
}

QString socketName(const QString &program)
{
    return program == "teleterm-daemon"_L1 ? u"daemon.sock"_s : u"ptyhost.sock"_s;
}

} // namespace

class TestServiceSockets : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    std::vector<std::unique_ptr<QProcess>> m_processes;

    QString socketOf(const QString &program) const
    {
        return m_runtime->runtimeDir() + u'/' + socketName(program);
    }

    QProcess *launch(const QString &program, const QStringList &arguments = {})
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(Teleterm::Test::program(program));
        process->setArguments(arguments);
        process->start();
        if (!process->waitForStarted(5000)) {
            qWarning() << "cannot start" << program << process->errorString();
        }
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    // Starts the service and waits until it answers (a socket file appears before the service
    // listens on it); the caller checks the result.
    QProcess *launchServing(const QString &program, const QStringList &arguments = {})
    {
        QProcess *process = launch(program, arguments);
        const bool answers = waitForSocket(socketOf(program))
            && QTest::qWaitFor(
                                 [&] {
                                     return health(program, socketOf(program)).error.isEmpty();
                                 },
                                 10000);
        if (!answers) {
            qWarning() << program << "does not answer; it said:" << process->readAllStandardError();
        }
        return process;
    }

    static void addPrograms()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("daemon") << u"teleterm-daemon"_s;
        QTest::newRow("ptyhost") << u"teleterm-ptyhost"_s;
    }

private Q_SLOTS:
    void init()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_runtime->isValid());
    }

    void cleanup()
    {
        for (const auto &process : m_processes) {
            process->kill();
            process->waitForFinished(5000);
        }
        m_processes.clear();
        m_runtime.reset();
    }

    void versionAndHelp_data()
    {
        addPrograms();
    }
    void versionAndHelp()
    {
        QFETCH(QString, program);
        QProcess *version = launch(program, {u"--version"_s});
        QVERIFY(version->waitForFinished(10000));
        QCOMPARE(version->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(version->readAllStandardOutput()).trimmed(), program + u' ' + QStringLiteral(TELETERM_VERSION));

        QProcess *help = launch(program, {u"--help"_s});
        QVERIFY(help->waitForFinished(10000));
        QCOMPARE(help->exitCode(), 0);
        const QByteArray text = help->readAllStandardOutput();
        QVERIFY(text.contains("--version"));
        QVERIFY(!QFile::exists(socketOf(program))); // --help serves nothing
    }

    void servesOnlyItsUser_data()
    {
        addPrograms();
    }
    void servesOnlyItsUser()
    {
        QFETCH(QString, program);
        QProcess *service = launchServing(program);
        const QString socket = socketOf(program);

        mode_t type = 0;
        QCOMPARE(modeOf(socket, &type), 0600);
        QCOMPARE(type, mode_t(S_IFSOCK));
        QCOMPARE(modeOf(m_runtime->runtimeDir()), 0700);
        QCOMPARE(modeOf(socket + ".lock"_L1), 0600);

        const Health answer = health(program, socket);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.pid, service->processId());
        QCOMPARE(answer.version, QStringLiteral(TELETERM_VERSION));

        // The log lives in the private state directory, readable by its user only.
        const QString log = m_runtime->stateDir() + u'/' + (program == "teleterm-daemon"_L1 ? u"daemon.log"_s : u"ptyhost.log"_s);
        QCOMPARE(modeOf(m_runtime->stateDir()), 0700);
        QCOMPARE(modeOf(log), 0600);
        if (program == "teleterm-daemon"_L1) {
            QCOMPARE(answer.logFile, log);
            QVERIFY(!answer.insecure);
        }
    }

    void otherUsersAreRefused_data()
    {
        addPrograms();
    }
    void otherUsersAreRefused()
    {
        QFETCH(QString, program);
        if (::geteuid() != 0) {
            QSKIP("acting as a second user (nobody) needs root");
        }
        launchServing(program);
        const QString socket = socketOf(program);
        QCOMPARE(connectAs(::getuid(), socket), 0); // the owner, through the same code
        // The private runtime directory keeps nobody out; so does the socket on its own, with
        // every directory above it opened to passers-by.
        QCOMPARE(connectAs(NobodyId, socket), EACCES);
        const QStringList above{m_runtime->root(), m_runtime->root() + "/run"_L1, m_runtime->runtimeDir()};
        for (const QString &directory : above) {
            QVERIFY(::chmod(QFile::encodeName(directory).constData(), 0711) == 0);
        }
        const int refused = connectAs(NobodyId, socket);
        for (const QString &directory : above) {
            ::chmod(QFile::encodeName(directory).constData(), 0700);
        }
        QCOMPARE(refused, EACCES);
        QVERIFY(health(program, socket).error.isEmpty());
    }

    void secondInstanceIsRefused_data()
    {
        addPrograms();
    }
    void secondInstanceIsRefused()
    {
        QFETCH(QString, program);
        QProcess *first = launchServing(program);
        QProcess *second = launch(program);
        QVERIFY(second->waitForFinished(10000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 3);
        const QString said = QString::fromUtf8(second->readAllStandardError());
        QVERIFY2(said.contains(u"already serving"_s) && said.contains(QString::number(first->processId())), qPrintable(said));

        const Health answer = health(program, socketOf(program));
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.pid, first->processId());
    }

    void staleSocketIsRecovered_data()
    {
        addPrograms();
    }
    void staleSocketIsRecovered()
    {
        QFETCH(QString, program);
        QProcess *dead = launchServing(program);
        ::kill(pid_t(dead->processId()), SIGKILL);
        QVERIFY(dead->waitForFinished(5000));
        QVERIFY(QFile::exists(socketOf(program))); // left behind
        QVERIFY(!health(program, socketOf(program)).error.isEmpty());

        QProcess *next = launch(program);
        QTRY_VERIFY_WITH_TIMEOUT(health(program, socketOf(program)).pid == next->processId(), 10000);
        QCOMPARE(modeOf(socketOf(program)), 0600);
    }

    void sigtermShutsDownCleanly_data()
    {
        addPrograms();
    }
    void sigtermShutsDownCleanly()
    {
        QFETCH(QString, program);
        QProcess *service = launchServing(program);
        QVERIFY(health(program, socketOf(program)).error.isEmpty());
        service->terminate();
        QVERIFY(service->waitForFinished(10000));
        QCOMPARE(service->exitStatus(), QProcess::NormalExit);
        QCOMPARE(service->exitCode(), 0);
        QVERIFY(!QFile::exists(socketOf(program)));
        QVERIFY(QFile::exists(socketOf(program) + ".lock"_L1)); // kept: see InstanceLock
    }

    void untrustedDirectoryIsRefused_data()
    {
        addPrograms();
    }
    void untrustedDirectoryIsRefused()
    {
        QFETCH(QString, program);
        // Someone made the runtime directory a symlink to a place of their choosing.
        const QString elsewhere = m_runtime->root() + "/elsewhere"_L1;
        QVERIFY(QDir().mkdir(elsewhere));
        QVERIFY(QFile::link(elsewhere, m_runtime->runtimeDir()));
        QProcess *service = launch(program);
        QVERIFY(service->waitForFinished(10000));
        QCOMPARE(service->exitCode(), 1);
        const QString said = QString::fromUtf8(service->readAllStandardError());
        QVERIFY2(said.contains(u"not a directory"_s), qPrintable(said));
        QVERIFY(QDir(elsewhere).isEmpty());
    }

    void tooLongSocketPathIsExplained()
    {
        const QString deep = m_runtime->root() + u'/' + QString(100, u'd');
        QVERIFY(QDir().mkpath(deep));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(deep));
        QProcess *service = launch(u"teleterm-daemon"_s);
        QVERIFY(service->waitForFinished(10000));
        QCOMPARE(service->exitCode(), 1);
        const QString said = QString::fromUtf8(service->readAllStandardError());
        QVERIFY2(said.contains(u"longer than a Unix socket address allows"_s), qPrintable(said));
    }

    void daemonReportsInsecure()
    {
        launchServing(u"teleterm-daemon"_s, {u"--insecure"_s});
        const Health answer = health(u"teleterm-daemon"_s, socketOf(u"teleterm-daemon"_s));
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QVERIFY(answer.insecure);
        QFile log(answer.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("--insecure: proxies' certificates and host names will NOT be verified"));
    }
};

QTEST_GUILESS_MAIN(TestServiceSockets)
#include "tst_servicesockets.moc"
