#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Teleterm
{

// Label name to allowed values, as a Teleport role's allow.node_labels, db_labels,
// kubernetes_labels and app_labels: {"*": ["*"]} allows everything, an empty selector nothing.
using LabelSelector = QHash<QString, QStringList>;

// Whether a resource with `labels` is allowed by `selector`, as Teleport matches them: every
// label the selector names must have one of its values ("*" for any).
[[nodiscard]] bool labelsMatch(const LabelSelector &selector, const QHash<QString, QString> &labels);

// A role's logins or database users with Teleport's trait templates ("{{internal.logins}}",
// "{{internal.db_users}}") filled from the user's traits; a template naming no trait the user
// has adds nothing. Duplicates are dropped.
[[nodiscard]] QStringList expandTraits(const QStringList &values, const QHash<QString, QStringList> &traits);

} // namespace Teleterm
