#include "teleportroles.h"

using namespace Qt::StringLiterals;

namespace Teleterm
{

bool labelsMatch(const LabelSelector &selector, const QHash<QString, QString> &labels)
{
    if (selector.isEmpty()) {
        return false;
    }
    for (auto label = selector.cbegin(); label != selector.cend(); ++label) {
        if (label.key() == u'*' && label.value().contains(u"*"_s)) {
            continue;
        }
        const auto value = labels.constFind(label.key());
        if (value == labels.cend() || !(label.value().contains(*value) || label.value().contains(u"*"_s))) {
            return false;
        }
    }
    return true;
}

QStringList expandTraits(const QStringList &values, const QHash<QString, QStringList> &traits)
{
    static const QString prefix = u"{{internal."_s;
    QStringList out;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (trimmed.startsWith(prefix) && trimmed.endsWith("}}"_L1)) {
            out << traits.value(trimmed.mid(prefix.size(), trimmed.size() - prefix.size() - 2).trimmed());
        } else {
            out << value;
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace Teleterm
