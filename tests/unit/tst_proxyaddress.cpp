#include "proxyaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Teleterm::ProxyAddress;

class TestProxyAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");

        QTest::newRow("bare host gets 443") << u"teleport.example.com"_s << u"teleport.example.com"_s << 443;
        QTest::newRow("host and port") << u"teleport.example.com:3080"_s << u"teleport.example.com"_s << 3080;
        QTest::newRow("spaces around") << u"  proxy.corp:8443 \n"_s << u"proxy.corp"_s << 8443;
        QTest::newRow("https URL with slash") << u"https://teleport.example.com/"_s << u"teleport.example.com"_s << 443;
        QTest::newRow("HTTPS scheme any case") << u"HTTPS://Teleport.Example.com:444"_s << u"Teleport.Example.com"_s << 444;
        QTest::newRow("IPv4") << u"127.0.0.1:3080"_s << u"127.0.0.1"_s << 3080;
        QTest::newRow("IPv6 in brackets") << u"[::1]:3080"_s << u"::1"_s << 3080;
        QTest::newRow("IPv6 without port") << u"[2001:db8::7]"_s << u"2001:db8::7"_s << 443;
        QTest::newRow("single label") << u"localhost"_s << u"localhost"_s << 443;
        QTest::newRow("trailing dot") << u"teleport.example.com.:443"_s << u"teleport.example.com."_s << 443;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const ProxyAddress address = ProxyAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.error));
        QCOMPARE(address.host, host);
        QCOMPARE(address.port, port);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions"); // a word the message must contain, so it says what is wrong

        QTest::newRow("empty") << u""_s << u"address"_s;
        QTest::newRow("blank") << u"   "_s << u"address"_s;
        QTest::newRow("http scheme") << u"http://teleport.example.com"_s << u"http://"_s;
        QTest::newRow("ssh scheme") << u"ssh://teleport.example.com"_s << u"ssh://"_s;
        QTest::newRow("path") << u"https://teleport.example.com/web/login"_s << u"path"_s;
        QTest::newRow("query") << u"teleport.example.com?x=1"_s << u"path"_s;
        QTest::newRow("user") << u"alice@teleport.example.com"_s << u"user"_s;
        QTest::newRow("port zero") << u"teleport.example.com:0"_s << u"65535"_s;
        QTest::newRow("port too big") << u"teleport.example.com:65536"_s << u"65535"_s;
        QTest::newRow("port not a number") << u"teleport.example.com:https"_s << u"65535"_s;
        QTest::newRow("colon without port") << u"teleport.example.com:"_s << u"port"_s;
        QTest::newRow("space in host") << u"tele port.example.com"_s << u"tele port.example.com"_s;
        QTest::newRow("label starting with a hyphen") << u"-bad.example.com"_s << u"-bad.example.com"_s;
        QTest::newRow("empty label") << u"teleport..example.com"_s << u"teleport..example.com"_s;
        QTest::newRow("IPv6 without brackets") << u"::1:3080"_s << u"brackets"_s;
        QTest::newRow("IPv6 unclosed") << u"[::1:3080"_s << u"bracket"_s;
        QTest::newRow("not IPv6 in brackets") << u"[teleport]:443"_s << u"IPv6"_s;
        QTest::newRow("junk after bracket") << u"[::1]x"_s << u"IPv6"_s;
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const ProxyAddress address = ProxyAddress::parse(text);
        QVERIFY(!address.ok());
        QVERIFY2(address.error.contains(mentions), qPrintable(address.error));
    }

    void hostPortBracketsIPv6()
    {
        QCOMPARE(ProxyAddress::parse(u"[::1]:3080"_s).hostPort(), u"[::1]:3080"_s);
        QCOMPARE(ProxyAddress::parse(u"teleport.example.com"_s).hostPort(), u"teleport.example.com:443"_s);
    }
};

QTEST_GUILESS_MAIN(TestProxyAddress)
#include "tst_proxyaddress.moc"
