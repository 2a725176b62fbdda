// The .deb that `cpack -G DEB` makes from this build: its control fields and files, its
// dependencies against what this system has installed, the desktop entry and the metainfo as their
// own validators see them, and the installed window, extracted into a scratch root and started far
// enough to draw its first frame and talk to the daemon it found beside itself (not this build's).
#include "scratchruntime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;

namespace
{

const QString AppId = u"dev.teleterm.Teleterm"_s;
const QStringList Programs = {u"teleterm"_s, u"teleterm-daemon"_s, u"teleterm-ptyhost"_s, u"teleterm-cli"_s};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString exeOf(qint64 pid)
{
    return QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
}

// A Depends or Recommends field as its clauses, each a list of alternatives "name (op version)".
QList<QStringList> clauses(const QString &field)
{
    QList<QStringList> result;
    for (const QString &clause : field.split(u',', Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const QString &alternative : clause.split(u'|', Qt::SkipEmptyParts)) {
            alternatives.append(alternative.simplified());
        }
        result.append(alternatives);
    }
    return result;
}

QString packageName(const QString &alternative)
{
    return alternative.section(u' ', 0, 0).section(u':', 0, 0);
}

QStringList packageNames(const QString &field)
{
    QStringList names;
    for (const QStringList &clause : clauses(field)) {
        for (const QString &alternative : clause) {
            names.append(packageName(alternative));
        }
    }
    return names;
}

// Whether this system has a package installed that satisfies "name" or "name (op version)".
bool installed(const QString &alternative, QString *why)
{
    const QString name = packageName(alternative);
    const Run query = run(u"dpkg-query"_s, {u"-W"_s, u"-f=${db:Status-Status} ${Version}"_s, name});
    const QString status = QString::fromUtf8(query.out).section(u' ', 0, 0);
    const QString version = QString::fromUtf8(query.out).section(u' ', 1);
    if (query.exitCode != 0 || status != "installed"_L1) {
        *why = name + " is not installed"_L1;
        return false;
    }
    static const QRegularExpression relation(u"\\((<<|<=|=|>=|>>)\\s*([^)]+)\\)"_s);
    const auto match = relation.match(alternative);
    if (!match.hasMatch()) {
        return true;
    }
    static const QHash<QString, QString> operators = {{u"<<"_s, u"lt"_s}, {u"<="_s, u"le"_s}, {u"="_s, u"eq"_s}, {u">="_s, u"ge"_s}, {u">>"_s, u"gt"_s}};
    const Run compare = run(u"dpkg"_s, {u"--compare-versions"_s, version, operators.value(match.captured(1)), match.captured(2).trimmed()});
    if (compare.exitCode != 0) {
        *why = u"%1 %2 is installed, the package wants %3"_s.arg(name, version, match.captured(0));
        return false;
    }
    return true;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work{QDir::tempPath() + "/tt-pkg-XXXXXX"_L1};
    QString m_deb;
    QString m_root; // the package's files, extracted as dpkg would install them under /

    [[nodiscard]] QString field(const QString &name) const
    {
        return QString::fromUtf8(run(u"dpkg-deb"_s, {u"--field"_s, m_deb, name}).out).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QElapsedTimer clock;
        clock.start();
        // The package of this build as it stands (cpack with Ninja builds nothing: the test
        // depends on the targets it packs).
        const QString out = m_work.path() + "/out"_L1;
        const Run cpack = run(QStringLiteral(TELETERM_CPACK_COMMAND),
                              {u"-G"_s, u"DEB"_s, u"--config"_s, QStringLiteral(TELETERM_BUILD_DIR "/CPackConfig.cmake"), u"-B"_s, out},
                              {},
                              300000);
        QVERIFY2(cpack.exitCode == 0, QByteArray(cpack.out + cpack.err).constData());
        const QStringList debs = QDir(out).entryList({u"*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = out + u'/' + debs.constFirst();
        qInfo().noquote() << "cpack made" << debs.constFirst() << "of" << QFileInfo(m_deb).size() / 1024 << "KiB in" << clock.elapsed() << "ms";

        m_root = m_work.path() + "/root"_L1;
        const Run extract = run(u"dpkg-deb"_s, {u"--extract"_s, m_deb, m_root});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
    }

    void controlFields()
    {
        QCOMPARE(field(u"Package"_s), u"teleterm"_s);
        QCOMPARE(field(u"Version"_s), QStringLiteral(TELETERM_VERSION));
        QCOMPARE(field(u"Architecture"_s), QString::fromUtf8(run(u"dpkg"_s, {u"--print-architecture"_s}).out).trimmed());
        QCOMPARE(field(u"Section"_s), u"net"_s);
        QVERIFY(field(u"Maintainer"_s).contains(u'@'));
        QVERIFY(field(u"Description"_s).contains("Teleport"_L1));

        const QStringList depends = packageNames(field(u"Depends"_s));
        // What the programs run or load at run time, declared by hand.
        for (const QString &expected : {u"openssh-client"_s,
                                        u"qt6-qpa-plugins"_s,
                                        u"qml6-module-qtqml"_s,
                                        u"qml6-module-qtqml-workerscript"_s,
                                        u"qml6-module-qtquick"_s,
                                        u"qml6-module-qtquick-window"_s,
                                        u"qml6-module-qtquick-controls"_s,
                                        u"qml6-module-qtquick-templates"_s,
                                        u"qml6-module-qtquick-layouts"_s}) {
            QVERIFY2(depends.contains(expected), qPrintable(expected + " is not in Depends: "_L1 + depends.join(u", ")));
        }
        // What they link, from dpkg-shlibdeps.
        for (const QString &expected : {u"libc6"_s, u"libqt6core6"_s, u"libqt6quick6"_s}) {
            QVERIFY2(depends.contains(expected), qPrintable(expected + " is not in Depends (dpkg-shlibdeps did not run?): "_L1 + depends.join(u", ")));
        }
        // psql, and Qt Virtual Keyboard whole (what the window loads under
        // QT_IM_MODULE=qtvirtualkeyboard, and what Debian's packages of it leave out).
        const QStringList recommends = packageNames(field(u"Recommends"_s));
        for (const QString &expected :
             {u"postgresql-client"_s, u"qml6-module-qtquick-virtualkeyboard"_s, u"qt6-virtualkeyboard-plugin"_s, u"qml6-module-qt-labs-folderlistmodel"_s}) {
            QVERIFY2(recommends.contains(expected), qPrintable(expected + " is not in Recommends: "_L1 + recommends.join(u", ")));
        }
    }

    // Every dependency names a package this Debian has, at a version it has: the build machine has
    // everything the window needs installed (scripts/install-deps), so the package would install here.
    void dependenciesInstalled()
    {
        for (const QStringList &clause : clauses(field(u"Depends"_s))) {
            QStringList reasons;
            bool satisfied = false;
            for (const QString &alternative : clause) {
                QString why;
                if (installed(alternative, &why)) {
                    satisfied = true;
                    break;
                }
                reasons.append(why);
            }
            QVERIFY2(satisfied, qPrintable(reasons.join(u"; ")));
        }
    }

    void contents()
    {
        const Run listing = run(u"dpkg-deb"_s, {u"--contents"_s, m_deb});
        QCOMPARE(listing.exitCode, 0);
        QHash<QString, QString> modes; // path (no leading "./", no trailing "/") -> "-rwxr-xr-x"
        for (const QString &line : QString::fromUtf8(listing.out).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6, qPrintable(line));
            QString path = columns.mid(5).join(u' ').section(" -> "_L1, 0, 0);
            path = path.mid(path.startsWith("./"_L1) ? 2 : 0);
            if (path.endsWith(u'/')) {
                path.chop(1);
            }
            modes.insert(path, columns.constFirst());
        }

        QStringList programs;
        for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
            if (it.key().startsWith("usr/bin/"_L1)) {
                programs.append(it.key().mid(8));
                QVERIFY2(it.value().startsWith("-rwxr-xr-x"_L1), qPrintable(it.key() + u' ' + it.value()));
            }
            // Nothing of the development tree: tests, benchmarks, the sandbox and its client,
            // the static libraries and their headers.
            static const QRegularExpression development(u"sandbox|test|tst_|bench|fuzz|\\.a$|\\.h$|usr/include"_s);
            QVERIFY2(!development.match(it.key()).hasMatch(), qPrintable(it.key()));
        }
        programs.sort();
        QStringList expected = Programs;
        expected.sort();
        QCOMPARE(programs, expected);
        // They find the system's libraries where the system keeps them, through no search path of
        // their own.
        for (const QString &program : Programs) {
            const Run dynamic = run(u"readelf"_s, {u"--dynamic"_s, m_root + "/usr/bin/"_L1 + program});
            QCOMPARE(dynamic.exitCode, 0);
            QVERIFY2(!dynamic.out.contains("RUNPATH") && !dynamic.out.contains("RPATH"), qPrintable(program));
        }

        QVERIFY(modes.contains("usr/share/applications/"_L1 + AppId + ".desktop"_L1));
        QVERIFY(modes.contains("usr/share/metainfo/"_L1 + AppId + ".metainfo.xml"_L1));
        QVERIFY(modes.contains("usr/share/icons/hicolor/scalable/apps/"_L1 + AppId + ".svg"_L1));
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString png = u"usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(AppId);
            QVERIFY2(modes.contains(png), qPrintable(png));
        }
    }

    void desktopEntry()
    {
        const QString path = m_root + "/usr/share/applications/"_L1 + AppId + ".desktop"_L1;
        const Run validate = run(u"desktop-file-validate"_s, {path});
        QVERIFY2(validate.exitCode == 0 && !validate.out.contains("error:"), QByteArray(validate.out + validate.err).constData());

        QHash<QString, QString> keys;
        for (const QString &line : QString::fromUtf8(readFile(path)).split(u'\n')) {
            if (!line.startsWith(u'#') && line.contains(u'=')) {
                keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
            }
        }
        // It starts the installed window, under its icon, and matches its window on X11 (WM_CLASS
        // is the application name) as on Wayland (the app id is the entry's own name).
        QCOMPARE(keys.value(u"Exec"_s), u"teleterm"_s);
        QVERIFY(QFileInfo(m_root + "/usr/bin/"_L1 + keys.value(u"Exec"_s)).isExecutable());
        QCOMPARE(keys.value(u"Icon"_s), AppId);
        QCOMPARE(keys.value(u"StartupWMClass"_s), u"teleterm"_s);
        QCOMPARE(keys.value(u"Terminal"_s), u"false"_s);
    }

    void metainfo()
    {
        const QString path = m_root + "/usr/share/metainfo/"_L1 + AppId + ".metainfo.xml"_L1;
        const Run validate = run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, path});
        QVERIFY2(validate.exitCode == 0, QByteArray(validate.out + validate.err).constData());
        const QByteArray xml = readFile(path);
        QVERIFY(xml.contains(QByteArray("<launchable type=\"desktop-id\">" + AppId.toUtf8() + ".desktop</launchable>")));
        // The release it describes is the one packaged.
        QVERIFY2(xml.contains("<release version=\"" TELETERM_VERSION "\""), "the metainfo has no <release> for " TELETERM_VERSION);
    }

    // The installed window, from the scratch root, with the system's Qt and QML modules: it draws
    // its first frame (its QML and translations are inside it), starts the daemon and the PTY host
    // that are installed beside it, and talks to the daemon.
    void installedWindowStarts()
    {
        ScratchRuntime scratch;
        QVERIFY(scratch.isValid());
        const QString bin = m_root + "/usr/bin"_L1;

        const Run version = run(bin + "/teleterm"_L1, {u"--version"_s});
        QVERIFY2(version.out.contains(TELETERM_VERSION), QByteArray(version.out + version.err).constData());
        // Its translations are inside it: the desktop's language is spoken from the first line.
        qputenv("LANGUAGE", "de");
        const Run german = run(bin + "/teleterm"_L1, {u"--help"_s});
        qunsetenv("LANGUAGE");
        QVERIFY2(german.out.contains("ein nativer Desktop-Client"), QByteArray(german.out + german.err).constData());

        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
        window.setProcessEnvironment(environment);
        window.setProgram(bin + "/teleterm"_L1);
        window.start();
        QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));
        QCOMPARE(exeOf(window.processId()), QFileInfo(bin + "/teleterm"_L1).canonicalFilePath());

        const QString log = scratch.stateDir() + "/window.log"_L1;
        QByteArray err;
        const auto logged = [&](const char *what) {
            return QTest::qWaitFor(
                [&] {
                    err += window.readAllStandardError();
                    return readFile(log).contains(what) || window.state() == QProcess::NotRunning;
                },
                30000);
        };
        logged("first frame at");
        QVERIFY2(readFile(log).contains("first frame at"), QByteArray(err + window.readAllStandardError()).constData());
        logged("connected to teleterm-daemon");
        QVERIFY2(readFile(log).contains("connected to teleterm-daemon"), QByteArray(err + window.readAllStandardError()).constData());

        // The services it started are the installed ones, found beside the window.
        QTRY_VERIFY_WITH_TIMEOUT(lockHolder(scratch.runtimeDir() + "/daemon.sock"_L1) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lockHolder(scratch.runtimeDir() + "/ptyhost.sock"_L1) > 0, 10000);
        const qint64 daemon = lockHolder(scratch.runtimeDir() + "/daemon.sock"_L1);
        const qint64 ptyHost = lockHolder(scratch.runtimeDir() + "/ptyhost.sock"_L1);
        QVERIFY(processAlive(daemon));
        QVERIFY(processAlive(ptyHost));
        QCOMPARE(exeOf(daemon), QFileInfo(bin + "/teleterm-daemon"_L1).canonicalFilePath());
        QCOMPARE(exeOf(ptyHost), QFileInfo(bin + "/teleterm-ptyhost"_L1).canonicalFilePath());

        // Closed, the window goes; the services outlive a window by design, so they are stopped
        // here, the way a session's end stops them (SIGTERM), and must be gone.
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        if (!window.waitForFinished(10000)) {
            window.kill();
            window.waitForFinished();
            QFAIL("the window did not stop on SIGTERM");
        }
        for (const qint64 pid : {daemon, ptyHost}) {
            QVERIFY(::kill(pid_t(pid), SIGTERM) == 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(daemon) && !processAlive(ptyHost), 10000);
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
