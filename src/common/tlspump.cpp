#include "tlspump.h"

#include <cerrno>
#include <cstdint>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <openssl/ssl.h>

namespace Teleterm
{

namespace
{

// Waits until the TLS socket can go on with what OpenSSL asked for.
bool waitFor(SSL *ssl, int result)
{
    const int error = SSL_get_error(ssl, result);
    if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) {
        return false;
    }
    pollfd fd{SSL_get_fd(ssl), short(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT), 0};
    while (::poll(&fd, 1, -1) < 0) {
        if (errno != EINTR) {
            return false;
        }
    }
    return true;
}

bool writeAllTls(SSL *ssl, const char *data, int size)
{
    while (size > 0) {
        const int n = SSL_write(ssl, data, size);
        if (n <= 0) {
            if (!waitFor(ssl, n)) {
                return false;
            }
            continue;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

bool sendAll(int fd, const char *data, long long size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

void pumpTls(SSL *ssl, int plainFd, bool halfClose)
{
    char buffer[16 * 1024];
    const int tlsFd = SSL_get_fd(ssl);
    // Non-blocking, so that a TLS record without application data (a session ticket, a key
    // update) sends us back to poll() instead of blocking the other direction.
    ::fcntl(tlsFd, F_SETFL, ::fcntl(tlsFd, F_GETFL) | O_NONBLOCK);
    bool plainEnded = false; // no more to read from the plain side (half-close only)
    bool tlsEnded = false; // no more to read from the TLS side (half-close only)
    for (;;) {
        // Bytes OpenSSL has already decrypted do not show on the socket: drain them first.
        if (tlsEnded || SSL_pending(ssl) == 0) {
            pollfd fds[2] = {{tlsFd, short(tlsEnded ? 0 : POLLIN), 0}, {plainFd, short(plainEnded ? 0 : POLLIN), 0}};
            if (::poll(fds, 2, -1) < 0) {
                if (errno == EINTR) {
                    continue;
                }
                break;
            }
            if (!plainEnded && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::read(plainFd, buffer, sizeof buffer);
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                if (n == 0 && halfClose) {
                    plainEnded = true;
                    SSL_shutdown(ssl); // close_notify: this side has said all it will
                    if (tlsEnded) {
                        break;
                    }
                } else if (n <= 0 || !writeAllTls(ssl, buffer, int(n))) {
                    break;
                }
            }
            if (tlsEnded || !(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
                continue;
            }
        }
        const int n = SSL_read(ssl, buffer, sizeof buffer);
        if (n <= 0) {
            const int error = SSL_get_error(ssl, n);
            if (error == SSL_ERROR_WANT_READ) {
                continue;
            }
            if (error == SSL_ERROR_WANT_WRITE && waitFor(ssl, n)) {
                continue;
            }
            if (halfClose && !tlsEnded) {
                // A close_notify, or the peer's socket closed: the other way may go on.
                tlsEnded = true;
                ::shutdown(plainFd, SHUT_WR);
                if (plainEnded) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!sendAll(plainFd, buffer, n)) {
            break;
        }
    }
    ::shutdown(plainFd, SHUT_RDWR);
}

void translatePingFrames(int framedFd, int rawFd)
{
    std::thread deframe([framedFd, rawFd] {
        std::vector<char> buffer;
        char chunk[16 * 1024];
        for (;;) {
            const ssize_t n = ::read(framedFd, chunk, sizeof chunk);
            if (n <= 0) {
                break;
            }
            buffer.insert(buffer.end(), chunk, chunk + n);
            std::size_t at = 0;
            bool ok = true;
            while (ok && buffer.size() - at >= 4) {
                const std::uint32_t length = (std::uint32_t(std::uint8_t(buffer[at])) << 24) | (std::uint32_t(std::uint8_t(buffer[at + 1])) << 16)
                    | (std::uint32_t(std::uint8_t(buffer[at + 2])) << 8) | std::uint32_t(std::uint8_t(buffer[at + 3]));
                if (buffer.size() - at - 4 < length) {
                    break;
                }
                ok = sendAll(rawFd, buffer.data() + at + 4, int(length));
                at += 4 + length;
            }
            buffer.erase(buffer.begin(), buffer.begin() + std::ptrdiff_t(at));
            if (!ok) {
                ::shutdown(rawFd, SHUT_RDWR);
                return;
            }
        }
        ::shutdown(rawFd, SHUT_WR); // the framed side has ended: pass it on
    });
    char chunk[16 * 1024];
    for (;;) {
        const ssize_t n = ::read(rawFd, chunk + 4, sizeof chunk - 4);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n == 0) {
            ::shutdown(framedFd, SHUT_WR); // the raw side has ended: pass it on
            break;
        }
        chunk[0] = char(n >> 24);
        chunk[1] = char(n >> 16);
        chunk[2] = char(n >> 8);
        chunk[3] = char(n);
        if (n < 0 || !sendAll(framedFd, chunk, int(n) + 4)) {
            ::shutdown(framedFd, SHUT_RDWR);
            ::shutdown(rawFd, SHUT_RDWR);
            break;
        }
    }
    deframe.join();
}

} // namespace Teleterm
