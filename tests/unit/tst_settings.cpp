#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Teleterm::Models::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

    [[nodiscard]] QString path() const
    {
        return m_scratch.path() + "/teleterm/settings.json"_L1;
    }

    static bool write(const QString &path, const QByteArray &contents)
    {
        QFile file(path);
        return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size();
    }

    static QStringList shortcut(const Settings &settings, const QString &action)
    {
        return settings.shortcuts().value(action).toStringList();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
    }

    void withoutAFileEveryActionHasItsDefault()
    {
        Settings settings(path());
        QVERIFY(settings.error().isEmpty());
        QCOMPARE(settings.shortcuts().size(), Settings::defaultShortcuts().size());
        QCOMPARE(shortcut(settings, u"newTab"_s), QStringList{u"Ctrl+Shift+T"_s});
        QCOMPARE(shortcut(settings, u"tab9"_s), QStringList{u"Alt+9"_s});
        QVERIFY(!QFile::exists(path())); // reading writes nothing
    }

    void theFileOverridesWhatItNamesCorrectly()
    {
        // One string or a list; an empty list turns an action off; wrong names and sequences are
        // left out, the rest still applies.
        QVERIFY(write(path(),
                      "{\"shortcuts\": {\"newTab\": \"Ctrl+Alt+N\", \"closeTab\": [\"Ctrl+F4\", \"Ctrl+W\"], \"tab1\": [],"
                      " \"noSuchAction\": \"Ctrl+Q\", \"nextTab\": \"Ctrl+Nonsense+\", \"previousTab\": 42},"
                      " \"theme\": \"dark\"}"));
        Settings settings(path());
        QVERIFY(settings.error().isEmpty());
        QCOMPARE(shortcut(settings, u"newTab"_s), QStringList{u"Ctrl+Alt+N"_s});
        QCOMPARE(shortcut(settings, u"closeTab"_s), (QStringList{u"Ctrl+F4"_s, u"Ctrl+W"_s}));
        QCOMPARE(shortcut(settings, u"tab1"_s), QStringList());
        QCOMPARE(shortcut(settings, u"nextTab"_s), QStringList{u"Ctrl+Tab"_s});
        QCOMPARE(shortcut(settings, u"previousTab"_s), (QStringList{u"Ctrl+Shift+Tab"_s, u"Ctrl+Backtab"_s}));
        QVERIFY(!settings.shortcuts().contains(u"noSuchAction"_s));

        // Set from the window: written, 0600, and what this version does not know is kept.
        QVERIFY(settings.setShortcut(u"moveTabLeft"_s, {u"Alt+Left"_s}));
        QVERIFY(!settings.setShortcut(u"moveTabLeft"_s, {u"Ctrl+Nonsense+"_s}));
        QVERIFY(!settings.setShortcut(u"noSuchAction"_s, {u"Ctrl+Q"_s}));
        QCOMPARE(QFile::permissions(path()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        Settings again(path());
        QCOMPARE(shortcut(again, u"moveTabLeft"_s), QStringList{u"Alt+Left"_s});
        QCOMPARE(shortcut(again, u"newTab"_s), QStringList{u"Ctrl+Alt+N"_s});
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("theme"_L1).toString(), u"dark"_s);
        again.resetShortcut(u"newTab"_s);
        QCOMPARE(shortcut(again, u"newTab"_s), QStringList{u"Ctrl+Shift+T"_s});
    }

    void aChangeOnDiskAppliesAtOnce()
    {
        Settings settings(path());
        QSignalSpy changed(&settings, &Settings::shortcutsChanged);
        // As an editor saves: a new file renamed over the place.
        QVERIFY(write(path() + ".new"_L1, "{\"shortcuts\": {\"newTerminal\": \"Ctrl+Alt+T\"}}"));
        QVERIFY(QFile::rename(path() + ".new"_L1, path()));
        QTRY_COMPARE(shortcut(settings, u"newTerminal"_s), QStringList{u"Ctrl+Alt+T"_s});
        QVERIFY(changed.count() >= 1);
        QVERIFY(write(path(), "{\"shortcuts\": {\"newTerminal\": \"Ctrl+Alt+Y\"}}"));
        QTRY_COMPARE(shortcut(settings, u"newTerminal"_s), QStringList{u"Ctrl+Alt+Y"_s});
    }

    void aBrokenFileLeavesTheDefaultsAndIsNotWrittenOver()
    {
        const QByteArray broken = "{\"shortcuts\": {\"newTab\": \"Ctrl+Alt+N\",";
        QVERIFY(write(path(), broken));
        Settings settings(path());
        QVERIFY2(settings.error().contains(path()), qPrintable(settings.error()));
        QCOMPARE(shortcut(settings, u"newTab"_s), QStringList{u"Ctrl+Shift+T"_s});
        QVERIFY(!settings.setShortcut(u"newTab"_s, {u"Ctrl+Alt+M"_s}));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        // Mended on disk: read again, and the error goes.
        QVERIFY(write(path(), "{\"shortcuts\": {\"newTab\": \"Ctrl+Alt+N\"}}"));
        QTRY_VERIFY(settings.error().isEmpty());
        QCOMPARE(shortcut(settings, u"newTab"_s), QStringList{u"Ctrl+Alt+N"_s});
    }

    void theTerminalsSettings()
    {
        Settings settings(path());
        QCOMPARE(settings.scrollbackLines(), Settings::DefaultScrollback);
        QCOMPARE(settings.terminalFontSize(), 0); // the theme's
        QVERIFY(settings.terminalFontFamily().isEmpty());
        QVERIFY(!settings.copyOnSelect());
        QSignalSpy changed(&settings, &Settings::terminalChanged);
        settings.setTerminalFontFamily(u" DejaVu Sans Mono "_s);
        settings.setTerminalFontSize(400); // held to what a terminal can use
        settings.setScrollbackLines(50000);
        settings.setCopyOnSelect(true);
        QCOMPARE(changed.count(), 4);
        Settings again(path());
        QCOMPARE(again.terminalFontFamily(), u"DejaVu Sans Mono"_s);
        QCOMPARE(again.terminalFontSize(), Settings::MaxFontSize);
        QCOMPARE(again.scrollbackLines(), 50000);
        QVERIFY(again.copyOnSelect());
        // Wrong values in the file: those are left out, the others apply.
        QVERIFY(write(path(), "{\"terminal\": {\"fontSize\": \"big\", \"scrollback\": -5, \"copyOnSelect\": true}}"));
        QTRY_VERIFY(again.terminalFontFamily().isEmpty());
        QCOMPARE(again.terminalFontSize(), 0);
        QCOMPARE(again.scrollbackLines(), Settings::DefaultScrollback);
        QVERIFY(again.copyOnSelect());
    }

    void theThemeComesFromTheFileAndIsKept()
    {
        {
            Settings settings(path());
            QCOMPARE(settings.theme(), u"system"_s); // the platform's light or dark, by default
        }
        QVERIFY(write(path(), "{\"appearance\": {\"theme\": \"high-contrast\"}, \"later\": 1}"));
        Settings settings(path());
        QCOMPARE(settings.theme(), u"high-contrast"_s);
        QSignalSpy changed(&settings, &Settings::themeChanged);
        settings.setTheme(u"dark"_s);
        QCOMPARE(changed.size(), 1);
        settings.setTheme(u"purple"_s); // not a theme: nothing changes
        QCOMPARE(settings.theme(), u"dark"_s);
        Settings again(path());
        QCOMPARE(again.theme(), u"dark"_s);
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"later\"")); // what this version does not know stays
        file.close();
        // A wrong value in the file: the default, and the rest still applies.
        QVERIFY(write(path(), "{\"appearance\": {\"theme\": 7}, \"terminal\": {\"scrollback\": 5}}"));
        Settings wrong(path());
        QCOMPARE(wrong.theme(), u"system"_s);
        QCOMPARE(wrong.scrollbackLines(), 5);
    }

    void theLanguageAndTheTerminalPaletteAreKept()
    {
        {
            QVERIFY(QFile::remove(path()) || !QFile::exists(path()));
            Settings settings(path());
            QCOMPARE(settings.language(), u"system"_s); // the desktop's, by default
            QCOMPARE(settings.terminalPalette(), u"theme"_s); // as the window looks
        }
        QVERIFY(write(path(), "{\"appearance\": {\"theme\": \"dark\", \"language\": \"de\"}, \"terminal\": {\"palette\": \"solarized-dark\"}}"));
        Settings settings(path());
        QCOMPARE(settings.language(), u"de"_s);
        QCOMPARE(settings.terminalPalette(), u"solarized-dark"_s);
        QSignalSpy language(&settings, &Settings::languageChanged);
        settings.setLanguage(u"ar"_s);
        settings.setLanguage(u"tlh"_s); // not a language the window speaks: nothing changes
        QCOMPARE(language.size(), 1);
        settings.setTerminalPalette(u"light"_s);
        settings.setTerminalPalette(u"neon"_s);
        Settings again(path());
        QCOMPARE(again.language(), u"ar"_s);
        QCOMPARE(again.terminalPalette(), u"light"_s);
        QCOMPARE(again.theme(), u"dark"_s); // the other appearance keys stay
        // Wrong values in the file: the defaults, and the rest still applies.
        QVERIFY(write(path(), "{\"appearance\": {\"language\": \"xx\"}, \"terminal\": {\"palette\": 3, \"scrollback\": 9}}"));
        Settings wrong(path());
        QCOMPARE(wrong.language(), u"system"_s);
        QCOMPARE(wrong.terminalPalette(), u"theme"_s);
        QCOMPARE(wrong.scrollbackLines(), 9);
        // Each action's first key sequence, written for people.
        QCOMPARE(wrong.shortcutTexts().value(u"newTab"_s).toString(), QKeySequence(u"Ctrl+Shift+T"_s).toString(QKeySequence::NativeText));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
