#include "daemonconnection.h"

#include "localchannel.h"
#include "paths.h"

#include "teleterm/v1/daemon.grpc.pb.h"

#include <QCoreApplication>
#include <QProcess>
#include <QThread>

#include <grpcpp/grpcpp.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Cli
{

namespace
{

bool answers(const std::shared_ptr<grpc::Channel> &channel, std::chrono::milliseconds within)
{
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + within);
    context.set_wait_for_ready(true);
    teleterm::v1::Health health;
    return teleterm::v1::DaemonService::NewStub(channel)->GetHealth(&context, {}, &health).ok();
}

} // namespace

std::shared_ptr<grpc::Channel> connectToDaemon(const QStringList &daemonArguments, QString *error)
{
    const QString socket = Paths::daemonSocketPath();
    std::shared_ptr<grpc::Channel> channel = makeLocalChannel(socket);
    if (answers(channel, std::chrono::milliseconds(300))) {
        return channel;
    }
    // None runs: start one beside this program, detached, as the window would.
    const QString program = QCoreApplication::applicationDirPath() + "/teleterm-daemon"_L1;
    QProcess daemon;
    daemon.setProgram(program);
    daemon.setArguments(daemonArguments);
    // It writes its own log; our output is the command's alone.
    daemon.setStandardOutputFile(QProcess::nullDevice());
    daemon.setStandardErrorFile(QProcess::nullDevice());
    if (!daemon.startDetached()) {
        *error = u"no daemon answers at %1, and %2 cannot be started"_s.arg(socket, program);
        return nullptr;
    }
    if (answers(channel, std::chrono::seconds(10))) {
        return channel;
    }
    *error = u"the daemon started but does not answer at %1; see its log in %2"_s.arg(socket, Paths::stateDirectory());
    return nullptr;
}

} // namespace Teleterm::Cli
