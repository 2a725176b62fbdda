#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Teleterm::Test
{

// teleterm-sandbox of this build, run for a test: started on a data directory, ready when its
// ready file appears, stopped with SIGTERM (and by the destructor).
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts it and waits (the event loop running) for its ready file; false with a warning
    // saying what it printed otherwise.
    [[nodiscard]] bool start(const QString &dataDir, const QJsonObject &config = {}, const QStringList &arguments = {});
    void stop();
    // Stops it and starts it again on the same data directory, configuration and port (a proxy
    // that went away and came back).
    [[nodiscard]] bool restart();
    [[nodiscard]] qint64 pid() const
    {
        return m_process.processId();
    }

    [[nodiscard]] const QJsonObject &ready() const
    {
        return m_ready;
    }
    [[nodiscard]] QString proxy() const;
    [[nodiscard]] QString webCa() const;
    // A user from the ready file, by name.
    [[nodiscard]] QJsonObject user(const QString &name) const;
    // The user's TOTP code for now (or `stepsAhead` 30-second steps later), from oathtool.
    [[nodiscard]] QString otp(const QString &name, int stepsAhead = 0) const;

private:
    QProcess m_process;
    QJsonObject m_ready;
    QString m_dataDir;
    QJsonObject m_config;
    QStringList m_arguments;
};

} // namespace Teleterm::Test
