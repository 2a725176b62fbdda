#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Teleterm::Daemon
{

struct WebRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON when set
    QList<QSslCertificate> extraCas; // trusted besides the system's
    bool insecure = false; // skip the certificate and host name checks (--insecure)
    std::chrono::milliseconds timeout{15000};
};

struct WebResponse {
    int status = 0; // HTTP status; 0 when no answer came
    QByteArray body;
    // Why no answer came, in words a person understands; empty when one came.
    QString error;
    enum class Failure {
        None,
        Unreachable, // refused, no route, unknown host, dropped
        Timeout,
        UntrustedCertificate,
        Cancelled,
    } failure = Failure::None;
};

// HTTPS for the daemon's calls to a proxy's web API: Qt Network on a thread of its own, so that
// the gRPC threads that ask can wait for an answer (bounded by the request's timeout) without an
// event loop of their own. Thread-safe.
class WebClient
{
public:
    WebClient();
    ~WebClient();
    WebClient(const WebClient &) = delete;
    WebClient &operator=(const WebClient &) = delete;

    // Blocks the calling thread (never the Qt thread this client runs on) until the answer, the
    // timeout, or `cancelled()` turning true (polled a few times a second).
    [[nodiscard]] WebResponse fetch(const WebRequest &request, const std::function<bool()> &cancelled = {});

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread, owns the network access manager
};

} // namespace Teleterm::Daemon
