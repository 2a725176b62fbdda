#include "servicehost.h"

#include "callerlanguage.h"
#include "commonlogging.h"
#include "filelog.h"
#include "instancelock.h"
#include "paths.h"
#include "termination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm
{

namespace
{

// Exit codes a supervisor can tell apart.
constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitAlreadyRunning = 3;

bool isSocket(const QByteArray &path)
{
    struct stat st = {};
    return ::lstat(path.constData(), &st) == 0 && S_ISSOCK(st.st_mode);
}

} // namespace

ServiceHost::ServiceHost(QString socketPath)
    : m_socketPath(std::move(socketPath))
{
}

ServiceHost::~ServiceHost()
{
    stop();
}

bool ServiceHost::prepare()
{
    if (m_socketPath.toUtf8().size() > Paths::maxSocketPathLength()) {
        m_error = ServiceText::tr("the socket path %1 is longer than a Unix socket address allows (%2 bytes); set XDG_RUNTIME_DIR to a shorter directory")
                      .arg(m_socketPath)
                      .arg(Paths::maxSocketPathLength());
        return false;
    }
    const Paths::PrivateDir dir = Paths::ensurePrivateDirectory(QFileInfo(m_socketPath).path());
    if (!dir.ok()) {
        m_error = dir.error;
        return false;
    }
    m_lock = std::make_unique<InstanceLock>(m_socketPath + ".lock"_L1);
    if (!m_lock->tryLock()) {
        m_otherPid = m_lock->holderPid();
        m_error = m_otherPid > 0 ? ServiceText::tr("another instance (pid %1) is already serving %2").arg(m_otherPid).arg(m_socketPath) : m_lock->error();
        m_lock.reset();
        return false;
    }
    // We hold the lock, so whatever socket is there was left by an instance that died.
    const QByteArray native = QFile::encodeName(m_socketPath);
    if (isSocket(native)) {
        qCInfo(TELETERM_COMMON) << "removing the stale socket" << m_socketPath << "left by an instance that did not shut down";
        ::unlink(native.constData());
    } else if (QFileInfo::exists(m_socketPath)) {
        m_error = ServiceText::tr("%1 exists and is not a socket; move it away").arg(m_socketPath);
        return false;
    }
    return true;
}

bool ServiceHost::start(const std::vector<grpc::Service *> &services)
{
    Q_ASSERT(m_lock && m_lock->isLocked());
    grpc::ServerBuilder builder;
    int boundPort = 0;
    builder.AddListeningPort("unix:" + m_socketPath.toStdString(), grpc::InsecureServerCredentials(), &boundPort);
    for (grpc::Service *service : services) {
        builder.RegisterService(service);
    }
    // The socket is born 0600: nobody else may connect, not even for an instant. (The chmod
    // below only makes sure of it.)
    const mode_t previousMask = ::umask(0177);
    m_server = builder.BuildAndStart();
    ::umask(previousMask);
    if (!m_server || boundPort == 0) {
        m_server.reset();
        m_error = ServiceText::tr("cannot listen on %1").arg(m_socketPath);
        return false;
    }
    if (::chmod(QFile::encodeName(m_socketPath).constData(), 0600) != 0) {
        m_error = ServiceText::tr("cannot make %1 private: %2").arg(m_socketPath, QString::fromLocal8Bit(std::strerror(errno)));
        stop();
        return false;
    }
    return true;
}

void ServiceHost::stop()
{
    if (m_server) {
        m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
        m_server->Wait();
        m_server.reset();
        const QByteArray native = QFile::encodeName(m_socketPath);
        if (isSocket(native)) {
            ::unlink(native.constData());
        }
    }
    m_lock.reset();
}

int runServiceMain(int argc, char **argv, const ServiceMain &spec)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(spec.program);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELETERM_VERSION));
    QCoreApplication::setOrganizationName(u"Teleterm"_s);
    CallerLanguage::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(ServiceText::tr(spec.description));
    parser.addHelpOption();
    parser.addVersionOption();
    if (spec.addOptions) {
        spec.addOptions(parser);
    }
    parser.process(app);

    const Paths::PrivateDir stateDir = Paths::ensurePrivateDirectory(Paths::stateDirectory());
    ServiceIdentity identity{QCoreApplication::applicationVersion(), qint64(::getpid()), QDateTime::currentDateTimeUtc(), {}};
    if (stateDir.ok()) {
        identity.logFile = stateDir.path + u'/' + spec.logFileName;
        const QString logError = installFileLog(identity.logFile);
        if (!logError.isEmpty()) {
            identity.logFile.clear();
            qCWarning(TELETERM_COMMON).noquote() << logError << "- logging to stderr only";
        }
    } else {
        qCWarning(TELETERM_COMMON).noquote() << "no state directory:" << stateDir.error << "- logging to stderr only";
    }

    ServiceHost host(spec.socketPath);
    if (!host.prepare()) {
        qCCritical(TELETERM_COMMON).noquote() << spec.program << "cannot start:" << host.error();
        return host.anotherInstancePid() > 0 ? ExitAlreadyRunning : ExitFailure;
    }

    const std::vector<std::unique_ptr<grpc::Service>> services = spec.makeServices(parser, identity);
    std::vector<grpc::Service *> raw;
    raw.reserve(services.size());
    for (const auto &service : services) {
        raw.push_back(service.get());
    }
    if (!host.start(raw)) {
        qCCritical(TELETERM_COMMON).noquote() << spec.program << "cannot start:" << host.error();
        return ExitFailure;
    }
    qCInfo(TELETERM_COMMON).noquote() << spec.program << identity.version << "pid" << identity.pid << "serving" << host.socketPath();

    onTerminationSignal([&app](int signalNumber) {
        qCInfo(TELETERM_COMMON).noquote() << "signal" << signalNumber << "received, shutting down";
        app.quit();
    });
    const int code = app.exec();
    host.stop();
    qCInfo(TELETERM_COMMON).noquote() << spec.program << "stopped";
    return code == 0 ? ExitOk : ExitFailure;
}

} // namespace Teleterm
