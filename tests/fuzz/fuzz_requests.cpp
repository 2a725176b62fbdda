// libFuzzer target for the daemon's API, which any program of the user's can call on its socket:
// the first byte chooses one of teleterm.v1's calls, the rest is that call's request as gRPC hands
// it over (protobuf bytes), parsed as gRPC parses it and given to the daemon's services as its
// server gives it. The profile directory holds one cluster, not logged in, whose proxy
// (127.0.0.1:1) refuses at once: every path that checks a request runs, and nothing goes further
// than that refused connection. AddCluster is given only addresses that are not ones or that
// proxy's, so that no input sends the fuzzer to a host on the network; WatchEvents, which waits
// for events until its caller leaves, is left out.
#include "daemonservice.h"
#include "fuzzcheck.h"
#include "gatewayservice.h"
#include "proxyaddress.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <google/protobuf/stubs/logging.h>
#include <grpcpp/server_context.h>

using namespace Teleterm;
using namespace Teleterm::Daemon;
using Teleterm::Fuzz::check;
namespace v1 = teleterm::v1;

namespace
{

const char ProxyHostPort[] = "127.0.0.1:1";

struct Services {
    QTemporaryDir directory{QDir::tempPath() + QStringLiteral("/teleterm-fuzz-requests-XXXXXX")};
    QString profilePath;
    std::unique_ptr<DaemonService> daemon;
    std::shared_ptr<Clusters> clusters;
    std::unique_ptr<TerminalService> terminal;
    std::unique_ptr<GatewayService> gateways;
};
Services *services = nullptr;

// The one profile, written again whenever an input has removed it (RemoveCluster, Logout).
void restoreProfile()
{
    if (QFile::exists(services->profilePath)) {
        return;
    }
    QFile file(services->profilePath);
    check(file.open(QIODevice::WriteOnly), "the profile can be written");
    file.write(QByteArray("web_proxy_addr: ") + ProxyHostPort + "\nuser: alice\ncluster: example\n");
}

template<typename Service, typename Request, typename Response>
void call(Service &service,
          grpc::Status (Service::*method)(grpc::ServerContext *, const Request *, Response *),
          const uint8_t *data,
          size_t size,
          bool (*admitted)(const Request &) = nullptr)
{
    Request request;
    // gRPC answers a request that does not parse itself, without calling the service.
    if (!request.ParseFromArray(data, int(size)) || (admitted && !admitted(request))) {
        return;
    }
    Response response;
    grpc::ServerContext context;
    const grpc::Status status = (service.*method)(&context, &request, &response);
    check(status.ok() || !status.error_message().empty(), "a refusal says why");
}

bool offTheNetwork(const v1::AddClusterRequest &request)
{
    const ProxyAddress address = ProxyAddress::parse(QString::fromStdString(request.name()));
    return !address.ok() || address.hostPort() == QLatin1StringView(ProxyHostPort);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv); // for the daemon's threads with event loops, as in its main()
    // The daemon says what it refuses in its log: thousands of lines a second here.
    QLoggingCategory::setFilterRules(QStringLiteral("teleterm.*=false"));
    google::protobuf::SetLogHandler(nullptr); // and protobuf each string that is not UTF-8
    services = new Services;
    // The services live until the process ends, as in the daemon: stopping the web client's thread
    // would leave OpenSSL's state for it (Qt's TLS backend starts it there) to LeakSanitizer. Only
    // the scratch directory goes.
    std::atexit([] {
        QDir(services->directory.path()).removeRecursively();
    });
    check(services->directory.isValid(), "a scratch directory");
    const QString profiles = services->directory.filePath(QStringLiteral("profiles"));
    services->profilePath = profiles + QStringLiteral("/127.0.0.1.yaml");
    check(QDir().mkpath(profiles) && QFile::setPermissions(profiles, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner), "the profile directory");
    restoreProfile();
    services->daemon = std::make_unique<DaemonService>(ServiceIdentity{QStringLiteral("fuzz"), 1, QDateTime::currentDateTimeUtc(), {}}, false);
    services->clusters = std::make_shared<Clusters>(Clusters::Options{profiles, false, {}, std::chrono::milliseconds(5000)});
    services->terminal = std::make_unique<TerminalService>(services->clusters);
    services->gateways = std::make_unique<GatewayService>(services->clusters, Gateways::Options{services->directory.filePath(QStringLiteral("gateways.json"))});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    restoreProfile();
    const uint8_t *message = data + 1;
    const size_t length = size - 1;
    TerminalService &terminal = *services->terminal;
    GatewayService &gateways = *services->gateways;
    switch (data[0] % 16) {
    case 0:
        call(*services->daemon, &DaemonService::GetHealth, message, length);
        break;
    case 1:
        call(terminal, &TerminalService::ListRootClusters, message, length);
        break;
    case 2:
        call(terminal, &TerminalService::ListLeafClusters, message, length);
        break;
    case 3:
        call(terminal, &TerminalService::AddCluster, message, length, offTheNetwork);
        break;
    case 4:
        call(terminal, &TerminalService::RemoveCluster, message, length);
        break;
    case 5:
        call(terminal, &TerminalService::GetCluster, message, length);
        break;
    case 6:
        call(terminal, &TerminalService::GetAuthSettings, message, length);
        break;
    case 7:
        call(terminal, &TerminalService::Login, message, length);
        break;
    case 8:
        call(terminal, &TerminalService::Logout, message, length);
        break;
    case 9:
        call(terminal, &TerminalService::ListUnifiedResources, message, length);
        break;
    case 10:
        call(terminal, &TerminalService::ListDatabaseUsers, message, length);
        break;
    case 11:
        call(gateways, &GatewayService::CreateGateway, message, length);
        break;
    case 12:
        call(gateways, &GatewayService::ListGateways, message, length);
        break;
    case 13:
        call(gateways, &GatewayService::RemoveGateway, message, length);
        break;
    case 14:
        call(gateways, &GatewayService::SetGatewayLocalPort, message, length);
        break;
    case 15:
        call(gateways, &GatewayService::SetGatewayTargetSubresourceName, message, length);
        break;
    }
    return 0;
}
