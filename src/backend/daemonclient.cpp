#include "daemonclient.h"

#include "backendlogging.h"
#include "languagechange.h"
#include "paths.h"
#include "servicelaunch.h"

#include <QCoreApplication>
#include <QJSEngine>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Teleterm::Backend
{

namespace
{

DaemonClient *s_instance = nullptr;

constexpr auto ProbeTimeout = 800ms; // a local daemon answers health in microseconds
constexpr auto WatchInterval = 1000ms; // how soon a dead daemon is noticed
constexpr auto StartupPoll = 100ms;
constexpr auto StartupLimit = 10s; // a daemon that has not answered by then is reported
constexpr auto MaxRetryDelay = 30s;

} // namespace

DaemonClient::DaemonClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.program.isEmpty()) {
        m_options.program = findServiceProgram(u"teleterm-daemon"_s);
    }
    if (m_options.socketPath.isEmpty()) {
        m_options.socketPath = Paths::daemonSocketPath();
    }
    m_channel = std::make_unique<DaemonChannel>(m_options.socketPath);
    connect(this, &DaemonClient::stateChanged, this, &DaemonClient::statusTextChanged);
    whenLanguageChanges(this, [this] {
        Q_EMIT statusTextChanged();
    });
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &DaemonClient::probe);
    if (!s_instance) {
        s_instance = this;
    }
}

DaemonClient::~DaemonClient()
{
    m_next.stop();
    m_channel.reset(); // cancels and drains the calls in flight; their queued results die with us
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

DaemonClient *DaemonClient::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "DaemonClient::create", "main() makes the DaemonClient before QML asks for it");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

DaemonClient *DaemonClient::instance()
{
    return s_instance;
}

void DaemonClient::start()
{
    if (m_state != State::Idle) {
        return;
    }
    setState(State::Connecting, {});
    probe();
}

void DaemonClient::retryNow()
{
    if (m_state == State::Failed) {
        m_failedLaunches = 0;
        launch();
    }
}

QString DaemonClient::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not started");
    case State::Connecting:
        return tr("Looking for the daemon…");
    case State::Starting:
        return m_restarts > 0 ? tr("The daemon stopped. Restarting it…") : tr("Starting the daemon…");
    case State::Connected:
        return tr("Daemon %1 running (pid %2)").arg(m_health.version).arg(m_health.pid);
    case State::Failed:
        return tr("The daemon could not be started");
    }
    return {};
}

void DaemonClient::probe()
{
    if (m_probeInFlight) {
        return;
    }
    m_probeInFlight = true;
    m_channel->getHealth(ProbeTimeout, this, [this](const RpcResult<DaemonHealth> &result) {
        m_probeInFlight = false;
        onProbe(result);
    });
}

void DaemonClient::onProbe(const RpcResult<DaemonHealth> &result)
{
    if (result.ok()) {
        const DaemonHealth &health = *result.value;
        const bool changed = health.pid != m_health.pid || health.version != m_health.version || health.insecure != m_health.insecure;
        m_health = health;
        m_failedLaunches = 0;
        m_launched.answeredBy(health.pid);
        if (changed) {
            qCInfo(TELETERM_BACKEND).noquote() << "connected to teleterm-daemon" << health.version << "pid" << health.pid;
            Q_EMIT healthChanged();
        }
        if (m_state != State::Connected) {
            setState(State::Connected, m_state == State::Starting ? m_lastError : QString{});
        }
        m_next.start(WatchInterval);
        return;
    }

    switch (m_state) {
    case State::Connecting:
        qCInfo(TELETERM_BACKEND).noquote() << "no daemon answers:" << result.error.message << "- starting one";
        launch();
        break;
    case State::Connected:
        ++m_restarts;
        qCWarning(TELETERM_BACKEND).noquote() << "teleterm-daemon pid" << m_health.pid << "stopped answering:" << result.error.message;
        m_lastError = tr("The daemon (pid %1) stopped answering: %2").arg(m_health.pid).arg(result.error.message);
        launch();
        break;
    case State::Starting:
        if (m_sinceLaunch.elapsed() < std::chrono::milliseconds(StartupLimit).count()) {
            m_next.start(StartupPoll);
        } else {
            fail(tr("%1 did not answer within %2 seconds; its log is in %3")
                     .arg(m_options.program)
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(StartupLimit).count())
                     .arg(Paths::stateDirectory()));
        }
        break;
    case State::Failed:
        launch();
        break;
    case State::Idle:
        break;
    }
}

void DaemonClient::launch()
{
    if (m_options.program.isEmpty()) {
        fail(tr("teleterm-daemon was found neither beside %1 nor on PATH").arg(QCoreApplication::applicationFilePath()));
        return;
    }
    QStringList arguments;
    if (m_options.insecure) {
        arguments << u"--insecure"_s;
    }
    if (!m_options.caFile.isEmpty()) {
        arguments << u"--ca-file"_s << m_options.caFile;
    }
    QString error;
    if (!launchService(m_options.program, arguments, &m_launched, &error)) {
        fail(tr("cannot run %1: %2").arg(m_options.program, error));
        return;
    }
    m_sinceLaunch.start();
    setState(State::Starting, m_lastError);
    m_next.start(StartupPoll);
}

void DaemonClient::fail(const QString &error)
{
    ++m_failedLaunches;
    const auto delay = std::min<std::chrono::milliseconds>(MaxRetryDelay, 1000ms * (1 << std::min(m_failedLaunches - 1, 5)));
    qCWarning(TELETERM_BACKEND).noquote() << "daemon unavailable:" << error << "- retrying in" << delay.count() << "ms";
    setState(State::Failed, error);
    m_next.start(delay);
}

void DaemonClient::setState(State state, const QString &error)
{
    if (state == m_state && error == m_lastError) {
        return;
    }
    const bool connected = state == State::Connected && m_state != State::Connected;
    m_state = state;
    m_lastError = error;
    if (connected) {
        watchEvents();
    }
    Q_EMIT stateChanged();
}

void DaemonClient::watchEvents()
{
    DaemonChannel::cancel(m_events);
    m_events = m_channel->watchEvents(
        this,
        [this](const ClusterEventInfo &event) {
            switch (event.kind) {
            case ClusterEventInfo::Kind::Unspecified:
                break;
            case ClusterEventInfo::Kind::CertificateExpiresSoon:
            case ClusterEventInfo::Kind::CertificateExpired:
            case ClusterEventInfo::Kind::ProfileChanged:
            case ClusterEventInfo::Kind::ProfileRemoved:
                Q_EMIT clusterEvent(ClusterEventKind(int(event.kind)), event.clusterUri, event.validUntil);
                break;
            case ClusterEventInfo::Kind::ReloginRequired:
                Q_EMIT reloginRequired(event.clusterUri, event.message, event.gatewayUri);
                break;
            case ClusterEventInfo::Kind::ReloginSettled:
                Q_EMIT reloginSettled(event.clusterUri);
                break;
            case ClusterEventInfo::Kind::GatewayChanged:
                Q_EMIT gatewayChanged(event.gatewayUri);
                break;
            case ClusterEventInfo::Kind::Notification:
                Q_EMIT notification(event.message, event.clusterUri, event.gatewayUri);
                break;
            }
        },
        [this](const RpcError &) {
            // The daemon went away (the health watch notices and restarts it) or the stream
            // broke: follow it again once the daemon answers, unless a newer stream runs.
            if (m_state == State::Connected) {
                QTimer::singleShot(std::chrono::seconds(1), this, [this] {
                    if (m_state == State::Connected && m_events.expired()) {
                        watchEvents();
                    }
                });
            }
        });
}

} // namespace Teleterm::Backend
