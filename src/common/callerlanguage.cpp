#include "callerlanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <grpcpp/client_context.h>
#include <grpcpp/server_context.h>

#include <map>
#include <mutex>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Teleterm::CallerLanguage
{

namespace
{

// The language of the call this thread answers; "" on threads that answer nobody.
thread_local QString t_language;

// The language this thread speaks: its caller's, else the service's own ("" is the system's).
QString spoken();

QLocale localeOf(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

// Translates into the language of the thread's caller, or into the service's own.
class CallerTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const Catalogues &catalogues = forLocale(localeOf(spoken()));
        QString text = catalogues.own->translate(context, sourceText, disambiguation, n);
        if (text.isNull()) {
            text = catalogues.qt->translate(context, sourceText, disambiguation, n);
        }
        return text;
    }

    [[nodiscard]] bool isEmpty() const override
    {
        return false;
    }

    void setServiceLanguage(const QString &language)
    {
        const std::lock_guard lock(m_mutex);
        m_serviceLanguage = language;
    }

    [[nodiscard]] QString serviceLanguage() const
    {
        const std::lock_guard lock(m_mutex);
        return m_serviceLanguage;
    }

private:
    // Teleterm's own catalogue, and Qt's for its own words (the command line's --help).
    struct Catalogues {
        QTranslator *own = nullptr;
        QTranslator *qt = nullptr;
    };

    // Loaded once per locale and kept, loaded or not: a locale's name comes from a small, fixed
    // set. Never destroyed here: a QTranslator's destructor waits for the lock that
    // QCoreApplication::translate() holds while it calls this.
    [[nodiscard]] const Catalogues &forLocale(const QLocale &locale) const
    {
        const std::lock_guard lock(m_mutex);
        auto [it, inserted] = m_loaded.try_emplace(locale.name());
        if (inserted) {
            // One that loads nothing translates nothing: the source stands.
            it->second.own = new QTranslator;
            std::ignore = loadCatalogue(*it->second.own, locale);
            it->second.qt = new QTranslator;
            std::ignore = loadQtCatalogue(*it->second.qt, locale);
        }
        return it->second;
    }

    mutable std::mutex m_mutex;
    mutable std::map<QString, Catalogues> m_loaded; // as long as the process
    QString m_serviceLanguage;
};

CallerTranslator *g_translator = nullptr;

// The language this process names in its calls, when it is not QLocale's default's.
std::mutex g_ownMutex;
QString g_own;

QString spoken()
{
    if (!t_language.isEmpty() || !g_translator) {
        return t_language;
    }
    return g_translator->serviceLanguage();
}

// The first language of an Accept-Language value ("de-DE, en;q=0.5" is "de-DE"); "" unless it
// reads as a language tag.
QString firstLanguage(std::string_view value)
{
    const size_t end = value.find_first_of(",;");
    value = value.substr(0, end);
    while (!value.empty() && value.front() == ' ') {
        value.remove_prefix(1);
    }
    while (!value.empty() && value.back() == ' ') {
        value.remove_suffix(1);
    }
    if (value.empty() || value.size() > 35) {
        return {};
    }
    for (const char c : value) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
            return {};
        }
    }
    return QString::fromLatin1(value.data(), qsizetype(value.size()));
}

} // namespace

void name(grpc::ClientContext &context)
{
    QString language;
    {
        const std::lock_guard lock(g_ownMutex);
        language = g_own;
    }
    context.AddMetadata(MetadataKey, (language.isEmpty() ? QLocale().bcp47Name() : language).toStdString());
}

void setOwn(const QString &language)
{
    const std::lock_guard lock(g_ownMutex);
    g_own = language;
}

void install()
{
    if (!g_translator) {
        g_translator = new CallerTranslator; // lives as long as the process
        QCoreApplication::installTranslator(g_translator);
    }
}

QString of(const grpc::ServerContextBase &context)
{
    const auto &metadata = context.client_metadata();
    const auto it = metadata.find(MetadataKey);
    return it == metadata.end() ? QString() : firstLanguage(std::string_view(it->second.data(), it->second.size()));
}

void adopt(const grpc::ServerContextBase &context)
{
    t_language = of(context);
    if (g_translator && !t_language.isEmpty()) {
        g_translator->setServiceLanguage(t_language);
    }
}

QString current()
{
    return t_language;
}

QString listOf(const QStringList &items)
{
    return localeOf(spoken()).createSeparatedList(items);
}

QString dateTime(const QDateTime &time)
{
    return localeOf(spoken()).toString(time.toLocalTime(), QLocale::ShortFormat);
}

Scope::Scope(const QString &language)
    : m_previous(current())
{
    t_language = language;
}

Scope::~Scope()
{
    t_language = m_previous;
}

} // namespace Teleterm::CallerLanguage

namespace Teleterm
{

bool loadCatalogue(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, u"teleterm"_s, u"_"_s, u":/i18n"_s) || translator.load(u"teleterm_en"_s, u":/i18n"_s);
}

bool loadQtCatalogue(QTranslator &translator, const QLocale &locale)
{
    return locale.language() != QLocale::English && translator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Teleterm
