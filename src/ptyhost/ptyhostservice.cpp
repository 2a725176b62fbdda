#include "ptyhostservice.h"

#include "callerlanguage.h"

#include "ptyhostlogging.h"
#include "ptyregistry.h"
#include "ptystream.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Teleterm::PtyHost
{

namespace
{

quint16 clampSize(quint32 value)
{
    return quint16(qMin(value, 0xffffu));
}

grpc::Status noSuchPty(const std::string &id)
{
    return {grpc::StatusCode::NOT_FOUND, ServiceText::tr("no PTY %1").arg(QString::fromStdString(id)).toStdString()};
}

ptyhost::v1::PtyProcessInfo::State stateOf(PtyProcess::State state)
{
    switch (state) {
    case PtyProcess::State::Created:
        return ptyhost::v1::PtyProcessInfo::STATE_CREATED;
    case PtyProcess::State::Running:
        return ptyhost::v1::PtyProcessInfo::STATE_RUNNING;
    case PtyProcess::State::Exited:
        return ptyhost::v1::PtyProcessInfo::STATE_EXITED;
    case PtyProcess::State::StartFailed:
        return ptyhost::v1::PtyProcessInfo::STATE_START_FAILED;
    }
    return ptyhost::v1::PtyProcessInfo::STATE_UNSPECIFIED;
}

} // namespace

PtyHostService::PtyHostService(ServiceIdentity identity)
    : m_identity(std::move(identity))
    , m_thread(std::make_unique<QThread>())
    , m_registry(new PtyRegistry)
{
    m_thread->setObjectName(u"pty-io"_s);
    m_registry->moveToThread(m_thread.get());
    m_thread->start();
    if (QCoreApplication *application = QCoreApplication::instance()) {
        // Before the server stops: the streams end at once instead of waiting out its grace.
        QObject::connect(
            application,
            &QCoreApplication::aboutToQuit,
            m_registry,
            [this] {
                hangUpAll();
            },
            Qt::DirectConnection);
    }
}

PtyHostService::~PtyHostService()
{
    QMetaObject::invokeMethod(
        m_registry,
        [this] {
            delete m_registry; // hangs up what still runs
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PtyHostService::hangUpAll()
{
    qCInfo(TELETERM_PTYHOST) << "hanging up every PTY";
    QMetaObject::invokeMethod(
        m_registry,
        [this] {
            m_registry->hangUpAll();
        },
        Qt::BlockingQueuedConnection);
}

template<typename Work>
grpc::ServerUnaryReactor *PtyHostService::onPtyThread(grpc::CallbackServerContext *context, Work work)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    QMetaObject::invokeMethod(
        m_registry,
        [this, reactor, work = std::move(work), language = CallerLanguage::of(*context)]() mutable {
            const CallerLanguage::Scope speaking(language);
            reactor->Finish(work(*m_registry));
        },
        Qt::QueuedConnection);
    return reactor;
}

grpc::ServerUnaryReactor *
PtyHostService::GetHealth(grpc::CallbackServerContext *context, const ptyhost::v1::GetHealthRequest * /*request*/, ptyhost::v1::Health *response)
{
    response->set_version(m_identity.version.toStdString());
    response->set_pid(m_identity.pid);
    response->set_started_unix_ms(m_identity.started.toMSecsSinceEpoch());
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
}

grpc::ServerUnaryReactor *
PtyHostService::CreatePtyProcess(grpc::CallbackServerContext *context, const ptyhost::v1::CreatePtyProcessRequest *request, ptyhost::v1::PtyId *response)
{
    const CallerLanguage::Scope speaking(CallerLanguage::of(*context));
    PtySpec spec;
    spec.path = QString::fromStdString(request->path());
    for (const std::string &argument : request->args()) {
        spec.args.append(QString::fromStdString(argument));
    }
    spec.cwd = QString::fromStdString(request->cwd());
    for (const auto &[name, value] : request->env()) {
        if (name.empty() || name.find('=') != std::string::npos) {
            grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
            reactor->Finish({grpc::StatusCode::INVALID_ARGUMENT,
                             ServiceText::tr("not an environment variable's name: %1").arg(QString::fromStdString(name)).toStdString()});
            return reactor;
        }
        spec.env.append({QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
    }
    spec.initialMessage = QByteArray::fromStdString(request->initial_message());
    spec.columns = clampSize(request->columns());
    spec.rows = clampSize(request->rows());
    spec.title = QString::fromStdString(request->title());
    spec.tag = QString::fromStdString(request->tag());
    if (spec.path.isEmpty()) {
        grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
        reactor->Finish({grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("no program to run").toStdString()});
        return reactor;
    }
    return onPtyThread(context, [spec = std::move(spec), response](PtyRegistry &registry) mutable {
        response->set_id(registry.create(std::move(spec)).toStdString());
        return grpc::Status::OK;
    });
}

grpc::ServerUnaryReactor *PtyHostService::ListPtyProcesses(grpc::CallbackServerContext *context,
                                                           const ptyhost::v1::ListPtyProcessesRequest * /*request*/,
                                                           ptyhost::v1::ListPtyProcessesResponse *response)
{
    return onPtyThread(context, [response](PtyRegistry &registry) {
        for (const PtyProcess *process : registry.processes()) {
            ptyhost::v1::PtyProcessInfo *info = response->add_processes();
            const PtySpec &spec = process->spec();
            info->set_id(process->id().toStdString());
            info->set_path(spec.path.toStdString());
            for (const QString &argument : spec.args) {
                info->add_args(argument.toStdString());
            }
            info->set_cwd(spec.cwd.toStdString());
            info->set_title(spec.title.toStdString());
            info->set_tag(spec.tag.toStdString());
            info->set_state(stateOf(process->state()));
            info->set_pid(process->pid());
            if (process->state() == PtyProcess::State::Exited) {
                info->mutable_exit()->set_exit_code(process->exit().code);
                info->mutable_exit()->set_signal(process->exit().signal);
            }
            info->set_start_error(process->startError().toStdString());
            info->set_created_unix_ms(process->created().toMSecsSinceEpoch());
            info->set_columns(process->columns());
            info->set_rows(process->rows());
            info->set_attached(process->client() != nullptr);
        }
        return grpc::Status::OK;
    });
}

grpc::ServerUnaryReactor *PtyHostService::GetCwd(grpc::CallbackServerContext *context, const ptyhost::v1::PtyId *request, ptyhost::v1::PtyCwd *response)
{
    return onPtyThread(context, [request, response](PtyRegistry &registry) {
        const PtyProcess *process = registry.find(QString::fromStdString(request->id()));
        if (!process) {
            return noSuchPty(request->id());
        }
        const QString directory = process->currentDirectory();
        if (directory.isEmpty()) {
            return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, ServiceText::tr("no process runs in this PTY").toStdString());
        }
        response->set_cwd(directory.toStdString());
        return grpc::Status::OK;
    });
}

grpc::ServerUnaryReactor *
PtyHostService::KillPtyProcess(grpc::CallbackServerContext *context, const ptyhost::v1::PtyId *request, ptyhost::v1::KillPtyProcessResponse * /*response*/)
{
    return onPtyThread(context, [request](PtyRegistry &registry) {
        return registry.remove(QString::fromStdString(request->id())) ? grpc::Status::OK : noSuchPty(request->id());
    });
}

grpc::ServerBidiReactor<ptyhost::v1::PtyClientEvent, ptyhost::v1::PtyServerEvent> *PtyHostService::ManagePtyProcess(grpc::CallbackServerContext *context)
{
    return new PtyStream(m_registry, CallerLanguage::of(*context));
}

} // namespace Teleterm::PtyHost
