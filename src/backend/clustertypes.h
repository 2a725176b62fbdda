#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Teleterm::Backend
{

// A cluster as the daemon describes it, in plain Qt values.
struct ClusterInfo {
    QString uri;
    QString name;
    QString proxyHost;
    bool connected = false; // logged in with a certificate that has not expired
    bool leaf = false;
    QString userName; // empty when not logged in
    QStringList roles;
    QStringList logins;
    QDateTime validUntil;
    QString proxyVersion;
    QString profileError;

    friend bool operator==(const ClusterInfo &, const ClusterInfo &) = default;
};

struct AuthSettingsInfo {
    QString authType;
    QString secondFactor;
    bool localAuthEnabled = true;
    // Whether a one-time code is needed to log in locally.
    [[nodiscard]] bool wantsOtp() const
    {
        return secondFactor != QLatin1String("off") && secondFactor != QLatin1String("optional");
    }
};

// A server, database, Kubernetes cluster or app of a cluster.
struct ResourceInfo {
    QString uri;
    QString kind; // server, database, kube, app
    QString name;
    QString displayName;
    QList<QPair<QString, QString>> labels;
    QString address;
    QString description;
    QString protocol;
    QString publicAddress;
    QStringList logins;
};

struct ResourcePage {
    QList<ResourceInfo> resources;
    QString nextKey; // empty on the last page
};

struct ResourceQuery {
    QString clusterUri;
    QStringList kinds; // server, database, kube, app; empty: all
    QString search;
    QList<QPair<QString, QString>> labels;
    QString sortField = QStringLiteral("name");
    bool sortDescending = false;
    int limit = 100;
    QString startKey;
};

// Something that happened to a cluster while nobody asked (teleterm.v1.ClusterEvent).
struct ClusterEventInfo {
    enum class Kind {
        Unspecified,
        CertificateExpiresSoon,
        CertificateExpired,
        ProfileChanged,
        ProfileRemoved,
        ReloginRequired,
        GatewayChanged,
        Notification,
        ReloginSettled,
    };
    Kind kind = Kind::Unspecified;
    QString clusterUri;
    QDateTime validUntil;
    QString message; // ReloginRequired, Notification: a sentence for the user
    QString gatewayUri; // GatewayChanged; ReloginRequired or Notification when a gateway is why
};

// A local database proxy the daemon runs (teleterm.v1.Gateway).
struct GatewayInfo {
    enum class State {
        Unspecified,
        Listening,
        WaitingForLogin,
        NotListening,
    };
    QString uri; // /gateways/ID
    QString targetName;
    QString targetUri; // /clusters/PROFILE[/leaves/LEAF]/dbs/NAME
    QString targetUser;
    QString localAddress;
    QString localPort;
    QString protocol;
    QString cliCommand;
    QString targetSubresourceName;
    State state = State::Unspecified;
    int openConnections = 0;
    qint64 totalConnections = 0;
    QString lastError;
    QDateTime lastErrorTime;
    QDateTime certificateValidUntil;

    friend bool operator==(const GatewayInfo &, const GatewayInfo &) = default;
};

} // namespace Teleterm::Backend
