#pragma once

#include <QLocale>
#include <QTranslator>

namespace Teleterm::Test
{

// What the project's catalogue (the build's .qm files) says for a service's message `source` in
// `language`: what a service should answer a caller who names that language (`n` for a plural).
// Empty when the catalogue has no such message.
inline QString serviceText(const QString &language, const char *source, int n = -1)
{
    QTranslator catalogue;
    if (!catalogue.load(QLocale(language), QStringLiteral("teleterm"), QStringLiteral("_"), QStringLiteral(TELETERM_QM_DIR))) {
        return {};
    }
    QString text = catalogue.translate("ServiceText", source, nullptr, n);
    if (n >= 0) {
        text.replace(QStringLiteral("%n"), QString::number(n)); // as QCoreApplication::translate() does
    }
    return text;
}

} // namespace Teleterm::Test
