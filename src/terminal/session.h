#pragma once

#include <QByteArray>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Terminal
{

// Where a terminal's bytes come from and go: a PTY of the PTY host, in the window. The view feeds
// `output` to its screen as it comes and calls write() with what the user types; resize() tells
// the program the grid's size. A session holds back its source until the view has taken the
// output before (outputTaken()), so a flood never queues more than one chunk in the window.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a session is made by its kind (PtySession)")

public:
    using QObject::QObject;

    virtual void write(const QByteArray &bytes) = 0;
    virtual void resize(int rows, int columns) = 0;
    // The view drew into its screen what `output` carried: the next chunk may come.
    virtual void outputTaken() = 0;

Q_SIGNALS:
    void output(const QByteArray &bytes);
};

} // namespace Teleterm::Terminal
