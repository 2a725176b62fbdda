#pragma once

#include <QFileSystemWatcher>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Teleterm::Models
{

// The user's settings (a QML singleton): $XDG_CONFIG_HOME/teleterm/settings.json, read when the
// window starts and again whenever it changes on disk, written (atomically, 0600) when changed
// here. The format is in docs/settings.md. A file that cannot be read leaves the defaults in
// force and says why (error); a setting it gets wrong is left out, named in the log.
class Settings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Action name -> the key sequences that trigger it (a list; empty: none). Every action is
    // present, with its default when the file does not set it.
    Q_PROPERTY(QVariantMap shortcuts READ shortcuts NOTIFY shortcutsChanged)
    Q_PROPERTY(QVariantMap shortcutTexts READ shortcutTexts NOTIFY shortcutsChanged)
    // The actions in the order the settings view lists them, and each one's defaults.
    Q_PROPERTY(QStringList actions READ actions CONSTANT)
    Q_PROPERTY(QVariantMap defaultShortcutMap READ defaultShortcutMap CONSTANT)
    Q_PROPERTY(int minFontSize MEMBER MinFontSize CONSTANT)
    Q_PROPERTY(int maxFontSize MEMBER MaxFontSize CONSTANT)
    Q_PROPERTY(int maxScrollback MEMBER MaxScrollback CONSTANT)
    // The fixed-pitch font families installed, for the terminal's font.
    Q_PROPERTY(QStringList monospaceFamilies READ monospaceFamilies CONSTANT)
    // The terminal: its font (empty family, size 0: the theme's), the lines of scrollback it keeps,
    // and whether selecting copies.
    Q_PROPERTY(QString terminalFontFamily READ terminalFontFamily WRITE setTerminalFontFamily NOTIFY terminalChanged)
    Q_PROPERTY(int terminalFontSize READ terminalFontSize WRITE setTerminalFontSize NOTIFY terminalChanged)
    Q_PROPERTY(int scrollbackLines READ scrollbackLines WRITE setScrollbackLines NOTIFY terminalChanged)
    Q_PROPERTY(bool copyOnSelect READ copyOnSelect WRITE setCopyOnSelect NOTIFY terminalChanged)
    // The window's look: "system" (light or dark as the platform's palette is, followed live),
    // "light", "dark" or "high-contrast".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // The window's language: "system" (the desktop's, through the locale) or one of languages().
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The terminal's colours: "theme" (the window's look) or one of terminalPalettes().
    Q_PROPERTY(QString terminalPalette READ terminalPalette WRITE setTerminalPalette NOTIFY terminalChanged)
    // The values each of those can take.
    Q_PROPERTY(QStringList themes READ themes CONSTANT)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QStringList terminalPalettes READ terminalPalettes CONSTANT)
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit Settings(const QString &path = {}, QObject *parent = nullptr);
    static Settings *create(QQmlEngine *, QJSEngine *);

    // The actions, with their default key sequences (Teleport Connect's on Linux).
    [[nodiscard]] static const QList<std::pair<QString, QStringList>> &defaultShortcuts();

    [[nodiscard]] QVariantMap shortcuts() const
    {
        return m_shortcuts;
    }
    [[nodiscard]] QString terminalFontFamily() const
    {
        return m_terminal.fontFamily;
    }
    void setTerminalFontFamily(const QString &family);
    [[nodiscard]] int terminalFontSize() const
    {
        return m_terminal.fontSize;
    }
    void setTerminalFontSize(int pixels);
    [[nodiscard]] int scrollbackLines() const
    {
        return m_terminal.scrollback;
    }
    void setScrollbackLines(int lines);
    [[nodiscard]] bool copyOnSelect() const
    {
        return m_terminal.copyOnSelect;
    }
    void setCopyOnSelect(bool copy);
    [[nodiscard]] QString terminalPalette() const
    {
        return m_terminal.palette;
    }
    void setTerminalPalette(const QString &palette);
    [[nodiscard]] static QStringList terminalPalettes();

    [[nodiscard]] QString theme() const
    {
        return m_theme;
    }
    void setTheme(const QString &theme);
    [[nodiscard]] static QStringList themes();
    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);
    // "system", then the languages the window is translated into.
    [[nodiscard]] static QStringList languages();

    static constexpr int DefaultScrollback = 10000;
    static constexpr int MaxScrollback = 1000000;
    static constexpr int MinFontSize = 6;
    static constexpr int MaxFontSize = 72;

    [[nodiscard]] QString path() const
    {
        return m_path;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

    // Sets an action's key sequences and writes the file; false (and nothing changed) for an
    // unknown action, a sequence Qt cannot read, or a file that could not be read.
    Q_INVOKABLE bool setShortcut(const QString &action, const QStringList &sequences);
    // Back to the default: the action leaves the file.
    Q_INVOKABLE void resetShortcut(const QString &action);
    Q_INVOKABLE void reload();
    // Action name -> its first key sequence as the desktop writes it in the window's language
    // ("Strg+Umschalt+T"), for tool tips; absent when the action has none.
    [[nodiscard]] QVariantMap shortcutTexts() const;
    [[nodiscard]] static QStringList actions();
    [[nodiscard]] static QVariantMap defaultShortcutMap();
    [[nodiscard]] static QStringList monospaceFamilies();
    // Key sequences (in the file's portable spelling) as the desktop writes them, joined by commas.
    Q_INVOKABLE [[nodiscard]] QString keysText(const QStringList &sequences) const;
    // A key pressed with modifiers, in the file's portable spelling ("Ctrl+Shift+T"); empty for a
    // modifier alone or a key Qt cannot name.
    Q_INVOKABLE [[nodiscard]] QString portableSequence(int key, int modifiers) const;

Q_SIGNALS:
    void shortcutsChanged();
    void terminalChanged();
    void themeChanged();
    void languageChanged();
    void errorChanged();

private:
    struct Terminal {
        QString fontFamily;
        int fontSize = 0;
        int scrollback = DefaultScrollback;
        bool copyOnSelect = false;
        QString palette = terminalPalettes().constFirst();
        bool operator==(const Terminal &) const = default;
    };

    void apply(const QJsonObject &file);
    void applyTerminal(const QJsonObject &terminal);
    // Sets one key of one of the file's objects ("terminal", "appearance") and writes the file.
    void setKey(QLatin1StringView object, const QString &key, const QJsonValue &value);
    bool write();
    void setError(const QString &error);
    void watch();

    QString m_path;
    QString m_error;
    QVariantMap m_shortcuts;
    Terminal m_terminal;
    QString m_theme = themes().constFirst();
    QString m_language = languages().constFirst();
    QJsonObject m_file; // as read: what this version does not know is written back untouched
    QFileSystemWatcher m_watcher;
};

} // namespace Teleterm::Models
