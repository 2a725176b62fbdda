#pragma once

using SSL = struct ssl_st;

namespace Teleterm
{

// Carries bytes both ways between an established TLS connection and a plain stream socket
// (one end of a socketpair whose other end gRPC owns), until either side closes; then shuts the
// other side down. Runs on the calling thread with poll(), so that one thread alone uses the SSL
// object. This is how gRPC runs over a TLS connection whose ALPN and certificates Teleport
// dictates: gRPC's own TLS offers neither.
void pumpTls(SSL *ssl, int plainFd);

// Writes all of `data` to a stream socket (retrying on EINTR, never raising SIGPIPE); false when
// the peer has gone.
[[nodiscard]] bool sendAll(int fd, const char *data, long long size);

// Carries a stream both ways between Teleport's ping framing (`teleport-postgres-ping` and the
// other -ping ALPN protocols: a big-endian uint32 length, then that many bytes; length 0 is a
// keep-alive) on `framedFd` and plain bytes on `rawFd`, both stream sockets. Frames become bytes
// on a thread of its own, bytes become frames on the calling one; when either end closes, both
// are shut down, and it returns.
void translatePingFrames(int framedFd, int rawFd);

} // namespace Teleterm
