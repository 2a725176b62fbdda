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

} // namespace Teleterm
