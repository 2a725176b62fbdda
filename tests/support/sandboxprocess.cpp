#include "sandboxprocess.h"

#include "scratchruntime.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Teleterm::Test
{

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString &dataDir, const QJsonObject &config, const QStringList &arguments)
{
    m_dataDir = dataDir;
    m_config = config;
    m_arguments = arguments;
    QStringList all{u"--data-dir"_s, dataDir};
    if (!config.isEmpty()) {
        QDir().mkpath(QFileInfo(dataDir).absolutePath());
        const QString path = dataDir + ".config.json"_L1;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
            qWarning() << "cannot write" << path;
            return false;
        }
        all << u"--config"_s << path;
    }
    m_process.setProgram(program(u"teleterm-sandbox"_s));
    m_process.setArguments(all + arguments);
    m_process.start();
    const QString readyPath = dataDir + "/sandbox.json"_L1;
    const bool ready = QTest::qWaitFor(
        [&] {
            return QFile::exists(readyPath) || m_process.state() == QProcess::NotRunning;
        },
        120000); // a first start runs initdb, which a loaded machine makes slow
    QFile file(readyPath);
    if (!ready || !file.open(QIODevice::ReadOnly)) {
        qWarning() << "the sandbox is not ready:" << m_process.readAllStandardError();
        return false;
    }
    m_ready = QJsonDocument::fromJson(file.readAll()).object();
    return !proxy().isEmpty();
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

bool SandboxProcess::restart()
{
    const QString port = proxy().section(u':', -1);
    stop();
    QStringList arguments = m_arguments;
    arguments << u"--port"_s << port;
    const QString dataDir = m_dataDir;
    const QJsonObject config = m_config;
    const QStringList kept = m_arguments;
    const bool started = start(dataDir, config, arguments);
    m_arguments = kept; // the port is the one it had: not an argument of its own
    return started;
}

QString SandboxProcess::proxy() const
{
    return m_ready.value(u"proxy"_s).toString();
}

QString SandboxProcess::webCa() const
{
    return m_ready.value(u"web_ca"_s).toString();
}

QJsonObject SandboxProcess::user(const QString &name) const
{
    const QJsonArray users = m_ready.value(u"users"_s).toArray();
    for (const QJsonValue &value : users) {
        if (value.toObject().value(u"name"_s).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

QString SandboxProcess::otp(const QString &name, int stepsAhead) const
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(qint64(stepsAhead) * 30);
    return QString::fromLatin1(
        run(u"oathtool"_s, {u"--totp"_s, u"-b"_s, u"--now"_s, at.toString(u"yyyy-MM-dd HH:mm:ss"_s) + " UTC"_L1, user(name).value(u"totp_secret"_s).toString()})
            .out.trimmed());
}

} // namespace Teleterm::Test
