// teleterm-test-proxyssh: a small client of the sandbox's teleport-proxy-ssh-grpc route, as an
// OpenSSH ProxyCommand: TLS to the proxy with the user's certificate and Teleport's ALPN and SNI,
// gRPC over that connection, then ProxySSH carrying stdin/stdout to the node.
//
//   teleterm-test-proxyssh PROXY WEB_CA TLS_CERT TLS_KEY CLUSTER LOGIN HOST:PORT
//   teleterm-test-proxyssh PROXY WEB_CA TLS_CERT TLS_KEY CLUSTER --details
#include "tlspump.h"

#include "teleport/transport/v1/transport_service.grpc.pb.h"

#include <grpcpp/create_channel_posix.h>
#include <grpcpp/grpcpp.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace transport = teleport::transport::v1;

namespace
{

int fail(const std::string &message)
{
    std::fprintf(stderr, "teleterm-test-proxyssh: %s\n", message.c_str());
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

} // namespace

int main(int argc, char **argv)
{
    if (argc != 8) {
        return fail("usage: PROXY WEB_CA TLS_CERT TLS_KEY CLUSTER (LOGIN HOST:PORT | --details -)");
    }
    const std::string proxy = argv[1], webCa = argv[2], cert = argv[3], key = argv[4], cluster = argv[5], login = argv[6], target = argv[7];

    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (SSL_CTX_load_verify_locations(context, webCa.c_str(), nullptr) != 1 || SSL_CTX_use_certificate_file(context, cert.c_str(), SSL_FILETYPE_PEM) != 1
        || SSL_CTX_use_PrivateKey_file(context, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        return fail("cannot load the CA, certificate or key");
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    static const unsigned char alpn[] = "\x17teleport-proxy-ssh-grpc\x02h2";
    SSL_CTX_set_alpn_protos(context, alpn, sizeof alpn - 1);

    const int fd = connectTcp(proxy);
    if (fd < 0) {
        return fail("cannot connect to " + proxy);
    }
    SSL *ssl = SSL_new(context);
    SSL_set_fd(ssl, fd);
    // Teleport's routed name: hex of the cluster, under teleport.cluster.local.
    const std::string serverName = hex(cluster) + ".teleport.cluster.local";
    SSL_set_tlsext_host_name(ssl, serverName.c_str());
    SSL_set1_host(ssl, serverName.c_str());
    if (SSL_connect(ssl) != 1) {
        char text[256] = {};
        ERR_error_string_n(ERR_get_error(), text, sizeof text);
        return fail(std::string("TLS handshake failed: ") + text);
    }

    int pair[2];
    ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair);
    ::fcntl(pair[0], F_SETFL, ::fcntl(pair[0], F_GETFL) | O_NONBLOCK); // gRPC reads its end until it would block
    std::thread pump([ssl, pair] {
        Teleterm::pumpTls(ssl, pair[1]);
    });
    pump.detach();
    auto stub = transport::TransportService::NewStub(grpc::CreateInsecureChannelFromFd(serverName, pair[0]));

    if (login == "--details") {
        grpc::ClientContext unary;
        transport::GetClusterDetailsResponse response;
        const grpc::Status status = stub->GetClusterDetails(&unary, {}, &response);
        if (!status.ok()) {
            return fail(status.error_message());
        }
        std::printf("fips_enabled=%s\n", response.details().fips_enabled() ? "true" : "false");
        return 0;
    }

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
        return fail(status.error_message());
    }
    std::_Exit(0); // the stdin thread may still be blocked in read()
}
