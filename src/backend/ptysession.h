#pragma once

#include "session.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Teleterm::Backend
{

struct PtyLink;

// A terminal's session with a PTY of teleterm-ptyhost: attaches to it (starting its program the
// first time), gets its recent output back when the window reattaches after a restart, carries
// keystrokes and sizes there and output back. Output comes a chunk at a time: the next is read
// only when the view took the last (outputTaken), so a flood waits in the PTY, not in the window.
class PtySession : public Terminal::Session
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString ptyId READ ptyId WRITE setPtyId NOTIFY ptyIdChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int exitCode READ exitCode NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // The program had been started before: this is a window that came back to it.
    Q_PROPERTY(bool reattached READ reattached NOTIFY stateChanged)

public:
    enum class State {
        Idle, // no PTY named yet
        Attaching,
        Running,
        Exited, // the program ended (exitCode); its output stays readable
        Failed, // it could not start, or the PTY is gone (error)
    };
    Q_ENUM(State)

    explicit PtySession(QObject *parent = nullptr);
    ~PtySession() override;

    [[nodiscard]] QString ptyId() const
    {
        return m_ptyId;
    }
    void setPtyId(const QString &id);
    [[nodiscard]] State state() const
    {
        return m_state;
    }
    [[nodiscard]] int exitCode() const
    {
        return m_exitCode;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    [[nodiscard]] bool reattached() const
    {
        return m_reattached;
    }

    void write(const QByteArray &bytes) override;
    void resize(int rows, int columns) override;
    void outputTaken() override;

    // Attaches again (after the stream ended while the PTY lives on).
    Q_INVOKABLE void reattach();

Q_SIGNALS:
    void ptyIdChanged();
    void stateChanged();

private:
    friend class PtyStream;
    void attach();
    void setState(State state, const QString &error = {});
    void opened(bool reattached, const QByteArray &replay);
    void exited(int code, int signal);
    void ended(int code, const QString &message);

    QString m_ptyId;
    State m_state = State::Idle;
    int m_exitCode = 0;
    QString m_error;
    bool m_reattached = false;
    int m_rows = 24;
    int m_columns = 80;
    std::shared_ptr<PtyLink> m_link; // the stream, while it lives
    QByteArray m_early; // typed before the PTY answered: sent when it does (bounded)
};

} // namespace Teleterm::Backend
