#pragma once

#include <QCoreApplication>
#include <QString>

namespace Teleterm
{

// The address of a Teleport proxy's web listener as a person types it: "teleport.example.com",
// "teleport.example.com:3080", "https://teleport.example.com/", "[::1]:3080". Like tsh --proxy,
// a missing port means 443.
struct ProxyAddress {
    Q_DECLARE_TR_FUNCTIONS(ProxyAddress)

public:
    static constexpr int DefaultPort = 443;

    QString host; // without brackets for IPv6
    int port = DefaultPort;
    QString error; // why the text is not an address, in words for the user; empty when it is

    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
    // host:port, with brackets around an IPv6 host.
    [[nodiscard]] QString hostPort() const;

    [[nodiscard]] static ProxyAddress parse(const QString &text);
};

} // namespace Teleterm
