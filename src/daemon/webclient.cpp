#include "webclient.h"

#include "callerlanguage.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Teleterm::Daemon
{

namespace
{

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        texts << error.errorString();
    }
    texts.removeDuplicates();
    return texts.join(u"; "_s);
}

// What the caller and the network thread share about one request.
struct Exchange {
    std::promise<WebResponse> answer;
    std::mutex mutex;
    QPointer<QNetworkReply> reply; // set and read on the network thread only
    QList<QSslError> sslErrors;
    std::atomic_bool callerGaveUp = false; // an abort of ours, not Qt's transfer timeout
};

} // namespace

WebClient::WebClient()
{
    m_thread.setObjectName(u"web-client"_s);
    m_context = new QObject;
    auto *manager = new QNetworkAccessManager(m_context);
    manager->setObjectName(u"manager"_s);
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

WebClient::~WebClient()
{
    m_thread.quit();
    m_thread.wait();
}

WebResponse WebClient::fetch(const WebRequest &request, const std::function<bool()> &cancelled)
{
    auto exchange = std::make_shared<Exchange>();
    std::future<WebResponse> answer = exchange->answer.get_future();
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        m_context,
        [context, exchange, request, language = CallerLanguage::current()] {
            auto *manager = context->findChild<QNetworkAccessManager *>(u"manager"_s);
            QNetworkRequest http(request.url);
            http.setTransferTimeout(int(request.timeout.count()));
            http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            http.setRawHeader("Accept", "application/json");
            if (!request.body.isEmpty()) {
                http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            }
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            if (!request.extraCas.isEmpty()) {
                tls.addCaCertificates(request.extraCas);
            }
            if (request.insecure) {
                tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            }
            http.setSslConfiguration(tls);
            QNetworkReply *reply = manager->sendCustomRequest(http, request.method, request.body);
            exchange->reply = reply;
            QObject::connect(reply, &QNetworkReply::sslErrors, reply, [exchange](const QList<QSslError> &errors) {
                exchange->sslErrors = errors;
            });
            QObject::connect(reply, &QNetworkReply::finished, reply, [exchange, reply, request, language] {
                const CallerLanguage::Scope speaking(language);
                WebResponse response;
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.body = reply->readAll();
                const QString host = request.url.host() + u':' + QString::number(request.url.port(443));
                switch (reply->error()) {
                case QNetworkReply::NoError:
                    break;
                case QNetworkReply::OperationCanceledError:
                    if (exchange->callerGaveUp) {
                        response.failure = WebResponse::Failure::Cancelled;
                        response.error = ServiceText::tr("cancelled");
                        break;
                    }
                    [[fallthrough]]; // Qt's transfer timeout aborts the reply too
                case QNetworkReply::TimeoutError:
                    response.failure = WebResponse::Failure::Timeout;
                    response.error =
                        ServiceText::tr("the proxy at %1 did not answer within %n second(s)", nullptr, int(request.timeout.count() / 1000)).arg(host);
                    break;
                case QNetworkReply::SslHandshakeFailedError:
                    if (!exchange->sslErrors.isEmpty()) {
                        response.failure = WebResponse::Failure::UntrustedCertificate;
                        response.error =
                            ServiceText::tr("the certificate of the proxy at %1 is not trusted: %2").arg(host, describeSslErrors(exchange->sslErrors));
                    } else {
                        response.failure = WebResponse::Failure::Unreachable;
                        response.error = ServiceText::tr("the TLS handshake with %1 failed: %2").arg(host, reply->errorString());
                    }
                    break;
                case QNetworkReply::ConnectionRefusedError:
                    response.failure = WebResponse::Failure::Unreachable;
                    response.error = ServiceText::tr("nothing accepts connections at %1").arg(host);
                    break;
                case QNetworkReply::HostNotFoundError:
                    response.failure = WebResponse::Failure::Unreachable;
                    response.error = ServiceText::tr("no host is named %1").arg(request.url.host());
                    break;
                default:
                    // HTTP errors still carry an answer; transport errors do not.
                    if (response.status == 0) {
                        response.failure = WebResponse::Failure::Unreachable;
                        response.error = ServiceText::tr("cannot talk to the proxy at %1: %2").arg(host, reply->errorString());
                    }
                }
                reply->deleteLater();
                exchange->answer.set_value(std::move(response));
            });
        },
        Qt::QueuedConnection);

    // Wait in slices, so that a caller that gives up stops the request.
    const auto slice = std::chrono::milliseconds(200);
    const auto limit = std::chrono::steady_clock::now() + request.timeout + std::chrono::seconds(5);
    bool aborted = false;
    while (answer.wait_for(slice) != std::future_status::ready) {
        if (!aborted && ((cancelled && cancelled()) || std::chrono::steady_clock::now() > limit)) {
            aborted = true;
            exchange->callerGaveUp = true;
            QMetaObject::invokeMethod(
                m_context,
                [exchange] {
                    if (exchange->reply) {
                        exchange->reply->abort();
                    }
                },
                Qt::QueuedConnection);
        }
    }
    return answer.get();
}

} // namespace Teleterm::Daemon
