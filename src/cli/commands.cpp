#include "commands.h"

#include "callerlanguage.h"
#include "routedchannel.h"

#include "teleport/transport/v1/transport_service.grpc.pb.h"
#include "teleterm/v1/gateway.grpc.pb.h"
#include "teleterm/v1/service.grpc.pb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <grpcpp/grpcpp.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
namespace v1 = teleterm::v1;

namespace Teleterm::Cli
{

namespace
{

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

int complain(const QString &text, int code = Failed)
{
    std::fputs(qPrintable(u"teleterm-cli: "_s + text + u'\n'), stderr);
    return code;
}

int complain(const grpc::Status &status)
{
    QString message = fromStd(status.error_message());
    if (status.error_code() == grpc::StatusCode::UNAVAILABLE && message.isEmpty()) {
        message = u"the daemon does not answer"_s;
    }
    return complain(message);
}

std::unique_ptr<v1::TerminalService::Stub> terminal(const std::shared_ptr<grpc::Channel> &daemon)
{
    return v1::TerminalService::NewStub(daemon);
}

std::unique_ptr<v1::GatewayService::Stub> gateways(const std::shared_ptr<grpc::Channel> &daemon)
{
    return v1::GatewayService::NewStub(daemon);
}

// A context for one call to the daemon: generous, for calls that wait on a cluster, and in the
// user's language.
void bound(grpc::ClientContext &context, int seconds = 60)
{
    CallerLanguage::name(context);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
}

// A command's own options over its arguments; `positional` names what must follow.
// `positional`: how many positional arguments the command takes; -1: any number.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positional, const QString &synopsis)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"teleterm-cli "_s + command} + arguments)) {
        complain(parser.errorText() + u"\nusage: teleterm-cli %1 %2"_s.arg(command, synopsis), Usage);
        return false;
    }
    if (positional >= 0 && parser.positionalArguments().size() != positional) {
        complain(u"usage: teleterm-cli %1 %2"_s.arg(command, synopsis), Usage);
        return false;
    }
    return true;
}

// CLUSTER, as a person names it: a root's name, its proxy address or host, a leaf's name, or a URI.
bool resolveCluster(const std::shared_ptr<grpc::Channel> &daemon, const QString &name, v1::Cluster *found, QString *error)
{
    const auto stub = terminal(daemon);
    grpc::ClientContext context;
    bound(context, 10);
    v1::ListClustersResponse roots;
    const grpc::Status status = stub->ListRootClusters(&context, {}, &roots);
    if (!status.ok()) {
        *error = fromStd(status.error_message());
        return false;
    }
    for (const v1::Cluster &cluster : roots.clusters()) {
        const QString proxy = fromStd(cluster.proxy_host());
        if (name == fromStd(cluster.uri()) || name == fromStd(cluster.name()) || name == proxy || name == proxy.section(u':', 0, 0)) {
            *found = cluster;
            return true;
        }
    }
    // A leaf of a root the user is logged in to.
    for (const v1::Cluster &root : roots.clusters()) {
        if (!root.connected()) {
            continue;
        }
        grpc::ClientContext leafContext;
        bound(leafContext, 20);
        v1::ListLeafClustersRequest request;
        request.set_cluster_uri(root.uri());
        v1::ListClustersResponse leaves;
        if (!stub->ListLeafClusters(&leafContext, request, &leaves).ok()) {
            continue;
        }
        for (const v1::Cluster &leaf : leaves.clusters()) {
            if (name == fromStd(leaf.name()) || name == fromStd(leaf.uri())) {
                *found = leaf;
                return true;
            }
        }
    }
    *error = u"no cluster is named \"%1\" (teleterm-cli clusters lists them; teleterm-cli add PROXY adds one)"_s.arg(name);
    return false;
}

QString validity(const v1::Cluster &cluster)
{
    if (!cluster.has_logged_in_user()) {
        return u"not logged in"_s;
    }
    const QDateTime until = QDateTime::fromSecsSinceEpoch(cluster.logged_in_user().valid_until().seconds(), Qt::UTC).toLocalTime();
    return cluster.connected() ? u"valid until %1"_s.arg(until.toString(u"yyyy-MM-dd HH:mm"_s)) : u"expired at %1"_s.arg(until.toString(u"yyyy-MM-dd HH:mm"_s));
}

QJsonObject clusterJson(const v1::Cluster &cluster)
{
    QJsonObject object{{u"uri"_s, fromStd(cluster.uri())},
                       {u"name"_s, fromStd(cluster.name())},
                       {u"proxy"_s, fromStd(cluster.proxy_host())},
                       {u"leaf"_s, cluster.leaf()},
                       {u"connected"_s, cluster.connected()}};
    if (cluster.has_logged_in_user()) {
        QJsonArray roles, logins;
        for (const std::string &role : cluster.logged_in_user().roles()) {
            roles.append(fromStd(role));
        }
        for (const std::string &login : cluster.logged_in_user().ssh_logins()) {
            logins.append(fromStd(login));
        }
        object.insert(
            u"user"_s,
            QJsonObject{{u"name"_s, fromStd(cluster.logged_in_user().name())},
                        {u"roles"_s, roles},
                        {u"logins"_s, logins},
                        {u"valid_until"_s, QDateTime::fromSecsSinceEpoch(cluster.logged_in_user().valid_until().seconds(), Qt::UTC).toString(Qt::ISODate)}});
    }
    if (!cluster.proxy_version().empty()) {
        object.insert(u"proxy_version"_s, fromStd(cluster.proxy_version()));
    }
    return object;
}

// Reads a secret from the terminal without echo, or a line from standard input.
QString readSecret(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return fromStd(line);
}

QString quoted(const QString &path)
{
    return u'"' + path + u'"';
}

} // namespace

int listClusters(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parse(parser, u"clusters"_s, arguments, 0, u"[--json]"_s)) {
        return Usage;
    }
    const auto stub = terminal(daemon);
    grpc::ClientContext context;
    bound(context, 10);
    v1::ListClustersResponse roots;
    if (const grpc::Status status = stub->ListRootClusters(&context, {}, &roots); !status.ok()) {
        return complain(status);
    }
    QJsonArray all;
    for (const v1::Cluster &root : roots.clusters()) {
        QJsonObject object = clusterJson(root);
        v1::ListClustersResponse leaves;
        if (root.connected()) {
            grpc::ClientContext leafContext;
            bound(leafContext, 20);
            v1::ListLeafClustersRequest request;
            request.set_cluster_uri(root.uri());
            const grpc::Status status = stub->ListLeafClusters(&leafContext, request, &leaves);
            if (!status.ok()) {
                object.insert(u"leaves_error"_s, fromStd(status.error_message()));
            }
        }
        QJsonArray leafArray;
        for (const v1::Cluster &leaf : leaves.clusters()) {
            leafArray.append(clusterJson(leaf));
        }
        object.insert(u"leaves"_s, leafArray);
        all.append(object);
        if (!parser.isSet(json)) {
            const QString user = root.has_logged_in_user() ? fromStd(root.logged_in_user().name()) : u"-"_s;
            say(u"%1  %2  %3  %4"_s.arg(fromStd(root.name()), fromStd(root.proxy_host()), user, validity(root)));
            for (const v1::Cluster &leaf : leaves.clusters()) {
                say(u"  leaf %1  %2"_s.arg(fromStd(leaf.name()), leaf.connected() ? u"online"_s : u"offline"_s));
            }
            if (object.contains(u"leaves_error"_s)) {
                say(u"  (leaves unknown: %1)"_s.arg(object.value(u"leaves_error"_s).toString()));
            }
        }
    }
    if (parser.isSet(json)) {
        std::fputs(QJsonDocument(all).toJson().constData(), stdout);
    } else if (roots.clusters().empty()) {
        say(u"No clusters yet: teleterm-cli add PROXY adds one."_s);
    }
    return Done;
}

int addCluster(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, u"add"_s, arguments, 1, u"PROXY"_s)) {
        return Usage;
    }
    grpc::ClientContext context;
    bound(context);
    v1::AddClusterRequest request;
    request.set_name(parser.positionalArguments().first().toStdString());
    v1::Cluster cluster;
    if (const grpc::Status status = terminal(daemon)->AddCluster(&context, request, &cluster); !status.ok()) {
        return complain(status);
    }
    say(u"Cluster %1 at %2 (Teleport %3). Log in with: teleterm-cli login %1 --user NAME"_s.arg(fromStd(cluster.name()),
                                                                                                fromStd(cluster.proxy_host()),
                                                                                                fromStd(cluster.proxy_version())));
    return Done;
}

int login(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption user(u"user"_s, u"The Teleport user."_s, u"NAME"_s);
    const QCommandLineOption otp(u"otp"_s, u"The one-time code from the authenticator app."_s, u"CODE"_s);
    parser.addOptions({user, otp});
    if (!parse(parser, u"login"_s, arguments, 1, u"CLUSTER --user NAME [--otp CODE]  (the password comes from standard input)"_s)) {
        return Usage;
    }
    if (!parser.isSet(user)) {
        return complain(u"login needs --user NAME"_s, Usage);
    }
    v1::Cluster cluster;
    QString error;
    if (!resolveCluster(daemon, parser.positionalArguments().first(), &cluster, &error)) {
        return complain(error);
    }
    const auto stub = terminal(daemon);
    v1::AuthSettings settings;
    {
        grpc::ClientContext context;
        bound(context, 30);
        v1::GetAuthSettingsRequest request;
        request.set_cluster_uri(cluster.uri());
        if (const grpc::Status status = stub->GetAuthSettings(&context, request, &settings); !status.ok()) {
            return complain(status);
        }
    }
    const QString name = parser.value(user);
    const QString password = readSecret(u"Password for %1 on %2: "_s.arg(name, fromStd(cluster.name())));
    QString code = parser.value(otp);
    const bool wantsCode = settings.second_factor() != "off" && settings.second_factor() != "optional";
    if (wantsCode && code.isEmpty()) {
        if (!::isatty(STDIN_FILENO)) {
            return complain(u"%1 asks for a one-time code: give it with --otp CODE"_s.arg(fromStd(cluster.name())), Usage);
        }
        code = readSecret(u"One-time code: "_s);
    }
    grpc::ClientContext context;
    bound(context);
    v1::LoginRequest request;
    request.set_cluster_uri(cluster.uri());
    request.mutable_local()->set_user(name.toStdString());
    request.mutable_local()->set_password(password.toStdString());
    request.mutable_local()->set_token(code.toStdString());
    v1::Cluster loggedIn;
    if (const grpc::Status status = stub->Login(&context, request, &loggedIn); !status.ok()) {
        return complain(status);
    }
    QStringList roles, logins;
    for (const std::string &role : loggedIn.logged_in_user().roles()) {
        roles << fromStd(role);
    }
    for (const std::string &login : loggedIn.logged_in_user().ssh_logins()) {
        logins << fromStd(login);
    }
    say(u"Logged in to %1 as %2 (roles: %3; logins: %4), %5."_s
            .arg(fromStd(loggedIn.name()), fromStd(loggedIn.logged_in_user().name()), roles.join(u", "_s), logins.join(u", "_s), validity(loggedIn)));
    return Done;
}

int logout(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption remove(u"remove"_s, u"Also forget the cluster (its profile)."_s);
    parser.addOption(remove);
    if (!parse(parser, u"logout"_s, arguments, 1, u"CLUSTER [--remove]"_s)) {
        return Usage;
    }
    v1::Cluster cluster;
    QString error;
    if (!resolveCluster(daemon, parser.positionalArguments().first(), &cluster, &error)) {
        return complain(error);
    }
    grpc::ClientContext context;
    bound(context, 20);
    v1::LogoutRequest request;
    request.set_cluster_uri(cluster.uri());
    request.set_remove_profile(parser.isSet(remove));
    v1::EmptyResponse empty;
    if (const grpc::Status status = terminal(daemon)->Logout(&context, request, &empty); !status.ok()) {
        return complain(status);
    }
    say(parser.isSet(remove) ? u"Logged out of %1 and removed it."_s.arg(fromStd(cluster.name())) : u"Logged out of %1."_s.arg(fromStd(cluster.name())));
    return Done;
}

int listResources(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(u"kind"_s, u"node, db, kube or app (default: all)."_s, u"KIND"_s);
    const QCommandLineOption search(u"search"_s, u"Words every resource must hold."_s, u"WORDS"_s);
    const QCommandLineOption labels(u"labels"_s, u"Labels every resource must have: k=v[,k=v]."_s, u"LABELS"_s);
    const QCommandLineOption sort(u"sort"_s, u"name, kind, hostname...; -FIELD for descending."_s, u"FIELD"_s);
    const QCommandLineOption limit(u"limit"_s, u"At most this many (default: all)."_s, u"N"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({kind, search, labels, sort, limit, json});
    if (!parse(parser, u"ls"_s, arguments, 1, u"CLUSTER [--kind node|db|kube|app] [--search S] [--labels k=v] [--sort F] [--limit N] [--json]"_s)) {
        return Usage;
    }
    v1::Cluster cluster;
    QString error;
    if (!resolveCluster(daemon, parser.positionalArguments().first(), &cluster, &error)) {
        return complain(error);
    }
    v1::ListUnifiedResourcesRequest request;
    request.set_cluster_uri(cluster.uri());
    if (parser.isSet(kind)) {
        static const QHash<QString, QString> kinds{{u"node"_s, u"server"_s},
                                                   {u"server"_s, u"server"_s},
                                                   {u"db"_s, u"database"_s},
                                                   {u"database"_s, u"database"_s},
                                                   {u"kube"_s, u"kube"_s},
                                                   {u"app"_s, u"app"_s}};
        if (!kinds.contains(parser.value(kind))) {
            return complain(u"--kind is node, db, kube or app"_s, Usage);
        }
        request.add_kinds(kinds.value(parser.value(kind)).toStdString());
    }
    request.set_search(parser.value(search).toStdString());
    for (const QString &pair : parser.value(labels).split(u',', Qt::SkipEmptyParts)) {
        if (!pair.contains(u'=')) {
            return complain(u"--labels takes k=v[,k=v]"_s, Usage);
        }
        v1::Label *label = request.add_labels();
        label->set_name(pair.section(u'=', 0, 0).trimmed().toStdString());
        label->set_value(pair.section(u'=', 1).trimmed().toStdString());
    }
    if (parser.isSet(sort)) {
        const QString field = parser.value(sort);
        request.mutable_sort_by()->set_is_desc(field.startsWith(u'-'));
        request.mutable_sort_by()->set_field((field.startsWith(u'-') ? field.mid(1) : field).toStdString());
    }
    const int wanted = parser.isSet(limit) ? parser.value(limit).toInt() : -1;
    request.set_limit(wanted > 0 ? std::min(wanted, 1000) : 1000);

    QJsonArray all;
    int shown = 0;
    const auto stub = terminal(daemon);
    for (;;) {
        grpc::ClientContext context;
        bound(context, 30);
        v1::ListUnifiedResourcesResponse page;
        if (const grpc::Status status = stub->ListUnifiedResources(&context, request, &page); !status.ok()) {
            return complain(status);
        }
        for (const v1::Resource &resource : page.resources()) {
            if (wanted > 0 && shown >= wanted) {
                break;
            }
            ++shown;
            QStringList labelTexts, logins;
            QJsonObject labelObject;
            for (const v1::Label &label : resource.labels()) {
                labelTexts << fromStd(label.name() + "=" + label.value());
                labelObject.insert(fromStd(label.name()), fromStd(label.value()));
            }
            for (const std::string &login : resource.logins()) {
                logins << fromStd(login);
            }
            if (parser.isSet(json)) {
                all.append(QJsonObject{{u"uri"_s, fromStd(resource.uri())},
                                       {u"kind"_s, fromStd(resource.kind())},
                                       {u"name"_s, fromStd(resource.name())},
                                       {u"display_name"_s, fromStd(resource.display_name())},
                                       {u"address"_s, fromStd(resource.address())},
                                       {u"description"_s, fromStd(resource.description())},
                                       {u"protocol"_s, fromStd(resource.protocol())},
                                       {u"public_address"_s, fromStd(resource.public_address())},
                                       {u"labels"_s, labelObject},
                                       {u"logins"_s, QJsonArray::fromStringList(logins)}});
            } else {
                say(u"%1  %2  %3  %4%5"_s.arg(fromStd(resource.kind()),
                                              fromStd(resource.display_name()),
                                              resource.address().empty() ? u"-"_s : fromStd(resource.address()),
                                              labelTexts.join(u','),
                                              logins.isEmpty() ? QString() : u"  logins: "_s + logins.join(u',')));
            }
        }
        if (page.next_key().empty() || (wanted > 0 && shown >= wanted)) {
            break;
        }
        request.set_start_key(page.next_key());
    }
    if (parser.isSet(json)) {
        std::fputs(QJsonDocument(all).toJson().constData(), stdout);
    }
    return Done;
}

int listDatabaseUsers(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, u"db-users"_s, arguments, 2, u"CLUSTER DATABASE"_s)) {
        return Usage;
    }
    v1::Cluster cluster;
    QString error;
    if (!resolveCluster(daemon, parser.positionalArguments().first(), &cluster, &error)) {
        return complain(error);
    }
    grpc::ClientContext context;
    bound(context, 30);
    v1::ListDatabaseUsersRequest request;
    request.set_db_uri(cluster.uri() + "/dbs/" + parser.positionalArguments().at(1).toStdString());
    v1::ListDatabaseUsersResponse users;
    if (const grpc::Status status = terminal(daemon)->ListDatabaseUsers(&context, request, &users); !status.ok()) {
        return complain(status);
    }
    for (const std::string &user : users.users()) {
        say(fromStd(user));
    }
    return Done;
}

// The logged-in cluster a node is in: the one named, else the one whose name ends the host's
// (OpenSSH gives node.CLUSTER), else the only one.
bool clusterOfNode(const std::shared_ptr<grpc::Channel> &daemon, QString clusterName, const QString &host, v1::Cluster *cluster, QString *error)
{
    if (clusterName.isEmpty()) {
        grpc::ClientContext context;
        bound(context, 10);
        v1::ListClustersResponse roots;
        if (terminal(daemon)->ListRootClusters(&context, {}, &roots).ok()) {
            for (const v1::Cluster &root : roots.clusters()) {
                if (host.endsWith(u'.' + fromStd(root.name())) || roots.clusters_size() == 1) {
                    clusterName = fromStd(root.name());
                }
            }
        }
    }
    if (!resolveCluster(daemon, clusterName, cluster, error)) {
        return false;
    }
    if (!cluster->connected()) {
        *error = u"not logged in to %1 (or the certificate expired): teleterm-cli login %1 --user NAME"_s.arg(fromStd(cluster->name()));
        return false;
    }
    return true;
}

int proxySsh(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption clusterOption(u"cluster"_s, u"The cluster the node is in (default: the only one)."_s, u"CLUSTER"_s);
    parser.addOption(clusterOption);
    if (arguments.value(0) != "ssh"_L1 || !parse(parser, u"proxy ssh"_s, arguments.mid(1), 1, u"[--cluster CLUSTER] LOGIN@HOST:PORT"_s)) {
        return complain(u"usage: teleterm-cli proxy ssh [--cluster CLUSTER] LOGIN@HOST:PORT"_s, Usage);
    }
    const QString target = parser.positionalArguments().first();
    const qsizetype at = target.lastIndexOf(u'@');
    if (at <= 0 || at == target.size() - 1) {
        return complain(u"the target is LOGIN@HOST:PORT"_s, Usage);
    }
    QString hostPort = target.mid(at + 1);
    if (!hostPort.contains(u':')) {
        hostPort += ":0"_L1;
    }
    v1::Cluster cluster;
    QString error;
    if (!clusterOfNode(daemon, parser.value(clusterOption), hostPort.section(u':', 0, 0), &cluster, &error)) {
        return complain(error);
    }
    const v1::ClusterFiles &files = cluster.files();
    const auto read = [](const std::string &path) {
        QFile file(QString::fromStdString(path));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    Route route;
    route.proxyHostPort = fromStd(cluster.proxy_host());
    route.alpn = "teleport-proxy-ssh-grpc";
    route.serverName = QString::fromLatin1(QByteArray::fromStdString(files.root_cluster_name()).toHex()) + ".teleport.cluster.local"_L1;
    route.trustedCaPems = {read(files.host_ca())};
    route.certificatePem = read(files.tls_certificate());
    route.keyPem = read(files.tls_key());
    RoutedChannel::Failure failure = RoutedChannel::Failure::None;
    std::unique_ptr<RoutedChannel> channel = RoutedChannel::open(route, std::chrono::seconds(15), {}, &failure, &error);
    if (!channel) {
        return complain(error);
    }
    namespace transport = teleport::transport::v1;
    grpc::ClientContext call;
    auto stream = transport::TransportService::NewStub(channel->channel())->ProxySSH(&call);
    transport::ProxySSHRequest dial;
    dial.mutable_dial_target()->set_host_port(hostPort.toStdString());
    dial.mutable_dial_target()->set_cluster(cluster.name());
    dial.mutable_dial_target()->set_login_name(target.left(at).toStdString());
    stream->Write(dial);
    std::thread input([&stream] {
        char buffer[32 * 1024];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            transport::ProxySSHRequest frame;
            frame.mutable_ssh()->set_payload(buffer, size_t(n));
            if (!stream->Write(frame)) {
                break;
            }
        }
        stream->WritesDone();
    });
    input.detach(); // stdin may never close; the process ends when the node does
    transport::ProxySSHResponse response;
    while (stream->Read(&response)) {
        if (response.has_ssh()) {
            const std::string &payload = response.ssh().payload();
            if (::write(STDOUT_FILENO, payload.data(), payload.size()) != ssize_t(payload.size())) {
                break;
            }
        }
    }
    const grpc::Status status = stream->Finish();
    if (!status.ok()) {
        complain(fromStd(status.error_message()));
    }
    // The input thread may still be blocked in read() with the stream in hand: end here, without
    // the teardown that would pull the stream from under it.
    std::fflush(stdout);
    std::_Exit(status.ok() ? Done : Failed);
}

int ssh(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption clusterOption(u"cluster"_s, u"The cluster the node is in (default: the one its name ends with, or the only one)."_s, u"CLUSTER"_s);
    parser.addOption(clusterOption);
    if (!parse(parser, u"ssh"_s, arguments, -1, u"[--cluster CLUSTER] LOGIN@NODE [COMMAND...]"_s) || parser.positionalArguments().isEmpty()) {
        return complain(u"usage: teleterm-cli ssh [--cluster CLUSTER] LOGIN@NODE [COMMAND...]"_s, Usage);
    }
    const QStringList positional = parser.positionalArguments();
    const QString target = positional.first();
    const qsizetype at = target.lastIndexOf(u'@');
    if (at <= 0 || at == target.size() - 1) {
        return complain(u"the target is LOGIN@NODE"_s, Usage);
    }
    v1::Cluster cluster;
    QString error;
    if (!clusterOfNode(daemon, parser.value(clusterOption), target.mid(at + 1), &cluster, &error)) {
        return complain(error);
    }
    // OpenSSH does the SSH; this process gives it the cluster's certificate, its host CA and the
    // way through the proxy, as `config` writes them, and becomes it. The host is named
    // NODE.CLUSTER, as the cluster's host CA vouches for it in known_hosts.
    const v1::ClusterFiles &files = cluster.files();
    QString host = target.mid(at + 1);
    const QString suffix = u'.' + fromStd(cluster.name());
    if (!host.endsWith(suffix)) {
        host += suffix;
    }
    const QString cli = QCoreApplication::applicationFilePath();
    QStringList command{u"ssh"_s,
                        u"-o"_s,
                        u"UserKnownHostsFile="_s + fromStd(files.known_hosts()),
                        u"-o"_s,
                        u"IdentityFile="_s + fromStd(files.ssh_key()),
                        u"-o"_s,
                        u"CertificateFile="_s + fromStd(files.ssh_certificate()),
                        u"-o"_s,
                        u"IdentitiesOnly=yes"_s,
                        u"-o"_s,
                        u"ProxyCommand=%1 proxy ssh --cluster=%2 %r@%h:%p"_s.arg(quoted(cli), fromStd(cluster.name())),
                        u"-p"_s,
                        u"3022"_s,
                        target.left(at + 1) + host};
    command << positional.mid(1);
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &argument : std::as_const(command)) {
        storage.push_back(argument.toLocal8Bit());
    }
    for (QByteArray &argument : storage) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::fflush(stdout);
    ::execvp("ssh", argv.data());
    return complain(u"cannot run ssh (OpenSSH's client): %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
}

int sshConfig(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, u"config"_s, arguments, int(std::min<qsizetype>(arguments.size(), 1)), u"[CLUSTER]"_s)) {
        return Usage;
    }
    std::vector<v1::Cluster> clusters;
    if (!parser.positionalArguments().isEmpty()) {
        v1::Cluster cluster;
        QString error;
        if (!resolveCluster(daemon, parser.positionalArguments().first(), &cluster, &error)) {
            return complain(error);
        }
        clusters.push_back(cluster);
    } else {
        grpc::ClientContext context;
        bound(context, 10);
        v1::ListClustersResponse roots;
        if (const grpc::Status status = terminal(daemon)->ListRootClusters(&context, {}, &roots); !status.ok()) {
            return complain(status);
        }
        clusters.assign(roots.clusters().begin(), roots.clusters().end());
    }
    const QString cli = QCoreApplication::applicationFilePath();
    say(u"# OpenSSH configuration for Teleport clusters, from teleterm-cli config: with it, ssh LOGIN@NODE.CLUSTER"_s);
    say(u"# reaches a node through the cluster's proxy with the certificate Teleterm keeps."_s);
    for (const v1::Cluster &cluster : clusters) {
        const v1::ClusterFiles &files = cluster.files();
        if (files.ssh_key().empty()) {
            say(u"\n# %1: not logged in"_s.arg(fromStd(cluster.name())));
            continue;
        }
        const QString name = fromStd(cluster.name());
        const QString proxyHost = fromStd(cluster.proxy_host()).section(u':', 0, 0);
        say(u"\n# %1 (%2)"_s.arg(name, fromStd(cluster.proxy_host())));
        say(u"Host *.%1 %2"_s.arg(name, proxyHost));
        say(u"    UserKnownHostsFile %1"_s.arg(quoted(fromStd(files.known_hosts()))));
        say(u"    IdentityFile %1"_s.arg(quoted(fromStd(files.ssh_key()))));
        say(u"    CertificateFile %1"_s.arg(quoted(fromStd(files.ssh_certificate()))));
        say(u"    IdentitiesOnly yes"_s);
        say(u"Host *.%1 !%2"_s.arg(name, proxyHost));
        say(u"    Port 3022"_s);
        say(u"    ProxyCommand %1 proxy ssh --cluster=%2 %r@%h:%p"_s.arg(quoted(cli), name));
    }
    return Done;
}

} // namespace Teleterm::Cli

namespace Teleterm::Cli
{

namespace
{

QJsonObject gatewayJson(const v1::Gateway &gateway)
{
    static const QHash<int, QString> states{{v1::Gateway::LISTENING, u"listening"_s},
                                            {v1::Gateway::WAITING_FOR_LOGIN, u"waiting_for_login"_s},
                                            {v1::Gateway::NOT_LISTENING, u"not_listening"_s}};
    QJsonObject object{
        {u"uri"_s, fromStd(gateway.uri())},
        {u"target_uri"_s, fromStd(gateway.target_uri())},
        {u"target_name"_s, fromStd(gateway.target_name())},
        {u"target_user"_s, fromStd(gateway.target_user())},
        {u"target_subresource_name"_s, fromStd(gateway.target_subresource_name())},
        {u"protocol"_s, fromStd(gateway.protocol())},
        {u"local_address"_s, fromStd(gateway.local_address())},
        {u"local_port"_s, fromStd(gateway.local_port()).toInt()},
        {u"cli_command"_s, fromStd(gateway.cli_command())},
        {u"state"_s, states.value(gateway.state(), u"unknown"_s)},
        {u"open_connections"_s, gateway.open_connections()},
        {u"total_connections"_s, qint64(gateway.total_connections())},
        {u"last_error"_s, fromStd(gateway.last_error())},
    };
    if (gateway.has_certificate_valid_until()) {
        object.insert(u"certificate_valid_until"_s, QDateTime::fromSecsSinceEpoch(gateway.certificate_valid_until().seconds(), Qt::UTC).toString(Qt::ISODate));
    }
    return object;
}

void describeGateway(const v1::Gateway &gateway)
{
    say(u"%1  %2 as %3  %4:%5  %6 open, %7 in all%8"_s
            .arg(fromStd(gateway.uri()),
                 fromStd(gateway.target_name()),
                 fromStd(gateway.target_user()),
                 fromStd(gateway.local_address()),
                 fromStd(gateway.local_port()))
            .arg(gateway.open_connections())
            .arg(gateway.total_connections())
            .arg(gateway.last_error().empty() ? QString() : u"  (last error: %1)"_s.arg(fromStd(gateway.last_error()))));
}

// A gateway named by its URI or its bare id.
std::string gatewayUri(const QString &name)
{
    return (name.startsWith("/gateways/"_L1) ? name : "/gateways/"_L1 + name).toStdString();
}

int createGateway(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption user(u"user"_s, {}, u"NAME"_s);
    const QCommandLineOption port(u"port"_s, {}, u"PORT"_s);
    const QCommandLineOption database(u"db"_s, {}, u"NAME"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({user, port, database, json});
    const QString synopsis = u"create CLUSTER DATABASE --user NAME [--port PORT] [--db NAME] [--json]"_s;
    if (!parse(parser, u"gateway"_s, arguments, 2, synopsis)) {
        return Usage;
    }
    if (!parser.isSet(user)) {
        return complain(u"a gateway needs a database user: --user NAME"_s, Usage);
    }
    v1::Cluster cluster;
    QString error;
    if (!resolveCluster(daemon, parser.positionalArguments().first(), &cluster, &error)) {
        return complain(error);
    }
    grpc::ClientContext context;
    bound(context, 60);
    v1::CreateGatewayRequest request;
    request.set_target_uri(cluster.uri() + "/dbs/" + parser.positionalArguments().at(1).toStdString());
    request.set_target_user(parser.value(user).toStdString());
    request.set_local_port(parser.value(port).toStdString());
    request.set_target_subresource_name(parser.value(database).toStdString());
    v1::Gateway gateway;
    if (const grpc::Status status = gateways(daemon)->CreateGateway(&context, request, &gateway); !status.ok()) {
        return complain(status);
    }
    if (parser.isSet(json)) {
        std::fputs(QJsonDocument(gatewayJson(gateway)).toJson().constData(), stdout);
        return Done;
    }
    say(u"Gateway %1 to %2 as %3 listens on %4:%5"_s.arg(fromStd(gateway.uri()),
                                                         fromStd(gateway.target_name()),
                                                         fromStd(gateway.target_user()),
                                                         fromStd(gateway.local_address()),
                                                         fromStd(gateway.local_port())));
    say(u"Connect with: %1"_s.arg(fromStd(gateway.cli_command())));
    return Done;
}

int changeGateway(const std::shared_ptr<grpc::Channel> &daemon, const QString &what, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = what == "rm"_L1 ? u"rm ID"_s : what == "set-port"_L1 ? u"set-port ID PORT"_s : u"set-db ID NAME"_s;
    if (!parse(parser, u"gateway "_s + what, arguments, what == "rm"_L1 ? 1 : 2, synopsis)) {
        return Usage;
    }
    const std::string uri = gatewayUri(parser.positionalArguments().first());
    grpc::ClientContext context;
    bound(context, 30);
    v1::Gateway gateway;
    grpc::Status status;
    if (what == "rm"_L1) {
        v1::RemoveGatewayRequest request;
        request.set_gateway_uri(uri);
        v1::EmptyGatewayResponse empty;
        status = gateways(daemon)->RemoveGateway(&context, request, &empty);
        if (status.ok()) {
            say(u"Gateway %1 closed"_s.arg(fromStd(uri)));
        }
        return status.ok() ? Done : complain(status);
    }
    if (what == "set-port"_L1) {
        v1::SetGatewayLocalPortRequest request;
        request.set_gateway_uri(uri);
        request.set_local_port(parser.positionalArguments().at(1).toStdString());
        status = gateways(daemon)->SetGatewayLocalPort(&context, request, &gateway);
    } else {
        v1::SetGatewayTargetSubresourceNameRequest request;
        request.set_gateway_uri(uri);
        request.set_target_subresource_name(parser.positionalArguments().at(1).toStdString());
        status = gateways(daemon)->SetGatewayTargetSubresourceName(&context, request, &gateway);
    }
    if (!status.ok()) {
        return complain(status);
    }
    describeGateway(gateway);
    say(u"Connect with: %1"_s.arg(fromStd(gateway.cli_command())));
    return Done;
}

} // namespace

int listGateways(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parse(parser, u"gateways"_s, arguments, 0, u"[--json]"_s)) {
        return Usage;
    }
    grpc::ClientContext context;
    bound(context, 10);
    v1::ListGatewaysResponse listed;
    if (const grpc::Status status = gateways(daemon)->ListGateways(&context, {}, &listed); !status.ok()) {
        return complain(status);
    }
    QJsonArray all;
    for (const v1::Gateway &gateway : listed.gateways()) {
        all.append(gatewayJson(gateway));
        if (!parser.isSet(json)) {
            describeGateway(gateway);
        }
    }
    if (parser.isSet(json)) {
        std::fputs(QJsonDocument(all).toJson().constData(), stdout);
    } else if (listed.gateways().empty()) {
        say(u"No gateways: teleterm-cli gateway create CLUSTER DATABASE --user NAME makes one."_s);
    }
    return Done;
}

int gateway(const std::shared_ptr<grpc::Channel> &daemon, const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == "create"_L1) {
        return createGateway(daemon, arguments.mid(1));
    }
    if (what == "rm"_L1 || what == "set-port"_L1 || what == "set-db"_L1) {
        return changeGateway(daemon, what, arguments.mid(1));
    }
    return complain(u"usage: teleterm-cli gateway create|rm|set-port|set-db ..."_s, Usage);
}

} // namespace Teleterm::Cli
