#include "localization.h"

#include "callerlanguage.h"
#include "modelslogging.h"
#include "settings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

// The translations in force: Teleterm's own and Qt's (the Controls' standard texts).
struct Installed {
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString uiLanguage = u"en"_s;
    std::optional<QString> requested; // the setting they were installed for
};

Installed &installed()
{
    static Installed current;
    return current;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot.get());
    }
    slot = std::move(next);
    if (slot) {
        QCoreApplication::installTranslator(slot.get());
    }
}

} // namespace

Localization::Localization(QQmlEngine *engine)
    : m_engine(engine)
{
}

Localization *Localization::create(QQmlEngine *engine, QJSEngine *)
{
    auto *localization = new Localization(engine); // owned by the engine
    // The language the settings of this engine name, now and whenever they change.
    if (auto *settings = engine->singletonInstance<Settings *>(qmlTypeId("Teleterm.Models", 1, 0, "Settings"))) {
        localization->setLanguage(settings->language());
        connect(settings, &Settings::languageChanged, localization, [localization, settings] {
            localization->setLanguage(settings->language());
        });
    }
    return localization;
}

QString Localization::install(const QString &language)
{
    Installed &current = installed();
    if (current.requested == language) { // main() installed it; the window's settings name it again
        return current.uiLanguage;
    }
    const QLocale locale = language.isEmpty() || language == "system"_L1 ? QLocale::system() : QLocale(language);
    auto own = std::make_unique<QTranslator>();
    if (!loadCatalogue(*own, locale)) {
        qCWarning(TELETERM_MODELS) << "no translation could be loaded for" << locale.name();
        own.reset();
    }
    const QString uiLanguage = own && !own->language().isEmpty() ? QLocale(own->language()).name().section(u'_', 0, 0) : u"en"_s;
    auto qt = std::make_unique<QTranslator>();
    if (!loadQtCatalogue(*qt, QLocale(uiLanguage))) {
        qt.reset();
    }
    replace(current.own, std::move(own));
    replace(current.qt, std::move(qt));
    current.uiLanguage = uiLanguage;
    current.requested = language;
    CallerLanguage::setOwn(uiLanguage); // the daemon and the PTY host answer in it
    // Numbers and dates as the chosen language writes them; the desktop's own formats when the
    // language follows the desktop's.
    QLocale::setDefault(language.isEmpty() || language == "system"_L1 ? QLocale::system() : QLocale(uiLanguage));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(QLocale(uiLanguage).textDirection());
    }
    return uiLanguage;
}

void Localization::setLanguage(const QString &language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    const QString uiLanguage = install(language);
    qCInfo(TELETERM_MODELS).noquote() << "language" << language << "->" << uiLanguage << "; formats" << QLocale().name();
    if (m_engine) {
        m_engine->setUiLanguage(uiLanguage);
        m_engine->retranslate();
    }
    Q_EMIT changed();
}

QString Localization::uiLanguage()
{
    return installed().uiLanguage;
}

QString Localization::localeName()
{
    return QLocale().name();
}

bool Localization::rightToLeft()
{
    return QLocale(uiLanguage()).textDirection() == Qt::RightToLeft;
}

QString Localization::systemName()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? tr("Same as the system") : tr("Same as the system (%1)").arg(system.nativeLanguageName());
}

QString Localization::nativeName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    // "English" rather than "American English": the translation is the same for every country.
    return language == "en"_L1 ? u"English"_s : name;
}

} // namespace Teleterm::Models
