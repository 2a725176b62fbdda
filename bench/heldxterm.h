#pragma once
// Headless Chromium keeping xterm.js terminals open (bench/xterm/run.mjs --hold): the floor of
// Teleport Connect's renderer, for the start-up and memory benchmarks to measure beside Teleterm.
// Header-only: each benchmark is one translation unit.

#include "measure.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Teleterm::Bench
{

class HeldXterm
{
public:
    HeldXterm() = default;
    ~HeldXterm()
    {
        if (m_node.state() != QProcess::NotRunning) {
            m_node.closeWriteChannel(); // the driver closes the browser when its input ends
            if (!m_node.waitForFinished(20000)) {
                m_node.kill();
                m_node.waitForFinished(5000);
            }
        }
    }
    HeldXterm(const HeldXterm &) = delete;
    HeldXterm &operator=(const HeldXterm &) = delete;

    // Starts the driver with `terminals` terminals, each fed `input` when it is not empty, and waits
    // until they are open and fed; false with the driver's last words in `why` otherwise.
    bool start(const QString &driver, int terminals, const QString &input, int timeoutMs, QString *why)
    {
        QStringList arguments{driver, QStringLiteral("--hold"), QString::number(terminals), QStringLiteral("--rows"), QStringLiteral("40")};
        if (!input.isEmpty()) {
            arguments << QStringLiteral("--input") << input;
        }
        m_node.start(QStringLiteral("node"), arguments);
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        while (!out.contains('\n') && m_node.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
            m_node.waitForReadyRead(100);
            out += m_node.readAllStandardOutput();
        }
        const QList<QByteArray> fields = out.trimmed().split(' ');
        if (fields.size() != 4 || fields.at(0) != "ready") {
            m_node.waitForFinished(1000);
            *why = QString::fromUtf8(m_node.readAllStandardError().trimmed().split('\n').constLast().right(300));
            if (why->isEmpty()) {
                *why = QStringLiteral("the driver did not say it was ready within %1 s").arg(timeoutMs / 1000);
            }
            return false;
        }
        m_chromium = fields.at(1).toLongLong();
        m_spawned = fields.at(2).toLongLong();
        m_firstFrame = fields.at(3).toLongLong();
        return true;
    }

    // From spawning Chromium to the first frame after the first terminal was opened, in ms.
    [[nodiscard]] double firstFrameMs() const
    {
        return double(m_firstFrame - m_spawned);
    }
    // PSS of Chromium and every process under it.
    [[nodiscard]] double pss() const
    {
        return pssMiB(processTree(m_chromium));
    }
    [[nodiscard]] size_t processCount() const
    {
        return processTree(m_chromium).size();
    }

private:
    QProcess m_node;
    qint64 m_chromium = 0;
    qint64 m_spawned = 0;
    qint64 m_firstFrame = 0;
};

} // namespace Teleterm::Bench
