#include "config.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

// Reads one JSON document of the config file, saying where it went wrong.
class Reader
{
public:
    explicit Reader(QString path)
        : m_path(std::move(path))
    {
    }

    [[nodiscard]] bool ok() const
    {
        return m_error.isEmpty();
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty()) {
            m_error = u"%1: %2: %3"_s.arg(m_path, where, what);
        }
    }

    void allowKeys(const QJsonObject &object, const QString &where, const QStringList &known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                fail(where, u"unknown key \"%1\" (known: %2)"_s.arg(it.key(), known.join(u", "_s)));
            }
        }
    }

    QString string(const QJsonValue &value, const QString &where)
    {
        if (!value.isString()) {
            fail(where, u"must be a string"_s);
        }
        return value.toString();
    }

    int count(const QJsonValue &value, const QString &where, int max)
    {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > max || number != int(number)) {
            fail(where, u"must be a whole number from 0 to %1"_s.arg(max));
            return 0;
        }
        return int(number);
    }

    // A Go duration as Teleport writes them in roles: "30s", "10m", "12h", "1h30m".
    qint64 duration(const QJsonValue &value, const QString &where)
    {
        static const QRegularExpression part(u"(\\d+)([smh])"_s);
        const QString text = string(value, where);
        qint64 seconds = 0;
        qsizetype matched = 0;
        for (const QRegularExpressionMatch &match : part.globalMatch(text)) {
            const qint64 count = match.captured(1).toLongLong();
            const QChar unit = match.captured(2).at(0);
            seconds += unit == u's' ? count : unit == u'm' ? count * 60 : count * 3600;
            matched += match.capturedLength();
        }
        if (text.isEmpty() || matched != text.size() || seconds <= 0) {
            fail(where, u"must be a duration such as \"30s\", \"10m\" or \"12h\""_s);
        }
        return seconds;
    }

    QStringList strings(const QJsonValue &value, const QString &where)
    {
        QStringList out;
        if (!value.isArray()) {
            fail(where, u"must be a list of strings"_s);
            return out;
        }
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            out << string(item, where);
        }
        return out;
    }

    QHash<QString, QString> labels(const QJsonValue &value, const QString &where)
    {
        QHash<QString, QString> out;
        const QJsonObject object = value.toObject();
        if (!value.isObject()) {
            fail(where, u"must be an object of label names to values"_s);
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            out.insert(it.key(), string(it.value(), where + u'.' + it.key()));
        }
        return out;
    }

    LabelSelector selector(const QJsonValue &value, const QString &where)
    {
        LabelSelector out;
        const QJsonObject object = value.toObject();
        if (!value.isObject()) {
            fail(where, u"must be an object of label names to lists of allowed values"_s);
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            out.insert(it.key(), strings(it.value(), where + u'.' + it.key()));
        }
        return out;
    }

    QList<ListedResourceSpec> resources(const QJsonValue &value, const QString &where)
    {
        QList<ListedResourceSpec> out;
        if (!value.isArray()) {
            fail(where, u"must be a list"_s);
            return out;
        }
        QSet<QString> names;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(where).arg(i);
            const QJsonObject object = array.at(i).toObject();
            allowKeys(object, at, {u"name"_s, u"description"_s, u"labels"_s, u"protocol"_s, u"uri"_s, u"public_addr"_s});
            ListedResourceSpec spec;
            spec.name = string(object.value(u"name"_s), at + ".name"_L1);
            spec.description = object.value(u"description"_s).toString();
            spec.labels = object.contains(u"labels"_s) ? labels(object.value(u"labels"_s), at + ".labels"_L1) : QHash<QString, QString>();
            spec.protocol = object.value(u"protocol"_s).toString();
            spec.uri = object.value(u"uri"_s).toString();
            spec.publicAddress = object.value(u"public_addr"_s).toString();
            if (spec.name.isEmpty() || names.contains(spec.name)) {
                fail(at + ".name"_L1, u"must be a name no other resource of its kind has"_s);
            }
            names.insert(spec.name);
            out.append(spec);
        }
        return out;
    }

private:
    QString m_path;
    QString m_error;
};

LabelSelector everything()
{
    return {{u"*"_s, {u"*"_s}}};
}

} // namespace

const LabelSelector &RoleSpec::labelsFor(ResourceKind kind) const
{
    switch (kind) {
    case ResourceKind::Node:
        return nodeLabels;
    case ResourceKind::Database:
        return databaseLabels;
    case ResourceKind::KubeCluster:
        return kubernetesLabels;
    case ResourceKind::App:
        return appLabels;
    }
    return nodeLabels;
}

SandboxConfig SandboxConfig::defaults()
{
    SandboxConfig config;
    const LabelSelector dev{{u"env"_s, {u"dev"_s}}};
    config.roles.insert(u"access"_s,
                        {
                            .logins = {u"{{internal.logins}}"_s},
                            .databaseUsers = {u"{{internal.db_users}}"_s},
                            .databaseNames = {u"*"_s},
                            .nodeLabels = everything(),
                            .databaseLabels = everything(),
                            .kubernetesLabels = everything(),
                            .appLabels = everything(),
                        });
    config.roles.insert(u"dev"_s,
                        {
                            .logins = {u"{{internal.logins}}"_s},
                            .databaseUsers = {u"{{internal.db_users}}"_s},
                            .databaseNames = {u"*"_s},
                            .nodeLabels = dev,
                            .databaseLabels = dev,
                            .kubernetesLabels = dev,
                            .appLabels = dev,
                        });
    config.users = {
        {u"alice"_s, {u"access"_s}, {{u"db_users"_s, {u"alice"_s, u"readonly"_s}}}, {}},
        {u"bob"_s, {u"dev"_s}, {{u"db_users"_s, {u"bob"_s}}}, {}},
    };
    config.postgresLabels = {{u"env"_s, u"dev"_s}, {u"engine"_s, u"postgres"_s}};
    config.databases = {
        {u"orders-mysql"_s, u"Orders (listed only)"_s, {{u"env"_s, u"prod"_s}, {u"engine"_s, u"mysql"_s}}, u"mysql"_s, u"orders.internal:3306"_s, {}},
    };
    config.kubeClusters = {
        {u"kube-dev"_s, {}, {{u"env"_s, u"dev"_s}, {u"region"_s, u"eu-west"_s}}, {}, {}, {}},
        {u"kube-prod"_s, {}, {{u"env"_s, u"prod"_s}, {u"region"_s, u"us-east"_s}}, {}, {}, {}},
    };
    config.apps = {
        {u"grafana"_s, u"Dashboards"_s, {{u"env"_s, u"prod"_s}}, {}, u"http://127.0.0.1:3000"_s, u"grafana.sandbox.example"_s},
        {u"wiki"_s, u"Team wiki"_s, {{u"env"_s, u"dev"_s}}, {}, u"http://127.0.0.1:8081"_s, u"wiki.sandbox.example"_s},
    };
    return config;
}

bool SandboxConfig::load(const QString &path, SandboxConfig *config, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the config file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    Reader read(path);
    read.allowKeys(root,
                   u"top level"_s,
                   {u"cluster_name"_s,
                    u"nodes"_s,
                    u"listed_servers"_s,
                    u"postgres"_s,
                    u"databases"_s,
                    u"kube_clusters"_s,
                    u"apps"_s,
                    u"roles"_s,
                    u"users"_s,
                    u"leaf_clusters"_s});
    if (root.contains(u"cluster_name"_s)) {
        config->clusterName = read.string(root.value(u"cluster_name"_s), u"cluster_name"_s);
    }
    if (root.contains(u"nodes"_s)) {
        config->nodes = read.count(root.value(u"nodes"_s), u"nodes"_s, 64);
    }
    if (root.contains(u"listed_servers"_s)) {
        config->listedServers = read.count(root.value(u"listed_servers"_s), u"listed_servers"_s, 1000000);
    }
    if (root.contains(u"postgres"_s)) {
        const QJsonObject postgres = root.value(u"postgres"_s).toObject();
        read.allowKeys(postgres, u"postgres"_s, {u"enabled"_s, u"name"_s, u"labels"_s});
        config->postgres = postgres.value(u"enabled"_s).toBool(true);
        if (postgres.contains(u"name"_s)) {
            config->postgresName = read.string(postgres.value(u"name"_s), u"postgres.name"_s);
        }
        if (postgres.contains(u"labels"_s)) {
            config->postgresLabels = read.labels(postgres.value(u"labels"_s), u"postgres.labels"_s);
        }
    }
    if (root.contains(u"databases"_s)) {
        config->databases = read.resources(root.value(u"databases"_s), u"databases"_s);
    }
    if (root.contains(u"kube_clusters"_s)) {
        config->kubeClusters = read.resources(root.value(u"kube_clusters"_s), u"kube_clusters"_s);
    }
    if (root.contains(u"apps"_s)) {
        config->apps = read.resources(root.value(u"apps"_s), u"apps"_s);
    }
    if (root.contains(u"roles"_s)) {
        config->roles.clear();
        const QJsonObject roles = root.value(u"roles"_s).toObject();
        for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
            const QString at = u"roles.%1"_s.arg(it.key());
            const QJsonObject object = it.value().toObject();
            read.allowKeys(
                object,
                at,
                {u"logins"_s, u"db_users"_s, u"db_names"_s, u"node_labels"_s, u"db_labels"_s, u"kubernetes_labels"_s, u"app_labels"_s, u"max_session_ttl"_s});
            RoleSpec role;
            const auto optionalStrings = [&](const QString &key) {
                return object.contains(key) ? read.strings(object.value(key), at + u'.' + key) : QStringList();
            };
            const auto optionalSelector = [&](const QString &key) {
                return object.contains(key) ? read.selector(object.value(key), at + u'.' + key) : LabelSelector();
            };
            role.logins = optionalStrings(u"logins"_s);
            role.databaseUsers = optionalStrings(u"db_users"_s);
            role.databaseNames = optionalStrings(u"db_names"_s);
            role.nodeLabels = optionalSelector(u"node_labels"_s);
            role.databaseLabels = optionalSelector(u"db_labels"_s);
            role.kubernetesLabels = optionalSelector(u"kubernetes_labels"_s);
            role.appLabels = optionalSelector(u"app_labels"_s);
            if (object.contains(u"max_session_ttl"_s)) {
                role.maxSessionTtlSeconds = read.duration(object.value(u"max_session_ttl"_s), at + ".max_session_ttl"_L1);
            }
            config->roles.insert(it.key(), role);
        }
    }
    if (root.contains(u"users"_s)) {
        config->users.clear();
        const QJsonArray users = root.value(u"users"_s).toArray();
        for (qsizetype i = 0; i < users.size(); ++i) {
            const QString at = u"users[%1]"_s.arg(i);
            const QJsonObject object = users.at(i).toObject();
            read.allowKeys(object, at, {u"name"_s, u"roles"_s, u"traits"_s, u"password"_s});
            UserSpec user;
            user.name = read.string(object.value(u"name"_s), at + ".name"_L1);
            user.roles = read.strings(object.value(u"roles"_s), at + ".roles"_L1);
            user.password = object.value(u"password"_s).toString();
            const QJsonObject traits = object.value(u"traits"_s).toObject();
            for (auto trait = traits.constBegin(); trait != traits.constEnd(); ++trait) {
                user.traits.insert(trait.key(), read.strings(trait.value(), at + ".traits."_L1 + trait.key()));
            }
            for (const QString &role : std::as_const(user.roles)) {
                if (!config->roles.contains(role)) {
                    read.fail(at + ".roles"_L1, u"no role is named \"%1\""_s.arg(role));
                }
            }
            config->users.append(user);
        }
    }
    if (root.contains(u"leaf_clusters"_s)) {
        const QJsonArray leaves = root.value(u"leaf_clusters"_s).toArray();
        for (qsizetype i = 0; i < leaves.size(); ++i) {
            const QString at = u"leaf_clusters[%1]"_s.arg(i);
            const QJsonObject object = leaves.at(i).toObject();
            read.allowKeys(object, at, {u"name"_s, u"listed_servers"_s, u"databases"_s, u"kube_clusters"_s, u"apps"_s});
            LeafSpec leaf;
            leaf.name = read.string(object.value(u"name"_s), at + ".name"_L1);
            leaf.listedServers = object.contains(u"listed_servers"_s) ? read.count(object.value(u"listed_servers"_s), at + ".listed_servers"_L1, 1000000) : 0;
            leaf.databases = object.contains(u"databases"_s) ? read.resources(object.value(u"databases"_s), at + ".databases"_L1) : QList<ListedResourceSpec>();
            leaf.kubeClusters =
                object.contains(u"kube_clusters"_s) ? read.resources(object.value(u"kube_clusters"_s), at + ".kube_clusters"_L1) : QList<ListedResourceSpec>();
            leaf.apps = object.contains(u"apps"_s) ? read.resources(object.value(u"apps"_s), at + ".apps"_L1) : QList<ListedResourceSpec>();
            config->leaves.append(leaf);
        }
    }
    if (config->clusterName.isEmpty()) {
        read.fail(u"cluster_name"_s, u"must not be empty"_s);
    }
    for (const LeafSpec &leaf : std::as_const(config->leaves)) {
        if (leaf.name.isEmpty() || leaf.name == config->clusterName) {
            read.fail(u"leaf_clusters"_s, u"a leaf needs a name of its own"_s);
        }
    }
    if (config->users.isEmpty()) {
        read.fail(u"users"_s, u"at least one user is needed"_s);
    }
    if (!read.ok()) {
        *error = read.error();
        return false;
    }
    return true;
}

} // namespace Teleterm::Sandbox
