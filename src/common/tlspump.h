#pragma once

using SSL = struct ssl_st;

namespace Teleterm
{

// Carries bytes both ways between an established TLS connection and a plain stream socket
// (one end of a socketpair whose other end gRPC owns), until either side closes; then shuts the
// other side down. Runs on the calling thread with poll(), so that one thread alone uses the SSL
// object. This is how gRPC runs over a TLS connection whose ALPN and certificates Teleport
// dictates: gRPC's own TLS offers neither.
//
// With `halfClose`, an end on one side is passed on and the other way goes on: the plain side's
// end of input becomes a close_notify, the TLS side's end a shutdown(SHUT_WR) of the plain
// socket; it returns once both ways have ended (or either fails). A database client that sends
// its last message and half-closes still gets its answers.
void pumpTls(SSL *ssl, int plainFd, bool halfClose = false);

// Writes all of `data` to a stream socket (retrying on EINTR, never raising SIGPIPE); false when
// the peer has gone.
[[nodiscard]] bool sendAll(int fd, const char *data, long long size);

// Carries a stream both ways between Teleport's ping framing (`teleport-postgres-ping` and the
// other -ping ALPN protocols: a big-endian uint32 length, then that many bytes; length 0 is a
// keep-alive) on `framedFd` and plain bytes on `rawFd`, both stream sockets. Frames become bytes
// on a thread of its own, bytes become frames on the calling one; an end of input on one side is
// passed on to the other as a shutdown(SHUT_WR), a failure shuts both down, and it returns once
// both ways have ended.
void translatePingFrames(int framedFd, int rawFd);

} // namespace Teleterm
