#include "settings.h"

#include "atomicfile.h"

#include "modelslogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

constexpr qint64 LargestFile = 1024 * 1024;

QString defaultPath()
{
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    return (config.isEmpty() ? QDir::homePath() + "/.config"_L1 : config) + "/teleterm/settings.json"_L1;
}

// One of `allowed`, from `object[key]`; else the first of them, with a line in the log when the
// file gave something else.
QString choice(const QJsonObject &object, const char *path, QLatin1StringView key, const QStringList &allowed)
{
    const QJsonValue given = object.value(key);
    if (given.isString() && allowed.contains(given.toString())) {
        return given.toString();
    }
    if (!given.isUndefined()) {
        qCWarning(TELETERM_MODELS).noquote() << "settings:" << path << "cannot be" << given.toVariant().toString() << "; it is one of" << allowed.join(u", "_s);
    }
    return allowed.constFirst();
}

// A sequence Qt reads back as itself (in the portable, English spelling of the file).
bool readable(const QString &sequence)
{
    const QKeySequence keys = QKeySequence::fromString(sequence, QKeySequence::PortableText);
    return !keys.isEmpty() && keys[0].key() != Qt::Key_unknown;
}

} // namespace

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &Settings::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &Settings::reload);
    reload();
}

Settings *Settings::create(QQmlEngine *, QJSEngine *)
{
    return new Settings; // owned by the engine, one per engine
}

const QList<std::pair<QString, QStringList>> &Settings::defaultShortcuts()
{
    static const QList<std::pair<QString, QStringList>> defaults = [] {
        QList<std::pair<QString, QStringList>> list{
            {u"newTab"_s, {u"Ctrl+Shift+T"_s}},
            {u"newTerminal"_s, {u"Ctrl+Shift+`"_s, u"Ctrl+Shift+~"_s}},
            {u"closeTab"_s, {u"Ctrl+Shift+W"_s}},
            {u"nextTab"_s, {u"Ctrl+Tab"_s}},
            {u"previousTab"_s, {u"Ctrl+Shift+Tab"_s, u"Ctrl+Backtab"_s}},
            {u"moveTabLeft"_s, {u"Ctrl+Shift+PgUp"_s}},
            {u"moveTabRight"_s, {u"Ctrl+Shift+PgDown"_s}},
            {u"findInTerminal"_s, {u"Ctrl+Shift+F"_s}},
            {u"openSettings"_s, {u"Ctrl+,"_s}},
            // Not Teleport Connect's (it has none); Ctrl+Shift, as a terminal leaves it to the window.
            {u"focusSidebar"_s, {u"Ctrl+Shift+E"_s}},
        };
        for (int tab = 1; tab <= 9; ++tab) {
            list.append({u"tab%1"_s.arg(tab), {u"Alt+%1"_s.arg(tab)}});
        }
        return list;
    }();
    return defaults;
}

void Settings::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void Settings::watch()
{
    // The directory too: editors write a new file and rename it over the old one.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (QFileInfo(dir).isDir() && !m_watcher.directories().contains(dir)) {
        m_watcher.addPath(dir);
    }
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path)) {
        m_watcher.addPath(m_path);
    }
}

void Settings::reload()
{
    watch();
    QJsonObject file;
    QFile input(m_path);
    if (input.exists()) {
        QJsonParseError parsed{};
        const QJsonDocument json =
            input.size() > LargestFile || !input.open(QIODevice::ReadOnly) ? QJsonDocument() : QJsonDocument::fromJson(input.readAll(), &parsed);
        if (!json.isObject()) {
            const QString why = input.size() > LargestFile ? tr("the file is too large")
                : !input.isOpen()                          ? input.errorString()
                : parsed.error != QJsonParseError::NoError ? tr("%1 at byte %2").arg(parsed.errorString()).arg(parsed.offset)
                                                           : tr("not a JSON object");
            setError(tr("The settings in %1 could not be read (%2); the defaults apply.").arg(m_path, why));
            qCWarning(TELETERM_MODELS).noquote() << "settings" << m_path << "not read:" << why;
            apply({});
            return;
        }
        file = json.object();
    }
    setError({});
    m_file = file;
    apply(file);
}

void Settings::apply(const QJsonObject &file)
{
    const QJsonObject given = file.value("shortcuts"_L1).toObject();
    QVariantMap shortcuts;
    for (const auto &[action, defaults] : defaultShortcuts()) {
        shortcuts.insert(action, defaults);
    }
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (!shortcuts.contains(it.key())) {
            qCWarning(TELETERM_MODELS).noquote() << "settings: no action is named" << it.key();
            continue;
        }
        QStringList sequences;
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        bool valid = true;
        for (const QJsonValue &value : values) {
            if (!value.isString() || !readable(value.toString())) {
                qCWarning(TELETERM_MODELS).noquote() << "settings: the shortcut of" << it.key() << "is not a key sequence:" << value.toVariant().toString();
                valid = false;
                break;
            }
            sequences.append(value.toString());
        }
        if (valid) {
            shortcuts.insert(it.key(), sequences);
        }
    }
    if (shortcuts != m_shortcuts) {
        m_shortcuts = shortcuts;
        Q_EMIT shortcutsChanged();
    }
    applyTerminal(file.value("terminal"_L1).toObject());

    const QJsonObject appearance = file.value("appearance"_L1).toObject();
    if (const QString theme = choice(appearance, "appearance.theme", "theme"_L1, themes()); theme != m_theme) {
        m_theme = theme;
        Q_EMIT themeChanged();
    }
    if (const QString language = choice(appearance, "appearance.language", "language"_L1, languages()); language != m_language) {
        m_language = language;
        Q_EMIT languageChanged();
    }
}

QStringList Settings::themes()
{
    return {u"system"_s, u"light"_s, u"dark"_s, u"high-contrast"_s};
}

void Settings::setTheme(const QString &theme)
{
    if (themes().contains(theme)) {
        setKey("appearance"_L1, u"theme"_s, theme);
    }
}

QStringList Settings::languages()
{
    // As translations/ has them (English is the sources' own).
    return {u"system"_s, u"en"_s, u"de"_s, u"ja"_s, u"ar"_s};
}

void Settings::setLanguage(const QString &language)
{
    if (languages().contains(language)) {
        setKey("appearance"_L1, u"language"_s, language);
    }
}

QStringList Settings::terminalPalettes()
{
    // The names of Theme.qml's terminal palettes.
    return {u"theme"_s, u"light"_s, u"dark"_s, u"high-contrast"_s, u"solarized-light"_s, u"solarized-dark"_s};
}

void Settings::setTerminalPalette(const QString &palette)
{
    if (terminalPalettes().contains(palette)) {
        setKey("terminal"_L1, u"palette"_s, palette);
    }
}

void Settings::applyTerminal(const QJsonObject &given)
{
    Terminal terminal;
    const auto wrong = [](const char *key, const QJsonValue &value) {
        qCWarning(TELETERM_MODELS).noquote() << "settings: terminal." << key << "cannot be" << value.toVariant().toString();
    };
    if (const QJsonValue family = given.value("fontFamily"_L1); family.isString()) {
        terminal.fontFamily = family.toString().trimmed();
    } else if (!family.isUndefined()) {
        wrong("fontFamily", family);
    }
    if (const QJsonValue size = given.value("fontSize"_L1); size.isDouble() && size.toInt() >= MinFontSize && size.toInt() <= MaxFontSize) {
        terminal.fontSize = size.toInt();
    } else if (!size.isUndefined()) {
        wrong("fontSize", size);
    }
    if (const QJsonValue lines = given.value("scrollback"_L1); lines.isDouble() && lines.toInt() >= 0 && lines.toInt() <= MaxScrollback) {
        terminal.scrollback = lines.toInt();
    } else if (!lines.isUndefined()) {
        wrong("scrollback", lines);
    }
    if (const QJsonValue copy = given.value("copyOnSelect"_L1); copy.isBool()) {
        terminal.copyOnSelect = copy.toBool();
    } else if (!copy.isUndefined()) {
        wrong("copyOnSelect", copy);
    }
    terminal.palette = choice(given, "terminal.palette", "palette"_L1, terminalPalettes());
    if (!(terminal == m_terminal)) {
        m_terminal = terminal;
        Q_EMIT terminalChanged();
    }
}

void Settings::setKey(QLatin1StringView object, const QString &key, const QJsonValue &value)
{
    if (!m_error.isEmpty()) {
        return; // not over a file that could not be read
    }
    QJsonObject section = m_file.value(object).toObject();
    section.insert(key, value);
    m_file.insert(object, section);
    apply(m_file);
    write();
}

void Settings::setTerminalFontFamily(const QString &family)
{
    setKey("terminal"_L1, u"fontFamily"_s, family.trimmed());
}

void Settings::setTerminalFontSize(int pixels)
{
    setKey("terminal"_L1, u"fontSize"_s, std::clamp(pixels, MinFontSize, MaxFontSize));
}

void Settings::setScrollbackLines(int lines)
{
    setKey("terminal"_L1, u"scrollback"_s, std::clamp(lines, 0, MaxScrollback));
}

void Settings::setCopyOnSelect(bool copy)
{
    setKey("terminal"_L1, u"copyOnSelect"_s, copy);
}

bool Settings::setShortcut(const QString &action, const QStringList &sequences)
{
    // A file that could not be read is not written over: it may hold what the user meant.
    if (!m_error.isEmpty() || !m_shortcuts.contains(action) || !std::all_of(sequences.cbegin(), sequences.cend(), readable)) {
        return false;
    }
    QJsonObject shortcuts = m_file.value("shortcuts"_L1).toObject();
    shortcuts.insert(action, QJsonArray::fromStringList(sequences));
    m_file.insert("shortcuts"_L1, shortcuts);
    apply(m_file);
    return write();
}

QStringList Settings::actions()
{
    QStringList names;
    for (const auto &[action, defaults] : defaultShortcuts()) {
        names.append(action);
    }
    return names;
}

QVariantMap Settings::defaultShortcutMap()
{
    QVariantMap map;
    for (const auto &[action, defaults] : defaultShortcuts()) {
        map.insert(action, defaults);
    }
    return map;
}

QStringList Settings::monospaceFamilies()
{
    QStringList families;
    for (const QString &family : QFontDatabase::families()) {
        if (QFontDatabase::isFixedPitch(family) && !QFontDatabase::isPrivateFamily(family)) {
            families.append(family);
        }
    }
    return families;
}

QString Settings::keysText(const QStringList &sequences) const
{
    QStringList texts;
    for (const QString &sequence : sequences) {
        texts.append(QKeySequence::fromString(sequence, QKeySequence::PortableText).toString(QKeySequence::NativeText));
    }
    return texts.join(tr(", ", "between the key sequences of one action"));
}

QString Settings::portableSequence(int key, int modifiers) const
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta:
    case Qt::Key_AltGr:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_unknown:
    case 0:
        return {};
    default:
        break;
    }
    const auto held = Qt::KeyboardModifiers(modifiers) & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const QString sequence = QKeySequence(QKeyCombination(held, Qt::Key(key))).toString(QKeySequence::PortableText);
    return readable(sequence) ? sequence : QString();
}

QVariantMap Settings::shortcutTexts() const
{
    QVariantMap texts;
    for (auto it = m_shortcuts.constBegin(); it != m_shortcuts.constEnd(); ++it) {
        if (const QStringList sequences = it.value().toStringList(); !sequences.isEmpty()) {
            texts.insert(it.key(), QKeySequence::fromString(sequences.constFirst(), QKeySequence::PortableText).toString(QKeySequence::NativeText));
        }
    }
    return texts;
}

void Settings::resetShortcut(const QString &action)
{
    QJsonObject shortcuts = m_file.value("shortcuts"_L1).toObject();
    if (m_error.isEmpty() && shortcuts.contains(action)) {
        shortcuts.remove(action);
        m_file.insert("shortcuts"_L1, shortcuts);
        apply(m_file);
        write();
    }
}

bool Settings::write()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        setError(tr("The settings could not be saved: cannot make %1").arg(dir));
        return false;
    }
    QString failure;
    if (!writeAtomically(m_path, QJsonDocument(m_file).toJson(QJsonDocument::Indented), &failure)) {
        setError(tr("The settings could not be saved: %1").arg(failure));
        qCWarning(TELETERM_MODELS).noquote() << "settings not saved:" << failure;
        return false;
    }
    setError({});
    watch();
    return true;
}

} // namespace Teleterm::Models
