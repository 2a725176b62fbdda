// Rules the sources keep, read from the sources themselves: every string the window shows goes
// through Qt's translation system, every translation is finished and current, and no view names a
// colour (Theme.qml holds them all).
#include "settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;
using Teleterm::Models::Settings;

namespace
{

const QString SourceDir = QStringLiteral(TELETERM_SOURCE_DIR);

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations; // one, or one per plural form
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == "message"_L1) {
                ts.messages.append(message);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
            }
        } else if (name == "numerusform"_L1) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        ts.error = xml.errorString();
    }
    return ts;
}

// %1, %L2, %n, %Ln: each as often as it appears, in order of name.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text)) {
        found.append(match.captured());
    }
    found.sort();
    return found;
}

QStringList files(const QString &dir, const QStringList &patterns)
{
    QStringList found;
    QDirIterator it(SourceDir + u'/' + dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found.append(it.next());
    }
    found.sort();
    return found;
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A line without its `//` comment (a `//` inside a string literal stays).
QString withoutComment(const QString &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\' && quoted) {
            ++i;
        } else if (line[i] == u'"') {
            quoted = !quoted;
        } else if (!quoted && line[i] == u'/' && i + 1 < line.size() && line[i + 1] == u'/') {
            return line.left(i);
        }
    }
    return line;
}

// The text with every call to one of `calls` (its parentheses and all within) left out.
QString withoutCalls(const QString &text, const QStringList &calls)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const auto call = std::find_if(calls.cbegin(), calls.cend(), [&](const QString &name) {
            return text.mid(i, name.size() + 1) == name + u'(' && (i == 0 || !(text[i - 1].isLetterOrNumber() || text[i - 1] == u'_'));
        });
        if (call == calls.cend()) {
            out.append(text[i++]);
            continue;
        }
        int depth = 0;
        for (i += call->size(); i < text.size(); ++i) {
            if (text[i] == u'"') {
                for (++i; i < text.size() && text[i] != u'"'; ++i) {
                    i += text[i] == u'\\' ? 1 : 0;
                }
            } else if (text[i] == u'(') {
                ++depth;
            } else if (text[i] == u')' && --depth == 0) {
                ++i;
                break;
            }
        }
        out.append(u"T"_s);
    }
    return out;
}

const QRegularExpression &literal()
{
    static const QRegularExpression expression(u"\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    return expression;
}

// Words: two letters or more in a row (a key like "ssh" is one, so is a sentence).
bool hasWords(const QString &text)
{
    static const QRegularExpression words(u"[A-Za-z]{2,}"_s);
    return words.match(text).hasMatch();
}

// The string literals a QML file shows without qsTr(): those given to a property a person reads
// (text, title, placeholderText, Accessible.name, ToolTip.text, ...). Literals compared with
// (=== "server") are data, not words for people; a line marked `// untranslated: why` is left.
QStringList unmarkedQml(const QString &contents)
{
    static const QRegularExpression shown(u"^\\s*(?:[\\w.]+\\.)?(?:text|title|placeholderText|name|description|label|displayText)\\s*:\\s*(.*)$"_s);
    static const QRegularExpression comparedBefore(u"(===|!==|==|!=)\\s*$"_s);
    static const QRegularExpression comparedAfter(u"^\\s*(===|!==|==|!=)"_s);
    QStringList found;
    const QStringList lines = contents.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const auto match = shown.match(withoutComment(lines[n]));
        // A command, a name or a sample that reads the same in every language, marked so.
        if (!match.hasMatch() || lines[n].contains("// untranslated"_L1)) {
            continue;
        }
        const QString expression = withoutCalls(match.captured(1), {u"qsTr"_s, u"qsTranslate"_s, u"qsTrId"_s});
        for (const auto &string : literal().globalMatch(expression)) {
            const bool compared = comparedBefore.match(expression.left(string.capturedStart())).hasMatch()
                || comparedAfter.match(expression.mid(string.capturedEnd())).hasMatch();
            if (!compared && hasWords(string.captured(1))) {
                found.append(u"line %1: %2"_s.arg(n + 1).arg(string.captured()));
            }
        }
    }
    return found;
}

// The sentences a C++ file holds outside tr(): literals with two words or more that are not in
// tr()/translate()/QT_TR_NOOP, a log line, an assertion, or a statement marked `// log only` or
// `// not a sentence` (a command, a PEM marker).
QStringList unmarkedCpp(const QString &contents)
{
    static const QRegularExpression sentence(u"[A-Za-z]{2,}[,:;]? [A-Za-z]{2,}"_s);
    static const QRegularExpression exempt(
        u"\\b(qC(Debug|Info|Warning|Critical)|qDebug|qInfo|qWarning|qCritical|qFatal|Q_ASSERT(_X)?|static_assert|fprintf|printf)\\b|// log only|// not a sentence"_s);
    QStringList found;
    const QStringList lines = contents.split(u'\n');
    bool blockComment = false;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (blockComment || line.trimmed().startsWith("/*"_L1)) {
            blockComment = !line.contains("*/"_L1);
            continue;
        }
        if (exempt.match(line).hasMatch()) {
            continue;
        }
        line = withoutCalls(withoutComment(line), {u"tr"_s, u"translate"_s, u"QT_TR_NOOP"_s, u"QT_TRANSLATE_NOOP"_s, u"qtTrId"_s});
        for (const auto &string : literal().globalMatch(line)) {
            if (sentence.match(string.captured(1)).hasMatch()) {
                found.append(u"line %1: %2"_s.arg(n + 1).arg(string.captured()));
            }
        }
    }
    return found;
}

// Colours named outside Theme.qml: "#rrggbb", Qt.rgba() and the like, or a colour's name given to
// a colour property.
QStringList colourLiterals(const QString &contents)
{
    static const QRegularExpression colour(u"\"#[0-9A-Fa-f]{3,8}\"|\\bQt\\.(rgba|hsla|hsva|rgb|hsl|hsv|tint)\\s*\\(|[cC]olor\\s*:\\s*\"(?!#)[a-z]+\""_s);
    QStringList found;
    const QStringList lines = contents.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (const auto match = colour.match(withoutComment(lines[n])); match.hasMatch()) {
            found.append(u"line %1: %2"_s.arg(n + 1).arg(match.captured()));
        }
    }
    return found;
}

// How many plural forms Qt gives each language the window speaks.
int pluralForms(const QString &language)
{
    const QString code = language.section(u'_', 0, 0);
    return code == "ja"_L1 ? 1 : code == "ar"_L1 ? 6 : 2;
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

    [[nodiscard]] static QStringList tsFiles()
    {
        return files(u"translations"_s, {u"teleterm_*.ts"_s});
    }

private Q_SLOTS:
    // The scanners below find what they look for (else their silence would prove nothing).
    void scannersFindTheirTargets()
    {
        QCOMPARE(unmarkedQml(u"Label {\n    text: \"Add cluster\"\n}\n"_s).size(), 1);
        QCOMPARE(unmarkedQml(u"    ToolTip.text: ok ? qsTr(\"Copy\") : \"Copy the command\"\n"_s).size(), 1);
        QCOMPARE(unmarkedQml(u"    text: qsTr(\"Connect to %1\").arg(name)\n    text: kind === \"server\" ? qsTr(\"Server\") : \"\"\n"_s), QStringList());
        QCOMPARE(unmarkedCpp(u"    setError(u\"The settings could not be read\"_s);\n"_s).size(), 1);
        QCOMPARE(unmarkedCpp(u"    setError(tr(\"The settings could not be read\"));\n    qCWarning(X) << \"not read at all\";\n"_s), QStringList());
        QCOMPARE(colourLiterals(u"    color: \"#ff0000\"\n    border.color: \"red\"\n    color: Qt.rgba(1, 0, 0, 1)\n"_s).size(), 3);
        QCOMPARE(colourLiterals(u"    color: Theme.accent\n    objectName: \"#1\"\n"_s), QStringList());
        QCOMPARE(placeholders(u"%Ln of %1, %2 and %1"_s), (QStringList{u"%1"_s, u"%1"_s, u"%2"_s, u"%Ln"_s}));
    }

    void everyQmlStringIsMarked()
    {
        const QStringList qml = files(u"qml"_s, {u"*.qml"_s});
        QVERIFY(qml.size() > 10);
        QStringList offenders;
        for (const QString &path : qml) {
            for (const QString &line : unmarkedQml(read(path))) {
                offenders.append(QDir(SourceDir).relativeFilePath(path) + u' ' + line);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(u"strings shown without qsTr():\n"_s + offenders.join(u'\n')));
    }

    void everySentenceInCppIsMarked()
    {
        QStringList sources;
        for (const QString &dir : {u"src/models"_s, u"src/backend"_s, u"src/app"_s, u"src/daemon"_s, u"src/ptyhost"_s, u"src/common"_s}) {
            sources += files(dir, {u"*.cpp"_s, u"*.h"_s});
        }
        QVERIFY(sources.size() > 10);
        QStringList offenders;
        for (const QString &path : std::as_const(sources)) {
            for (const QString &line : unmarkedCpp(read(path))) {
                offenders.append(QDir(SourceDir).relativeFilePath(path) + u' ' + line);
            }
        }
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(u"sentences outside tr() (mark them, or `// log only` if no person sees them):\n"_s + offenders.join(u'\n')));
    }

    void noColourOutsideTheTheme()
    {
        QStringList offenders;
        for (const QString &path : files(u"qml"_s, {u"*.qml"_s})) {
            if (path.endsWith("/Theme.qml"_L1)) {
                continue;
            }
            for (const QString &line : colourLiterals(read(path))) {
                offenders.append(QDir(SourceDir).relativeFilePath(path) + u' ' + line);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(u"colours named outside Theme.qml:\n"_s + offenders.join(u'\n')));
    }

    // Each language the settings offer has its file, and each file is offered.
    void everyLanguageHasItsFile()
    {
        QStringList offered = Settings::languages();
        offered.removeAll(u"system"_s);
        QStringList present;
        for (const QString &path : tsFiles()) {
            present.append(QFileInfo(path).completeBaseName().section(u'_', 1));
        }
        offered.sort();
        present.sort();
        QCOMPARE(present, offered);
    }

    // Every message of every language is translated, with its placeholders and its plural forms.
    void translationsAreFinished()
    {
        // Left as in English on purpose: names, codes and words the language shares.
        const QMap<QString, QStringList> same{
            {u"de"_s,
             {u"OK"_s,
              u"Teleterm"_s,
              u"Kubernetes"_s,
              u"teleport.example.com:443"_s,
              u"Server"_s,
              u"Port"_s,
              u"Gateways"_s,
              u"Terminal"_s,
              u"Terminal: %1"_s,
              u"Offline"_s,
              u"Tabs"_s}},
            {u"ja"_s, {u"OK"_s, u"Teleterm"_s, u"Kubernetes"_s, u"teleport.example.com:443"_s}},
            {u"ar"_s, {u"Teleterm"_s, u"Kubernetes"_s, u"teleport.example.com:443"_s}},
        };
        QStringList problems;
        for (const QString &path : tsFiles()) {
            const TsFile ts = readTs(path);
            QVERIFY2(ts.error.isEmpty(), qPrintable(path + u": "_s + ts.error));
            QVERIFY2(ts.messages.size() > 100, qPrintable(path));
            const QString language = ts.language.section(u'_', 0, 0);
            const QString name = QFileInfo(path).fileName();
            for (const Message &message : ts.messages) {
                const QString where = u"%1 [%2] \"%3\""_s.arg(name, message.context, message.source);
                // English is the sources' own language: its file only gives the plural forms.
                if (language == "en"_L1 && !message.numerus) {
                    continue;
                }
                if (!message.type.isEmpty()) {
                    problems.append(where + u": "_s + message.type);
                    continue;
                }
                if (message.numerus && message.translations.size() != pluralForms(language)) {
                    problems.append(where + u": %1 plural forms, not %2"_s.arg(message.translations.size()).arg(pluralForms(language)));
                }
                for (const QString &translation : message.translations) {
                    if (translation.trimmed().isEmpty()) {
                        problems.append(where + u": empty"_s);
                    } else if (placeholders(translation) != placeholders(message.source)) {
                        problems.append(where + u": placeholders %1 in \"%2\""_s.arg(placeholders(translation).join(u' '), translation));
                    } else if (language != "en"_L1 && translation == message.source && hasWords(message.source)
                               && !same.value(language).contains(message.source)) {
                        problems.append(where + u": left in English"_s);
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"unfinished translations:\n"_s + problems.join(u'\n')));
    }

    // The files hold exactly the strings the sources mark: lupdate run now finds nothing new and
    // nothing gone (`cmake --build build --target update_translations` brings them up to date).
    void translationsAreCurrent()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QStringList sources = files(u"qml"_s, {u"*.qml"_s});
        sources += files(u"src"_s, {u"*.cpp"_s, u"*.h"_s});
        const QString fresh = scratch.filePath(u"fresh_en.ts"_s);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TELETERM_LUPDATE),
                      QStringList{u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s} + sources + QStringList{u"-ts"_s, fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const auto keys = [](const TsFile &ts) {
            QStringList keys;
            for (const Message &message : ts.messages) {
                keys.append(message.context + u" | "_s + message.source + u" | "_s + message.comment);
            }
            keys.sort();
            return keys;
        };
        const QStringList now = keys(readTs(fresh));
        QVERIFY(now.size() > 100);
        for (const QString &path : tsFiles()) {
            const QStringList kept = keys(readTs(path));
            QStringList missing;
            std::set_difference(now.cbegin(), now.cend(), kept.cbegin(), kept.cend(), std::back_inserter(missing));
            QStringList stale;
            std::set_difference(kept.cbegin(), kept.cend(), now.cbegin(), now.cend(), std::back_inserter(stale));
            QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                     qPrintable(u"%1 is not current; new in the sources:\n%2\nno longer in them:\n%3"_s.arg(QFileInfo(path).fileName(),
                                                                                                            missing.join(u'\n'),
                                                                                                            stale.join(u'\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
