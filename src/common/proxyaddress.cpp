#include "proxyaddress.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Teleterm
{

namespace
{

// A DNS name as hosts are named: labels of letters, digits and hyphens (underscores are tolerated,
// as in some internal names), not starting or ending with a hyphen.
bool isHostName(const QString &host)
{
    static const QRegularExpression label(u"^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"_s);
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    const QStringList labels = host.endsWith(u'.') ? host.chopped(1).split(u'.') : host.split(u'.');
    return std::all_of(labels.cbegin(), labels.cend(), [](const QString &part) {
        return label.match(part).hasMatch();
    });
}

} // namespace

QString ProxyAddress::hostPort() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

ProxyAddress ProxyAddress::parse(const QString &text)
{
    ProxyAddress address;
    QString rest = text.trimmed();
    if (rest.isEmpty()) {
        address.error = tr("Enter the address of your Teleport proxy, such as teleport.example.com");
        return address;
    }
    if (const qsizetype scheme = rest.indexOf("://"_L1); scheme >= 0) {
        const QString name = rest.left(scheme).toLower();
        if (name != "https"_L1) {
            address.error = tr("Teleport proxies speak HTTPS; \"%1://\" cannot be used").arg(rest.left(scheme));
            return address;
        }
        rest = rest.mid(scheme + 3);
    }
    if (rest.endsWith(u'/')) {
        rest.chop(1);
    }
    if (rest.contains(u'/') || rest.contains(u'?') || rest.contains(u'#')) {
        address.error = tr("Enter only the proxy's host and port, without a path");
        return address;
    }
    if (rest.contains(u'@')) {
        address.error = tr("Enter the proxy's address without a user name; you log in on the next step");
        return address;
    }

    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0) {
            address.error = tr("The IPv6 address has no closing bracket");
            return address;
        }
        address.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            address.error = tr("Unexpected text after the IPv6 address");
            return address;
        }
        portText = after.mid(1);
        if (QHostAddress(address.host).protocol() != QAbstractSocket::IPv6Protocol) {
            address.error = tr("\"%1\" is not an IPv6 address").arg(address.host);
            return address;
        }
    } else {
        const qsizetype colon = rest.lastIndexOf(u':');
        if (colon >= 0 && rest.indexOf(u':') != colon) {
            address.error = tr("Put an IPv6 address in brackets, as in [%1]:443").arg(rest);
            return address;
        }
        address.host = colon >= 0 ? rest.left(colon) : rest;
        portText = colon >= 0 ? rest.mid(colon + 1) : QString();
        if (colon >= 0 && portText.isEmpty()) {
            address.error = tr("A port number must follow the colon");
            return address;
        }
        if (!isHostName(address.host)) {
            address.error = tr("\"%1\" is not a valid host name").arg(address.host);
            return address;
        }
    }

    if (!portText.isEmpty()) {
        bool isNumber = false;
        const int port = portText.toInt(&isNumber);
        if (!isNumber || port < 1 || port > 65535) {
            address.error = tr("The port must be a number from 1 to 65535");
            return address;
        }
        address.port = port;
    }
    return address;
}

} // namespace Teleterm
