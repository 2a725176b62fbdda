#include "clusteruri.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Teleterm::Daemon
{

namespace
{

bool isSegment(const QString &segment)
{
    return !segment.isEmpty() && segment != "."_L1 && segment != ".."_L1;
}

} // namespace

QString ClusterUri::forRoot(const QString &profile)
{
    return u"/clusters/"_s + profile;
}

QString ClusterUri::forLeaf(const QString &profile, const QString &leaf)
{
    return forRoot(profile) + u"/leaves/"_s + leaf;
}

QString ClusterUri::clusterUri() const
{
    return leaf.isEmpty() ? forRoot(profile) : forLeaf(profile, leaf);
}

QString ClusterUri::resourceUri(const QString &kind, const QString &name) const
{
    return clusterUri() + u'/' + kind + u'/' + name;
}

ClusterUri ClusterUri::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    // "", "clusters", PROFILE [, "leaves", LEAF] [, KIND, NAME]
    if (parts.size() < 3 || !parts.at(0).isEmpty() || parts.at(1) != "clusters"_L1 || !isSegment(parts.at(2))) {
        return {};
    }
    ClusterUri uri;
    uri.profile = parts.at(2);
    qsizetype at = 3;
    if (parts.size() >= 5 && parts.at(3) == "leaves"_L1) {
        if (!isSegment(parts.at(4))) {
            return {};
        }
        uri.leaf = parts.at(4);
        at = 5;
    }
    if (parts.size() == at) {
        return uri;
    }
    static const QStringList kinds{u"servers"_s, u"dbs"_s, u"kubes"_s, u"apps"_s};
    if (parts.size() != at + 2 || !kinds.contains(parts.at(at)) || !isSegment(parts.at(at + 1))) {
        return {};
    }
    uri.resourceKind = parts.at(at);
    uri.resourceName = parts.at(at + 1);
    return uri;
}

} // namespace Teleterm::Daemon
