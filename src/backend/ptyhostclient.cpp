#include "ptyhostclient.h"

#include "backendlogging.h"
#include "localchannel.h"
#include "paths.h"
#include "servicelaunch.h"
#include "unarycall.h"

#include <QCoreApplication>
#include <QJSEngine>

#include <grpcpp/grpcpp.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
namespace v1 = ptyhost::v1;

namespace Teleterm::Backend
{

namespace
{

PtyHostClient *s_instance = nullptr;

constexpr auto ProbeTimeout = 2s;
constexpr auto WatchInterval = 2s;
constexpr auto StartupPoll = 100ms;
constexpr auto StartupLimit = 10s;
constexpr auto CallTimeout = 10s;

PtyInfo infoOf(const v1::PtyProcessInfo &process)
{
    PtyInfo info;
    info.id = QString::fromStdString(process.id());
    info.title = QString::fromStdString(process.title());
    info.tag = QString::fromStdString(process.tag());
    info.cwd = QString::fromStdString(process.cwd());
    info.path = QString::fromStdString(process.path());
    for (const std::string &arg : process.args()) {
        info.args.append(QString::fromStdString(arg));
    }
    info.running = process.state() == v1::PtyProcessInfo::STATE_RUNNING || process.state() == v1::PtyProcessInfo::STATE_CREATED;
    info.exited = process.state() == v1::PtyProcessInfo::STATE_EXITED;
    info.exitCode = process.exit().exit_code();
    info.startError = QString::fromStdString(process.start_error());
    return info;
}

} // namespace

PtyHostClient::PtyHostClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_socketPath(m_options.socketPath.isEmpty() ? Paths::ptyHostSocketPath() : m_options.socketPath)
    , m_channel(makeLocalChannel(m_socketPath))
    , m_stub(v1::PtyHostService::NewStub(m_channel))
{
    if (m_options.program.isEmpty()) {
        m_options.program = findServiceProgram(u"teleterm-ptyhost"_s);
    }
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &PtyHostClient::probe);
    if (!s_instance) {
        s_instance = this;
    }
}

PtyHostClient::~PtyHostClient()
{
    m_next.stop();
    m_calls.cancelAllAndWait();
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

PtyHostClient *PtyHostClient::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "PtyHostClient::create", "main() makes the PtyHostClient before QML asks for it");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

PtyHostClient *PtyHostClient::instance()
{
    return s_instance;
}

void PtyHostClient::start()
{
    if (!m_probing && !m_ready && !m_next.isActive()) {
        probe();
    }
}

RpcError PtyHostClient::describe(const grpc::Status &status) const
{
    if (status.error_code() != grpc::StatusCode::UNAVAILABLE && !status.error_message().empty()) {
        return {int(status.error_code()), QString::fromStdString(status.error_message())};
    }
    return describeLocalCallFailure(status, m_socketPath);
}

void PtyHostClient::probe()
{
    m_probing = true;
    startUnary<v1::GetHealthRequest, v1::Health, qint64>(
        m_calls,
        &m_dispatcher,
        ProbeTimeout,
        {},
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_stub->async()->GetHealth(context, request, response, std::move(callback));
        },
        [](const v1::Health &health) {
            return qint64(health.pid());
        },
        [this](const grpc::Status &status, const grpc::ClientContext &) {
            return describe(status);
        },
        this,
        [this](const RpcResult<qint64> &result) {
            m_probing = false;
            if (result.ok()) {
                if (m_pid != 0 && *result.value != m_pid) {
                    qCInfo(TELETERM_BACKEND) << "teleterm-ptyhost is now pid" << *result.value;
                }
                m_pid = *result.value;
                m_launched = false;
                m_started.answeredBy(m_pid);
                setReady(true, {});
                m_next.start(WatchInterval);
                return;
            }
            if (m_ready) {
                ++m_restarts;
                qCWarning(TELETERM_BACKEND).noquote() << "teleterm-ptyhost pid" << m_pid << "stopped answering:" << result.error.message;
                setReady(false, tr("The terminal host (pid %1) stopped; its terminals ended with it.").arg(m_pid));
                Q_EMIT hostLost();
            }
            if (!m_launched) {
                launch();
            } else if (m_sinceLaunch.elapsed() < std::chrono::milliseconds(StartupLimit).count()) {
                m_next.start(StartupPoll);
            } else {
                m_launched = false;
                setReady(false, tr("%1 did not answer within %2 seconds; its log is in %3").arg(m_options.program).arg(10).arg(Paths::stateDirectory()));
                m_next.start(WatchInterval);
            }
        });
}

void PtyHostClient::launch()
{
    if (m_options.program.isEmpty()) {
        setReady(false, tr("teleterm-ptyhost was found neither beside %1 nor on PATH").arg(QCoreApplication::applicationFilePath()));
        m_next.start(WatchInterval);
        return;
    }
    QString error;
    if (!launchService(m_options.program, {}, &m_started, &error)) {
        setReady(false, tr("cannot run %1: %2").arg(m_options.program, error));
        m_next.start(WatchInterval);
        return;
    }
    m_launched = true;
    m_sinceLaunch.start();
    m_next.start(StartupPoll);
}

void PtyHostClient::setReady(bool ready, const QString &error)
{
    if (ready != m_ready || error != m_lastError) {
        m_ready = ready;
        m_lastError = error;
        Q_EMIT readyChanged();
    }
}

void PtyHostClient::createPty(const PtySpec &spec, QObject *receiver, std::function<void(const RpcResult<QString> &)> done)
{
    v1::CreatePtyProcessRequest request;
    request.set_path(spec.path.toStdString());
    for (const QString &arg : spec.args) {
        request.add_args(arg.toStdString());
    }
    request.set_cwd(spec.cwd.toStdString());
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it) {
        (*request.mutable_env())[it.key().toStdString()] = it.value().toStdString();
    }
    request.set_initial_message(spec.initialMessage.toStdString());
    request.set_rows(uint32_t(std::max(spec.rows, 1)));
    request.set_columns(uint32_t(std::max(spec.columns, 1)));
    request.set_title(spec.title.toStdString());
    request.set_tag(spec.tag.toStdString());
    startUnary<v1::CreatePtyProcessRequest, v1::PtyId, QString>(
        m_calls,
        &m_dispatcher,
        CallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_stub->async()->CreatePtyProcess(context, request, response, std::move(callback));
        },
        [](const v1::PtyId &id) {
            return QString::fromStdString(id.id());
        },
        [this](const grpc::Status &status, const grpc::ClientContext &) {
            return describe(status);
        },
        receiver,
        std::move(done));
}

void PtyHostClient::listPtys(QObject *receiver, std::function<void(const RpcResult<QList<PtyInfo>> &)> done)
{
    startUnary<v1::ListPtyProcessesRequest, v1::ListPtyProcessesResponse, QList<PtyInfo>>(
        m_calls,
        &m_dispatcher,
        CallTimeout,
        {},
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_stub->async()->ListPtyProcesses(context, request, response, std::move(callback));
        },
        [](const v1::ListPtyProcessesResponse &response) {
            QList<PtyInfo> ptys;
            for (const v1::PtyProcessInfo &process : response.processes()) {
                ptys.append(infoOf(process));
            }
            return ptys;
        },
        [this](const grpc::Status &status, const grpc::ClientContext &) {
            return describe(status);
        },
        receiver,
        std::move(done));
}

void PtyHostClient::ptyCwd(const QString &id, QObject *receiver, std::function<void(const RpcResult<QString> &)> done)
{
    v1::PtyId request;
    request.set_id(id.toStdString());
    startUnary<v1::PtyId, v1::PtyCwd, QString>(
        m_calls,
        &m_dispatcher,
        CallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_stub->async()->GetCwd(context, request, response, std::move(callback));
        },
        [](const v1::PtyCwd &cwd) {
            return QString::fromStdString(cwd.cwd());
        },
        [this](const grpc::Status &status, const grpc::ClientContext &) {
            return describe(status);
        },
        receiver,
        std::move(done));
}

void PtyHostClient::killPty(const QString &id)
{
    v1::PtyId request;
    request.set_id(id.toStdString());
    startUnary<v1::PtyId, v1::KillPtyProcessResponse, bool>(
        m_calls,
        &m_dispatcher,
        CallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_stub->async()->KillPtyProcess(context, request, response, std::move(callback));
        },
        [](const v1::KillPtyProcessResponse &) {
            return true;
        },
        [this](const grpc::Status &status, const grpc::ClientContext &) {
            return describe(status);
        },
        this,
        [id](const RpcResult<bool> &result) {
            if (!result.ok()) {
                qCInfo(TELETERM_BACKEND).noquote() << "the PTY" << id << "could not be ended:" << result.error.message;
            }
        });
}

} // namespace Teleterm::Backend
