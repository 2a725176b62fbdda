// The PTY's replay buffer: what a window that attaches again is given first.
#include "replaybuffer.h"

#include <QTest>

using Teleterm::PtyHost::ReplayBuffer;

class TestReplayBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingBelowTheLimit()
    {
        ReplayBuffer buffer(16);
        QCOMPARE(buffer.snapshot(), QByteArray());
        buffer.append("hello ");
        buffer.append("world");
        QCOMPARE(buffer.snapshot(), QByteArray("hello world"));
    }

    void keepsTheMostRecentBytes()
    {
        ReplayBuffer buffer(8);
        QByteArray all;
        for (int i = 0; i < 100; ++i) {
            const QByteArray piece = QByteArray::number(i) + ',';
            buffer.append(piece);
            all += piece;
            QCOMPARE(buffer.snapshot(), all.right(8));
        }
    }

    void oneLargeAppendKeepsItsTail()
    {
        ReplayBuffer buffer(4);
        buffer.append("ab");
        buffer.append("0123456789");
        QCOMPARE(buffer.snapshot(), QByteArray("6789"));
        buffer.append("x");
        QCOMPARE(buffer.snapshot(), QByteArray("789x"));
    }
};

QTEST_GUILESS_MAIN(TestReplayBuffer)
#include "tst_replaybuffer.moc"
