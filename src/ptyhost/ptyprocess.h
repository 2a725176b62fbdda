#pragma once

#include "replaybuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>

#include <sys/types.h>

class QSocketNotifier;

namespace Teleterm::PtyHost
{

// What CreatePtyProcess asked for.
struct PtySpec {
    QString path;
    QStringList args;
    QString cwd;
    QList<QPair<QByteArray, QByteArray>> env; // on top of the host's environment
    QByteArray initialMessage;
    quint16 columns = 80;
    quint16 rows = 24;
    QString title;
    QString tag;
};

struct PtyExit {
    int code = 0;
    int signal = 0; // 0 when the program exited by itself
};

// Why a PTY let go of its client.
enum class DetachReason {
    Replaced, // another stream attached
    Removed, // KillPtyProcess; the client has had the exit
    ShuttingDown, // the host is stopping
};

// The stream attached to a PTY, as the PTY sees it. Every call comes on the PTY's thread.
class PtyClient
{
public:
    // Output read from the PTY; the client may pause the PTY's reading (back-pressure).
    virtual void ptyOutput(const QByteArray &bytes) = 0;
    // The program ended and all its output has been delivered.
    virtual void ptyExited(const PtyExit &exit) = 0;
    // The keystrokes written so far have reached the PTY: the client may read more.
    virtual void ptyInputDrained() = 0;
    // The PTY no longer sends to this client.
    virtual void ptyDetached(DetachReason reason) = 0;

protected:
    ~PtyClient() = default;
};

// One pseudo-terminal and the program in it. It lives on the host's I/O thread and is driven by
// its event loop: a notifier on the PTY's master for output and for pending input, and one on a
// pidfd for the program's exit (it is reaped at once; no zombie outlives its notification).
//
// Output goes into the replay buffer and to the attached client. While the client has too much
// unsent, it pauses the reading: the program then blocks on its writes, as it would on a slow
// terminal, and the host holds no more than the client's bound plus the replay buffer.
class PtyProcess : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Created,
        Running,
        Exited, // exit() tells how
        StartFailed, // startError() tells why
    };

    static constexpr qsizetype ReplayLimit = 256 * 1024;
    // The client stops reading keystrokes while this many wait for the program to read them.
    static constexpr qsizetype InputLimit = 256 * 1024;

    PtyProcess(QString id, PtySpec spec, QObject *parent = nullptr);
    ~PtyProcess() override;

    [[nodiscard]] QString id() const
    {
        return m_id;
    }
    [[nodiscard]] const PtySpec &spec() const
    {
        return m_spec;
    }
    [[nodiscard]] State state() const
    {
        return m_state;
    }
    [[nodiscard]] PtyExit exit() const
    {
        return m_exit;
    }
    [[nodiscard]] QString startError() const
    {
        return m_startError;
    }
    [[nodiscard]] pid_t pid() const
    {
        return m_pid;
    }
    [[nodiscard]] QDateTime created() const
    {
        return m_created;
    }
    [[nodiscard]] quint16 columns() const
    {
        return m_columns;
    }
    [[nodiscard]] quint16 rows() const
    {
        return m_rows;
    }
    [[nodiscard]] PtyClient *client() const
    {
        return m_client;
    }
    [[nodiscard]] QByteArray replay() const
    {
        return m_replay.snapshot();
    }

    // Makes `client` the one that gets the output, detaching the previous one (Replaced), and starts
    // the program if it has not started yet. False when it cannot start: see startError().
    // A size of 0x0 keeps the current one.
    [[nodiscard]] bool attach(PtyClient *client, quint16 columns, quint16 rows);
    void detach(PtyClient *client);

    // Keystrokes for the program; dropped once it has exited.
    void write(const QByteArray &bytes);
    [[nodiscard]] qsizetype pendingInput() const
    {
        return m_input.size();
    }
    void resize(quint16 columns, quint16 rows);
    // Back-pressure from the client: while paused, nothing is read from the PTY.
    void setOutputPaused(bool paused);

    // The current directory of the foreground process group's leader (or of the program); empty
    // when it cannot be read.
    [[nodiscard]] QString currentDirectory() const;

    // KillPtyProcess: hangs up the program (SIGHUP to its process group, SIGKILL after `grace`);
    // the PTY deletes itself once the program is gone and its client has had the exit.
    void remove(std::chrono::milliseconds grace);
    // The host's shutdown: detaches the client, hangs up the program and waits for it (SIGKILL
    // after `grace`). Blocks; leaves no process behind.
    void hangUpAndWait(std::chrono::milliseconds grace);

private:
    // fork/exec in a new session whose controlling terminal is the PTY; empty or why not.
    [[nodiscard]] QString spawn();
    enum class ReadResult {
        More, // stopped to let others run; the notifier fires again
        Empty, // nothing to read now
        Paused, // the client holds it back
        HungUp, // nobody holds the terminal's side and all it wrote has been read
    };
    ReadResult readOutput();
    void writeInput();
    // waitpid: true once the program's status is in m_exit.
    bool tryReap(int options);
    // After the program ended: reports the exit once its output is drained.
    void continueDrain(ReadResult result);
    void reportExit();
    void closeMaster();
    void maybeDispose();
    void signalGroup(int signalNumber) const;

    const QString m_id;
    const PtySpec m_spec;
    const QDateTime m_created;
    State m_state = State::Created;
    QString m_startError;
    PtyExit m_exit;
    pid_t m_pid = 0;
    int m_master = -1;
    int m_pidfd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QSocketNotifier *m_exitNotifier = nullptr;
    quint16 m_columns;
    quint16 m_rows;
    ReplayBuffer m_replay{ReplayLimit};
    QByteArray m_input;
    PtyClient *m_client = nullptr;
    bool m_outputPaused = false;
    bool m_reaped = false; // waitpid has the status; the output may still be draining
    bool m_masterHungUp = false; // the master read EIO: no one holds the terminal's other side
    int m_drainChecks = 0;
    bool m_removed = false;
};

} // namespace Teleterm::PtyHost
