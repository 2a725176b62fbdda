#include "totp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Teleterm::Sandbox;

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 4648, section 10 (without the padding authenticator apps do not want).
    void base32_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QByteArray() << u""_s;
        QTest::newRow("f") << QByteArray("f") << u"MY"_s;
        QTest::newRow("fo") << QByteArray("fo") << u"MZXQ"_s;
        QTest::newRow("foo") << QByteArray("foo") << u"MZXW6"_s;
        QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ"_s;
        QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_s;
        QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI"_s;
    }
    void base32()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoded);
        QCOMPARE(base32Encode(input), encoded);
    }

    // RFC 6238, appendix B, SHA-1 rows (8 digits, 30-second steps).
    void totp_data()
    {
        QTest::addColumn<qint64>("unixTime");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }
    void totp()
    {
        QFETCH(qint64, unixTime);
        QFETCH(QString, code);
        const QByteArray secret("12345678901234567890");
        QCOMPARE(totpCode(secret, unixTime / 30, 8), code);
        QCOMPARE(totpCode(secret, unixTime / 30, 6), code.right(6)); // the six digits Teleport uses
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
