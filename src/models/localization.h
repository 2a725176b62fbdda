#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Teleterm::Models
{

// The window's language, applied to the whole process: the translation from the window's
// resources (translations/, English when there is none for the language), the default QLocale
// that numbers and dates are written in, and the layout direction (right to left for Arabic). A
// QML singleton that follows its engine's Settings.language, so that a change in the settings view
// or the file applies at once, without a restart.
class Localization : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // "system" or a language code, as Settings.language.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    // The language the window speaks now ("en", "de", ...), and the locale its numbers and dates
    // are written in ("de_DE", "en_GB", ...: the desktop's when the language is "system").
    Q_PROPERTY(QString uiLanguage READ uiLanguage NOTIFY changed)
    Q_PROPERTY(QString localeName READ localeName NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    // "system" as a choice, in the window's language: "Same as the system (Deutsch)".
    Q_PROPERTY(QString systemName READ systemName NOTIFY changed)

public:
    // Not default-constructible, so that QML makes it with create() (Qt 6.4 prefers a default
    // constructor to the factory).
    explicit Localization(QQmlEngine *engine);
    static Localization *create(QQmlEngine *engine, QJSEngine *);

    // Puts `language` ("system" or a code) in force in the process. The translation's own
    // language comes back ("en" when English stood in).
    static QString install(const QString &language);

    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);
    [[nodiscard]] static QString uiLanguage();
    [[nodiscard]] static QString localeName();
    [[nodiscard]] static bool rightToLeft();
    // A language's name in that language ("Deutsch", "日本語").
    Q_INVOKABLE [[nodiscard]] static QString nativeName(const QString &language);
    [[nodiscard]] static QString systemName();

Q_SIGNALS:
    void changed();

private:
    QString m_language;
    QPointer<QQmlEngine> m_engine;
};

} // namespace Teleterm::Models
