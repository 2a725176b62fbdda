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
};

} // namespace Teleterm::Test
