#include "sshnodes.h"

#include "certauthority.h"
#include "sandboxlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include <chrono>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Teleterm::Sandbox
{

namespace
{

constexpr auto HostCertificateValidity = std::chrono::seconds(24h * 365);

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Whether an SSH server greets on the port.
bool greets(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(500) || !socket.waitForReadyRead(2000)) {
        return false;
    }
    return socket.readAll().startsWith("SSH-2.0-");
}

QString readOrCreateUuid(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString uuid = QString::fromLatin1(file.readAll().trimmed());
        if (!QUuid::fromString(uuid).isNull()) {
            return uuid;
        }
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString ignored;
    (void)writePrivateFile(path, uuid.toLatin1() + '\n', &ignored);
    return uuid;
}

} // namespace

SshNodes::~SshNodes()
{
    stop();
}

bool SshNodes::start(const QString &dataDir,
                     const QString &clusterName,
                     int count,
                     const SshAuthority &hostCa,
                     const QString &userCaPublicKeyPath,
                     QString *error)
{
    m_cluster = clusterName;
    m_userCaPath = userCaPublicKeyPath;
    if (::getuid() == 0) {
        // sshd's privilege separation directory; Debian makes it at boot, containers may not have it.
        QDir().mkpath(u"/run/sshd"_s);
    }
    for (int i = 1; i <= count; ++i) {
        const QString name = u"node-%1"_s.arg(i);
        const QString directory = dataDir + "/nodes/"_L1 + name;
        if (!QDir().mkpath(directory)) {
            *error = u"cannot create %1"_s.arg(directory);
            return false;
        }
        SshNode node{name, readOrCreateUuid(directory + "/uuid"_L1), 0, {{u"env"_s, i % 2 == 1 ? u"dev"_s : u"staging"_s}, {u"sandbox"_s, u"sshd"_s}}};
        const QString hostKey = directory + "/host_key"_L1;
        if (!QFile::exists(hostKey)) {
            QProcess keygen;
            keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-C"_s, name, u"-f"_s, hostKey});
            if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
                *error = u"cannot make a host key for %1: %2"_s.arg(name, QString::fromUtf8(keygen.readAllStandardError()));
                return false;
            }
        }
        QFile publicKey(hostKey + ".pub"_L1);
        if (!publicKey.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1"_s.arg(publicKey.fileName());
            return false;
        }
        // The names a client may know the node by, as Teleport certifies its nodes.
        const QStringList principals{node.uuid, node.uuid + u'.' + clusterName, name, name + u'.' + clusterName, u"localhost"_s, u"127.0.0.1"_s};
        const QByteArray certificate = hostCa.sign({publicKey.readAll().trimmed(), name, principals, HostCertificateValidity, SshAuthority::Kind::Host}, error);
        if (certificate.isEmpty() || !writePrivateFile(hostKey + "-cert.pub"_L1, certificate + '\n', error)) {
            return false;
        }
        if (!startNode(directory, node, error)) {
            return false;
        }
        m_nodes.append(node);
    }
    return true;
}

bool SshNodes::startNode(const QString &directory, SshNode &node, QString *error)
{
    // A port may be taken between our probe and sshd's bind: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        node.port = freeLoopbackPort();
        const QString config =
            u"ListenAddress 127.0.0.1:%1\n"
            "HostKey %2/host_key\n"
            "HostCertificate %2/host_key-cert.pub\n"
            "TrustedUserCAKeys %3\n"
            "AuthorizedKeysFile none\n"
            "PubkeyAuthentication yes\n"
            "PasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\n"
            "UsePAM no\n"
            "StrictModes no\n"
            "PermitRootLogin prohibit-password\n"
            "PidFile none\n"
            "LogLevel VERBOSE\n"
            "Subsystem sftp internal-sftp\n"_s.arg(node.port)
                .arg(directory, m_userCaPath);
        if (!writePrivateFile(directory + "/sshd_config"_L1, config.toUtf8(), error)) {
            return false;
        }
        auto process = std::make_unique<QProcess>();
        process->setProgram(u"/usr/sbin/sshd"_s);
        process->setArguments({u"-D"_s, u"-e"_s, u"-f"_s, directory + "/sshd_config"_L1});
        process->setStandardOutputFile(directory + "/sshd.log"_L1, QIODevice::Append);
        process->setStandardErrorFile(directory + "/sshd.log"_L1, QIODevice::Append);
        // A sandbox killed outright (the fault tests do that) takes its nodes with it: sshd gets
        // SIGTERM when the thread that started it ends. If the sandbox is already gone by the time
        // the child runs, the child does not go on to exec.
        const pid_t parent = ::getpid();
        process->setChildProcessModifier([parent] {
            if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || ::getppid() != parent) {
                ::_exit(126);
            }
        });
        process->start();
        if (!process->waitForStarted(10000)) {
            *error = u"cannot run /usr/sbin/sshd: %1"_s.arg(process->errorString());
            return false;
        }
        for (int wait = 0; wait < 100 && process->state() == QProcess::Running; ++wait) {
            if (greets(node.port)) {
                qCInfo(TELETERM_SANDBOX).noquote() << "node" << node.name << u"(%1)"_s.arg(node.uuid) << "sshd on port" << node.port;
                m_processes.push_back(std::move(process));
                return true;
            }
            QThread::msleep(50);
        }
        process->kill();
        process->waitForFinished(5000);
    }
    *error = u"sshd for %1 did not start; see %2/sshd.log"_s.arg(node.name, directory);
    return false;
}

void SshNodes::stop()
{
    for (const auto &process : m_processes) {
        process->terminate();
    }
    for (const auto &process : m_processes) {
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    m_processes.clear();
}

const SshNode *SshNodes::find(const QString &target) const
{
    QString host = target.section(u':', 0, 0);
    if (host.endsWith(u'.' + m_cluster)) {
        host.chop(m_cluster.size() + 1);
    }
    for (const SshNode &node : m_nodes) {
        if (node.name == host || node.uuid == host) {
            return &node;
        }
    }
    return nullptr;
}

} // namespace Teleterm::Sandbox
