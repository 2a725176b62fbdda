#pragma once

#include <QLocale>
#include <QTranslator>

namespace Teleterm::Test
{

// What the project's catalogue (the build's .qm files) says for a service's message `source` in
// `language`: what a service should answer a caller who names that language. Empty when the
// catalogue has no such message.
inline QString serviceText(const QString &language, const char *source)
{
    QTranslator catalogue;
    if (!catalogue.load(QLocale(language), QStringLiteral("teleterm"), QStringLiteral("_"), QStringLiteral(TELETERM_QM_DIR))) {
        return {};
    }
    return catalogue.translate("ServiceText", source);
}

} // namespace Teleterm::Test
