// teleterm-test-client: a small client of the sandbox's gRPC routes, for its tests: TLS to the
// proxy with the user's certificate and Teleport's ALPN and SNI, then gRPC over that connection.
//
//   teleterm-test-client PROXY WEB_CA TLS_CERT TLS_KEY CLUSTER proxy-ssh LOGIN HOST:PORT
//       ProxySSH carrying stdin/stdout to the node: an OpenSSH ProxyCommand
//   ... details                     TransportService.GetClusterDetails
//   ... ping                        AuthService.Ping (on the teleport-auth@ route)
//   ... list TYPE LIMIT START SEARCH LABELS SORT [total] [logins]
//       AuthService.ListResources of TYPE (node, db_server, kube_cluster, app_server); "-" for an
//       empty START, SEARCH, LABELS (k=v,k=v) or SORT (field, or -field for descending). Prints
//       "next=KEY total=N", then a line per resource: "NAME DISPLAY ADDRESS env=.. logins=..
//       kind=.. protocol=.. public=..". `list-nodes ...` is `list node ...`.
//   ... unified KINDS LIMIT START SEARCH LABELS SORT [logins]
//       AuthService.ListUnifiedResources of KINDS (comma-separated, "-" for all); prints the same.
//   ... db-cert SERVICE DB_USER PUBLIC_KEY_FILE [SECONDS]
//       AuthService.GenerateUserCerts routed to a database; prints the certificate (PEM).
//   ... user                        GetCurrentUser and GetCurrentUserRoles: "roles=.. db_users=.."
//   ... leaves                      PresenceService.ListRemoteClusters: a line per leaf
//   ... db-listen ALPN              a local database proxy: listens on 127.0.0.1, prints
//       "port=N", and carries each connection to the proxy's ALPN route (teleport-postgres or
//       teleport-postgres-ping) with TLS_CERT (a database certificate), until killed
#include "tlspump.h"

#include "teleport/legacy/client/proto/authservice.grpc.pb.h"
#include "teleport/presence/v1/service.grpc.pb.h"
#include "teleport/transport/v1/transport_service.grpc.pb.h"

#include <grpcpp/create_channel_posix.h>
#include <grpcpp/grpcpp.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <netdb.h>
#include <netinet/in.h>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace transport = teleport::transport::v1;

namespace
{

int fail(const std::string &message)
{
    std::fprintf(stderr, "teleterm-test-client: %s\n", message.c_str());
    return 1;
}

int connectTcp(const std::string &hostPort)
{
    const auto colon = hostPort.rfind(':');
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (colon == std::string::npos || ::getaddrinfo(hostPort.substr(0, colon).c_str(), hostPort.substr(colon + 1).c_str(), &hints, &found) != 0) {
        return -1;
    }
    const int fd = ::socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const bool connected = ::connect(fd, found->ai_addr, found->ai_addrlen) == 0;
    ::freeaddrinfo(found);
    if (!connected) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::string hex(const std::string &text)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : text) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::vector<std::string> split(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    for (const char c : text) {
        if (c == separator) {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

std::string joined(const google::protobuf::RepeatedPtrField<std::string> &values)
{
    std::string out;
    for (const std::string &value : values) {
        out += (out.empty() ? "" : ",") + value;
    }
    return out;
}

// A line per resource, whatever its kind.
void printResource(const proto::PaginatedResource &resource)
{
    const types::Metadata *metadata = nullptr;
    std::string kind, display, address, protocol, publicAddress;
    switch (resource.resource_case()) {
    case proto::PaginatedResource::kNode:
        metadata = &resource.node().metadata();
        kind = "node";
        display = resource.node().spec().hostname();
        address = resource.node().spec().addr();
        break;
    case proto::PaginatedResource::kDatabaseServer:
        metadata = &resource.databaseserver().spec().database().metadata();
        kind = "db";
        display = metadata->name();
        address = resource.databaseserver().spec().database().spec().uri();
        protocol = resource.databaseserver().spec().database().spec().protocol();
        break;
    case proto::PaginatedResource::kKubeCluster:
        metadata = &resource.kubecluster().metadata();
        kind = "kube_cluster";
        display = metadata->name();
        address = "-";
        break;
    case proto::PaginatedResource::kAppServer:
        metadata = &resource.appserver().spec().app().metadata();
        kind = "app";
        display = metadata->name();
        address = resource.appserver().spec().app().spec().uri();
        publicAddress = resource.appserver().spec().app().spec().publicaddr();
        break;
    default:
        std::printf("unknown-resource\n");
        return;
    }
    std::printf("%s %s %s env=%s logins=%s kind=%s protocol=%s public=%s\n",
                metadata->name().c_str(),
                display.c_str(),
                address.c_str(),
                metadata->labels().count("env") ? metadata->labels().at("env").c_str() : "",
                joined(resource.logins()).c_str(),
                kind.c_str(),
                protocol.c_str(),
                publicAddress.c_str());
}

// The arguments LIMIT START SEARCH LABELS SORT shared by both listings.
template<typename Request>
void setListing(Request &request, const std::vector<std::string> &arguments, std::size_t at)
{
    request.set_limit(std::stoi(arguments[at]));
    if (arguments[at + 1] != "-") {
        request.set_startkey(arguments[at + 1]);
    }
    if (arguments[at + 2] != "-") {
        for (const std::string &keyword : split(arguments[at + 2], ' ')) {
            request.add_searchkeywords(keyword);
        }
    }
    if (arguments[at + 3] != "-") {
        for (const std::string &label : split(arguments[at + 3], ',')) {
            const auto equals = label.find('=');
            (*request.mutable_labels())[label.substr(0, equals)] = equals == std::string::npos ? "" : label.substr(equals + 1);
        }
    }
    if (arguments[at + 4] != "-") {
        const bool descending = arguments[at + 4].front() == '-';
        request.mutable_sortby()->set_isdesc(descending);
        request.mutable_sortby()->set_field(descending ? arguments[at + 4].substr(1) : arguments[at + 4]);
    }
}

int authCommand(const std::shared_ptr<grpc::Channel> &channel, const std::string &command, std::vector<std::string> arguments)
{
    const auto stub = proto::AuthService::NewStub(channel);
    grpc::ClientContext context;
    if (command == "ping") {
        proto::PingResponse response;
        const grpc::Status status = stub->Ping(&context, {}, &response);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        std::printf("cluster=%s version=%s proxy=%s\n", response.clustername().c_str(), response.serverversion().c_str(), response.proxypublicaddr().c_str());
        return 0;
    }
    if (command == "leaves") {
        teleport::presence::v1::ListRemoteClustersResponse response;
        const grpc::Status status = teleport::presence::v1::PresenceService::NewStub(channel)->ListRemoteClusters(&context, {}, &response);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        for (const types::RemoteClusterV3 &leaf : response.remote_clusters()) {
            std::printf("%s %s\n", leaf.metadata().name().c_str(), leaf.status().connection().c_str());
        }
        return 0;
    }
    if (command == "user") {
        types::UserV2 user;
        grpc::Status status = stub->GetCurrentUser(&context, {}, &user);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        std::string traits;
        for (const auto &[name, values] : user.spec().traits().values()) {
            traits += " trait." + name + "=" + joined(values.values());
        }
        std::printf("user=%s roles=%s%s\n", user.metadata().name().c_str(), joined(user.spec().roles()).c_str(), traits.c_str());
        grpc::ClientContext rolesContext;
        const auto reader = stub->GetCurrentUserRoles(&rolesContext, {});
        types::RoleV6 role;
        while (reader->Read(&role)) {
            const types::RoleConditions &allow = role.spec().allow();
            std::string dbLabels;
            for (const auto &[name, values] : allow.databaselabels().values()) {
                dbLabels += (dbLabels.empty() ? "" : ";") + name + "=" + joined(values.values());
            }
            std::printf("role=%s logins=%s db_users=%s db_labels=%s\n",
                        role.metadata().name().c_str(),
                        joined(allow.logins()).c_str(),
                        joined(allow.databaseusers()).c_str(),
                        dbLabels.c_str());
        }
        status = reader->Finish();
        return status.ok() ? 0 : fail(status.error_message());
    }
    if (command == "db-cert") {
        if (arguments.size() < 3) {
            return fail("db-cert SERVICE DB_USER PUBLIC_KEY_FILE [SECONDS]");
        }
        std::ifstream file(arguments[2]);
        std::stringstream key;
        key << file.rdbuf();
        proto::UserCertsRequest request;
        request.set_tlspublickey(key.str());
        request.set_usage(proto::UserCertsRequest::Database);
        request.set_requestername(proto::UserCertsRequest::TSH_DB_LOCAL_PROXY_TUNNEL);
        request.mutable_routetodatabase()->set_servicename(arguments[0]);
        request.mutable_routetodatabase()->set_username(arguments[1]);
        if (arguments.size() > 3) {
            request.mutable_expires()->set_seconds(std::time(nullptr) + std::stoll(arguments[3]));
        }
        proto::Certs certs;
        const grpc::Status status = stub->GenerateUserCerts(&context, request, &certs);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        std::fwrite(certs.tls().data(), 1, certs.tls().size(), stdout);
        return 0;
    }
    if (command == "list-nodes") {
        arguments.insert(arguments.begin(), "node");
    }
    if (arguments.size() < 6) {
        return fail("list TYPE LIMIT START SEARCH LABELS SORT [total] [logins] | unified KINDS LIMIT START SEARCH LABELS SORT [logins]");
    }
    bool total = false, logins = false;
    for (std::size_t i = 6; i < arguments.size(); ++i) {
        total = total || arguments[i] == "total";
        logins = logins || arguments[i] == "logins";
    }
    if (command == "unified") {
        proto::ListUnifiedResourcesRequest request;
        if (arguments[0] != "-") {
            for (const std::string &kind : split(arguments[0], ',')) {
                request.add_kinds(kind);
            }
        }
        setListing(request, arguments, 1);
        request.set_includelogins(logins);
        proto::ListUnifiedResourcesResponse response;
        const grpc::Status status = stub->ListUnifiedResources(&context, request, &response);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        std::printf("next=%s total=-1\n", response.nextkey().c_str());
        for (const proto::PaginatedResource &resource : response.resources()) {
            printResource(resource);
        }
        return 0;
    }
    proto::ListResourcesRequest request;
    request.set_resourcetype(arguments[0]);
    request.set_namespace_("default");
    setListing(request, arguments, 1);
    request.set_needtotalcount(total);
    request.set_includelogins(logins);
    proto::ListResourcesResponse response;
    const grpc::Status status = stub->ListResources(&context, request, &response);
    if (!status.ok()) {
        return fail(status.error_message());
    }
    std::printf("next=%s total=%d\n", response.nextkey().c_str(), response.totalcount());
    for (const proto::PaginatedResource &resource : response.resources()) {
        printResource(resource);
    }
    return 0;
}

// The TLS connection and the thread that carries gRPC's bytes over it, torn down in order
// once gRPC is done with its end of the socket pair.
struct Connection {
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL *ssl = nullptr;
    int fd = -1;
    int pair[2] = {-1, -1};
    std::thread pump;

    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection()
    {
        if (pump.joinable()) {
            ::shutdown(pair[1], SHUT_RDWR);
            pump.join();
        }
        for (const int end : pair) {
            if (end >= 0) {
                ::close(end);
            }
        }
        SSL_free(ssl);
        SSL_CTX_free(context);
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

SSL_CTX *clientContext(const std::string &webCa, const std::string &cert, const std::string &key, const std::string &alpnProtocols)
{
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (SSL_CTX_load_verify_locations(context, webCa.c_str(), nullptr) != 1 || SSL_CTX_use_certificate_file(context, cert.c_str(), SSL_FILETYPE_PEM) != 1
        || SSL_CTX_use_PrivateKey_file(context, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        SSL_CTX_free(context);
        return nullptr;
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_alpn_protos(context, reinterpret_cast<const unsigned char *>(alpnProtocols.data()), unsigned(alpnProtocols.size()));
    return context;
}

// One local connection carried to the database route.
void carryDatabaseConnection(SSL_CTX *context, const std::string &proxy, bool framed, int local)
{
    const int fd = connectTcp(proxy);
    SSL *ssl = fd < 0 ? nullptr : SSL_new(context);
    if (ssl) {
        SSL_set_fd(ssl, fd);
        SSL_set_tlsext_host_name(ssl, "127.0.0.1");
        SSL_set1_host(ssl, "127.0.0.1");
    }
    if (!ssl || SSL_connect(ssl) != 1) {
        std::fprintf(stderr, "teleterm-test-client: cannot reach the database route\n");
    } else if (!framed) {
        Teleterm::pumpTls(ssl, local);
    } else {
        int pair[2];
        ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair);
        std::thread pump([ssl, pair] {
            Teleterm::pumpTls(ssl, pair[1]);
        });
        Teleterm::translatePingFrames(pair[0], local);
        ::shutdown(pair[0], SHUT_RDWR);
        pump.join();
        ::close(pair[0]);
        ::close(pair[1]);
    }
    SSL_free(ssl);
    if (fd >= 0) {
        ::close(fd);
    }
    ::close(local);
}

int databaseListener(const std::string &proxy, const std::string &webCa, const std::string &cert, const std::string &key, const std::string &alpn)
{
    SSL_CTX *context = clientContext(webCa, cert, key, char(alpn.size()) + alpn);
    if (!context) {
        return fail("cannot load the CA, certificate or key");
    }
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(listener, 16) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        return fail("cannot listen on 127.0.0.1");
    }
    std::printf("port=%d\n", ntohs(address.sin_port));
    std::fflush(stdout);
    const bool framed = alpn.size() > 5 && alpn.compare(alpn.size() - 5, 5, "-ping") == 0;
    for (;;) {
        const int local = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (local < 0) {
            continue;
        }
        std::thread(carryDatabaseConnection, context, proxy, framed, local).detach();
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 7) {
        return fail("usage: PROXY WEB_CA TLS_CERT TLS_KEY CLUSTER COMMAND [ARGUMENTS]");
    }
    const std::string proxy = argv[1], webCa = argv[2], cert = argv[3], key = argv[4], cluster = argv[5], command = argv[6];
    const std::vector<std::string> arguments(argv + 7, argv + argc);
    if (command == "db-listen" && !arguments.empty()) {
        return databaseListener(proxy, webCa, cert, key, arguments[0]);
    }
    const bool onAuthRoute = command != "proxy-ssh" && command != "details";

    Connection connection;
    SSL_CTX *context = connection.context;
    if (SSL_CTX_load_verify_locations(context, webCa.c_str(), nullptr) != 1 || SSL_CTX_use_certificate_file(context, cert.c_str(), SSL_FILETYPE_PEM) != 1
        || SSL_CTX_use_PrivateKey_file(context, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        return fail("cannot load the CA, certificate or key");
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    // Teleport's ALPN: the route first, then h2.
    const std::string route = onAuthRoute ? "teleport-auth@" + hex(cluster) + ".teleport.cluster.local" : "teleport-proxy-ssh-grpc";
    std::string alpn = char(route.size()) + route + "\x02h2";
    SSL_CTX_set_alpn_protos(context, reinterpret_cast<const unsigned char *>(alpn.data()), unsigned(alpn.size()));

    connection.fd = connectTcp(proxy);
    if (connection.fd < 0) {
        return fail("cannot connect to " + proxy);
    }
    SSL *ssl = connection.ssl = SSL_new(context);
    SSL_set_fd(ssl, connection.fd);
    // Teleport's routed name: hex of the cluster, under teleport.cluster.local.
    const std::string serverName = hex(cluster) + ".teleport.cluster.local";
    SSL_set_tlsext_host_name(ssl, serverName.c_str());
    SSL_set1_host(ssl, serverName.c_str());
    if (SSL_connect(ssl) != 1) {
        char text[256] = {};
        ERR_error_string_n(ERR_get_error(), text, sizeof text);
        return fail(std::string("TLS handshake failed: ") + text);
    }

    int *pair = connection.pair;
    ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair);
    ::fcntl(pair[0], F_SETFL, ::fcntl(pair[0], F_GETFL) | O_NONBLOCK); // gRPC reads its end until it would block
    const int plainEnd = pair[1];
    connection.pump = std::thread([ssl, plainEnd] {
        Teleterm::pumpTls(ssl, plainEnd);
    });
    const auto channel = grpc::CreateInsecureChannelFromFd(serverName, pair[0]);
    pair[0] = -1; // gRPC's now
    if (onAuthRoute) {
        return authCommand(channel, command, arguments);
    }
    auto stub = transport::TransportService::NewStub(channel);

    if (command == "details") {
        grpc::ClientContext unary;
        transport::GetClusterDetailsResponse response;
        const grpc::Status status = stub->GetClusterDetails(&unary, {}, &response);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        std::printf("fips_enabled=%s\n", response.details().fips_enabled() ? "true" : "false");
        return 0;
    }

    if (command != "proxy-ssh" || arguments.size() != 2) {
        return fail("unknown command " + command);
    }
    const std::string &login = arguments[0];
    const std::string &target = arguments[1];
    grpc::ClientContext call;
    auto stream = stub->ProxySSH(&call);
    transport::ProxySSHRequest dial;
    dial.mutable_dial_target()->set_host_port(target);
    dial.mutable_dial_target()->set_cluster(cluster);
    dial.mutable_dial_target()->set_login_name(login);
    stream->Write(dial);

    std::thread input([&stream] {
        char buffer[32 * 1024];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            transport::ProxySSHRequest frame;
            frame.mutable_ssh()->set_payload(buffer, size_t(n));
            if (!stream->Write(frame)) {
                break;
            }
        }
        stream->WritesDone();
    });
    input.detach(); // stdin may never close; the process ends when the node does

    transport::ProxySSHResponse response;
    while (stream->Read(&response)) {
        if (response.has_ssh()) {
            const std::string &payload = response.ssh().payload();
            if (::write(STDOUT_FILENO, payload.data(), payload.size()) != ssize_t(payload.size())) {
                break;
            }
        }
    }
    const grpc::Status status = stream->Finish();
    if (!status.ok()) {
        fail(status.error_message());
    }
    // The stdin thread may still be blocked in read() with the stream in hand: end here, without
    // the teardown that would pull the stream from under it.
    std::fflush(stdout);
    std::_Exit(status.ok() ? 0 : 1);
}
