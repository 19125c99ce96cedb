// Arcwise as its users get it: `cmake --install` into a temporary prefix, the prefix moved
// elsewhere (everything installed is relative to itself), then used the way a user would with no
// build tree in sight: the files in share/ validate, the man pages render, a separate CMake
// project finds the package through CMAKE_PREFIX_PATH alone and builds a harness and a property
// test with arcwise_add_fuzz_target(), arcwise-c++ and arcwise.pc build the harness too, and
// arcwise-cli fuzzes the project and reports what it found. The Debian package gets the same
// checks in a clean Debian 12 root from scripts/package-smoke.sh.

#include "common/run_process.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBuildDir = QStringLiteral(ARCWISE_BUILD_DIR);
const QString kSourceDir = QStringLiteral(ARCWISE_SOURCE_DIR);
const QString kLibDir = QStringLiteral(ARCWISE_INSTALL_LIBDIR);

using Result = arcwise::test::ProcessResult;
using arcwise::test::said;

Result run(const QString& program, const QStringList& args, const QString& dir = {},
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
           int timeout_ms = 120000) {
    return arcwise::test::run_process(program, args, dir, env, timeout_ms);
}

// The text of an installed man page, compressed or not.
QByteArray man_source(const QString& path) {
    if (path.endsWith(QLatin1String(".gz")))
        return run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path}).out;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The long options a program's --help lists.
QStringList long_options(const QByteArray& help) {
    QStringList options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    auto it = option.globalMatch(QString::fromUtf8(help));
    while (it.hasNext()) {
        const QString o = it.next().captured();
        if (!options.contains(o) && o != QLatin1String("--help-all"))
            options << o;
    }
    return options;
}

// pkg-config's output as arguments: split at blanks, "\\ " is a blank inside a path (as pkgconf
// writes a prefix with spaces, and as a shell or Meson reads it).
QStringList split_flags(const QByteArray& text) {
    QStringList args;
    QString current;
    bool escaped = false;
    for (const QChar c : QString::fromUtf8(text)) {
        if (escaped) {
            current += c;
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                args << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        args << current;
    return args;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString prefix_;      // where the installed tree ends up after the move
    QString project_dir_; // the user's project: a copy, away from Arcwise's sources
    QString project_build_;

    QString bin(const QString& name) const { return prefix_ + QStringLiteral("/bin/") + name; }
    QString man_page(const QString& name) const {
        const QString base = prefix_ + QStringLiteral("/share/man/man1/") + name;
        return QFileInfo::exists(base + QStringLiteral(".gz")) ? base + QStringLiteral(".gz")
                                                               : base;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        QVERIFY(QFileInfo(kBuildDir + QStringLiteral("/bin/arcwise-cli")).isExecutable());
    }

    // cmake --install into one directory, then the whole prefix moves: whatever still works
    // found its way relative to itself.
    void installIntoTemporaryPrefix() {
        const QString staged = tmp_.filePath(QStringLiteral("staged"));
        const Result r =
            run(QStringLiteral(ARCWISE_CMAKE_COMMAND),
                {QStringLiteral("--install"), kBuildDir, QStringLiteral("--prefix"), staged});
        QVERIFY2(r.exit_code == 0, said(r));
        prefix_ = tmp_.filePath(QStringLiteral("moved prefix"));
        QVERIFY(QDir().rename(staged, prefix_));
    }

    void installedFiles_data() {
        QTest::addColumn<QString>("path");
        const QStringList files = {
            QStringLiteral("bin/arcwise"),
            QStringLiteral("bin/arcwise-cli"),
            QStringLiteral("bin/arcwise-c++"),
            QStringLiteral("bin/arcwise-cc"),
            kLibDir + QStringLiteral("/libarcwise_runtime.a"),
            kLibDir + QStringLiteral("/libarcwise_runtime_san.a"),
            QStringLiteral("include/arcwise/arcwise.hpp"),
            kLibDir + QStringLiteral("/cmake/Arcwise/ArcwiseConfig.cmake"),
            kLibDir + QStringLiteral("/cmake/Arcwise/ArcwiseConfigVersion.cmake"),
            kLibDir + QStringLiteral("/cmake/Arcwise/ArcwiseFuzzTarget.cmake"),
            kLibDir + QStringLiteral("/pkgconfig/arcwise.pc"),
            QStringLiteral("share/applications/org.arcwise.Arcwise.desktop"),
            QStringLiteral("share/metainfo/org.arcwise.Arcwise.metainfo.xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/org.arcwise.Arcwise.svg"),
            QStringLiteral("share/arcwise/translations/arcwise_de.qm"),
            QStringLiteral("share/arcwise/translations/arcwise_en.qm"),
            QStringLiteral("share/doc/arcwise/copyright"),
        };
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void installedFiles() {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo::exists(prefix_ + QLatin1Char('/') + path), qPrintable(path));
    }

    // Nothing installed may point back into the build or source tree.
    void noBuildTreePaths() {
        QDirIterator it(prefix_, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".a")) || path.endsWith(QLatin1String(".qm")) ||
                path.endsWith(QLatin1String(".gz")) || path.contains(QLatin1String("/bin/arcwise")))
                continue; // binaries: debug info names the sources, which is fine
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY2(!text.contains(kBuildDir.toUtf8()), qPrintable(path));
            QVERIFY2(!text.contains(kSourceDir.toUtf8()), qPrintable(path));
            ++checked;
        }
        QVERIFY(checked >= 8);
        for (const QString& wrapper :
             {QStringLiteral("arcwise-c++"), QStringLiteral("arcwise-cc")}) {
            QFile f(bin(wrapper));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY2(!text.contains(kBuildDir.toUtf8()) && !text.contains(kSourceDir.toUtf8()),
                     qPrintable(wrapper));
        }
    }

    void desktopFileAndMetainfoValidate() {
        const QString desktop_validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (desktop_validate.isEmpty() || appstream.isEmpty())
            QSKIP("desktop-file-validate or appstreamcli is missing (Debian: desktop-file-utils, "
                  "appstream)");
        const Result d =
            run(desktop_validate,
                {prefix_ + QStringLiteral("/share/applications/org.arcwise.Arcwise.desktop")});
        QVERIFY2(d.exit_code == 0 && d.both().isEmpty(), said(d));
        const Result a =
            run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                            prefix_ + QStringLiteral("/share/metainfo/"
                                                     "org.arcwise.Arcwise.metainfo.xml")});
        QVERIFY2(a.exit_code == 0, said(a));
    }

    void manPages_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("program"); // whose --help the page must cover; "": none
        QTest::newRow("arcwise") << QStringLiteral("arcwise.1") << QStringLiteral("arcwise");
        QTest::newRow("arcwise-cli")
            << QStringLiteral("arcwise-cli.1") << QStringLiteral("arcwise-cli");
        QTest::newRow("arcwise-c++") << QStringLiteral("arcwise-c++.1") << QString();
        QTest::newRow("arcwise-cc") << QStringLiteral("arcwise-cc.1") << QString();
    }
    void manPages() {
        QFETCH(QString, page);
        QFETCH(QString, program);
        const QString path = man_page(page);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const QByteArray source = man_source(path);
        QVERIFY(source.startsWith(".TH "));
        if (!program.isEmpty()) {
            // Every option of the program's --help is documented: the page cannot fall behind.
            const Result help = run(bin(program), {QStringLiteral("--help")});
            QCOMPARE(help.exit_code, 0);
            const QStringList options = long_options(help.out);
            QVERIFY(options.size() >= 5);
            const QByteArray text = QByteArray(source).replace("\\-", "-");
            for (const QString& o : options)
                QVERIFY2(text.contains(o.toUtf8()), qPrintable(page + QStringLiteral(": ") + o));
        }
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is missing (Debian: man-db); the page was checked, not rendered");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const Result r =
            run(man, {QStringLiteral("--warnings"), QStringLiteral("-l"), path}, {}, env);
        QVERIFY2(r.exit_code == 0 && r.err.isEmpty(), said(r));
        QVERIFY(r.out.contains("NAME"));
        QVERIFY(r.out.contains("SEE ALSO"));
    }

    void workbenchStartsOffscreen() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Result r =
            run(bin(QStringLiteral("arcwise")), {QStringLiteral("--version")}, {}, env);
        QVERIFY2(r.exit_code == 0 && r.out.contains(ARCWISE_VERSION), said(r));
    }

    // A user's project, configured against the moved prefix with no hint but CMAKE_PREFIX_PATH.
    void cmakePackageFromPrefix() {
        project_dir_ = tmp_.filePath(QStringLiteral("user project"));
        QVERIFY(QDir().mkpath(project_dir_));
        const QDir from(QStringLiteral(ARCWISE_INSTALL_TEST_PROJECT));
        for (const QString& name : from.entryList(QDir::Files))
            QVERIFY(QFile::copy(from.filePath(name), project_dir_ + QLatin1Char('/') + name));
        project_build_ = tmp_.filePath(QStringLiteral("user build"));
        const Result configure =
            run(QStringLiteral(ARCWISE_CMAKE_COMMAND),
                {QStringLiteral("-S"), project_dir_, QStringLiteral("-B"), project_build_,
                 QStringLiteral("-G"), QStringLiteral(ARCWISE_CMAKE_GENERATOR),
                 QStringLiteral("-DCMAKE_MAKE_PROGRAM=") + QStringLiteral(ARCWISE_MAKE_PROGRAM),
                 QStringLiteral("-DCMAKE_CXX_COMPILER=") + QStringLiteral(ARCWISE_CXX_COMPILER),
                 QStringLiteral("-DCMAKE_BUILD_TYPE=RelWithDebInfo"),
                 QStringLiteral("-DCMAKE_PREFIX_PATH=") + prefix_});
        QVERIFY2(configure.exit_code == 0, said(configure));
        QFile cache(project_build_ + QStringLiteral("/CMakeCache.txt"));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        const QByteArray expected =
            "Arcwise_DIR:PATH=" + (prefix_ + QLatin1Char('/') + kLibDir).toUtf8() +
            "/cmake/Arcwise";
        QVERIFY2(cache.readAll().contains(expected), expected.constData());

        const Result build =
            run(QStringLiteral(ARCWISE_CMAKE_COMMAND), {QStringLiteral("--build"), project_build_},
                {}, QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(build.exit_code == 0, said(build));
        QVERIFY(QFileInfo(project_build_ + QStringLiteral("/fuzz_greeting")).isExecutable());
        QVERIFY(QFileInfo(project_build_ + QStringLiteral("/props_greeting")).isExecutable());
    }

    void propertyTestRunsAsUnitTest() {
        QVERIFY(!project_build_.isEmpty());
        const Result r =
            run(project_build_ + QStringLiteral("/props_greeting"), {}, project_build_);
        QVERIFY2(r.exit_code == 0 && r.both().contains("1 passed"), said(r));
    }

    // The GoogleTest suite built against the installed prefix: every ARCWISE_TEST is a GoogleTest
    // test beside the TEST()s, and a failing one fails with its shrunk example.
    void googleTestSuite() {
        QVERIFY(!project_build_.isEmpty());
        const QString binary = project_build_ + QStringLiteral("/gtest_greeting");
        if (!QFileInfo(binary).isExecutable())
            QSKIP("GoogleTest is not installed (Debian: libgtest-dev)");
        const Result list = run(binary, {QStringLiteral("--gtest_list_tests")}, project_build_);
        QVERIFY2(list.exit_code == 0, said(list));
        for (const char* name : {"RecognisesHelo", "ShortInputIsNoGreeting", "RepeatsStayShort"})
            QVERIFY2(list.both().contains(name), said(list));
        const Result passing = run(
            binary, {QStringLiteral("--gtest_filter=-Greeting.RepeatsStayShort")}, project_build_);
        QVERIFY2(passing.exit_code == 0, said(passing));
        const Result failing = run(
            binary, {QStringLiteral("--gtest_filter=Greeting.RepeatsStayShort")}, project_build_);
        QVERIFY2(failing.exit_code == 1, said(failing));
        QVERIFY2(failing.both().contains("Falsifying example") &&
                     failing.both().contains("n = 500"),
                 said(failing));
    }

    void harnessFindsThePlantedBug() {
        QVERIFY(!project_build_.isEmpty());
        const QString artifacts = tmp_.filePath(QStringLiteral("artifacts/"));
        QVERIFY(QDir().mkpath(artifacts));
        const Result r = run(project_build_ + QStringLiteral("/fuzz_greeting"),
                             {QStringLiteral("-max_total_time=60"), QStringLiteral("-seed=1"),
                              QStringLiteral("-artifact_prefix=") + artifacts},
                             project_build_);
        QVERIFY2(r.exit_code != 0 && r.err.contains("#"), said(r));
        QVERIFY2(!QDir(artifacts).entryList({QStringLiteral("crash-*")}, QDir::Files).isEmpty(),
                 said(r));
    }

    // The installed wrapper links the installed runtime, wherever the prefix is now.
    void wrapperUsesInstalledRuntime() {
        QVERIFY(!project_dir_.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARCWISE_WRAPPER_VERBOSE"), QStringLiteral("1"));
        env.insert(QStringLiteral("ARCWISE_CLANGXX"), QStringLiteral(ARCWISE_CXX_COMPILER));
        const QString out = tmp_.filePath(QStringLiteral("wrapped_greeting"));
        const Result r =
            run(bin(QStringLiteral("arcwise-c++")),
                {QStringLiteral("-O1"), QStringLiteral("-g"), QStringLiteral("fuzz_greeting.cc"),
                 QStringLiteral("greeting.cc"), QStringLiteral("-o"), out},
                project_dir_, env);
        QVERIFY2(r.exit_code == 0, said(r));
        const QByteArray runtime =
            (QFileInfo(prefix_ + QLatin1Char('/') + kLibDir).canonicalFilePath() +
             QStringLiteral("/libarcwise_runtime.a"))
                .toUtf8();
        QVERIFY2(r.err.contains(runtime), said(r));
        QVERIFY2(!r.err.contains(kBuildDir.toUtf8()), said(r));
        const Result once = run(out, {QStringLiteral("-runs=200"), QStringLiteral("-seed=1"),
                                      QStringLiteral("-only_ascii=0")});
        QVERIFY2(once.err.contains("Done 200 runs") || once.err.contains("crash"), said(once));
    }

    // arcwise.pc, for build systems other than CMake.
    void pkgConfigBuildsTheHarness() {
        QVERIFY(!project_dir_.isEmpty());
        const QString pkg_config = QStandardPaths::findExecutable(QStringLiteral("pkg-config"));
        if (pkg_config.isEmpty())
            QSKIP("pkg-config is missing (Debian: pkgconf)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PKG_CONFIG_PATH"),
                   prefix_ + QLatin1Char('/') + kLibDir + QStringLiteral("/pkgconfig"));
        const Result flags =
            run(pkg_config,
                {QStringLiteral("--cflags"), QStringLiteral("--libs"), QStringLiteral("arcwise")},
                {}, env);
        QVERIFY2(flags.exit_code == 0, said(flags));
        QVERIFY2(flags.out.contains("-larcwise_runtime") &&
                     flags.out.contains("-fsanitize=fuzzer-no-link"),
                 said(flags));
        const Result version =
            run(pkg_config, {QStringLiteral("--modversion"), QStringLiteral("arcwise")}, {}, env);
        QCOMPARE(version.out.trimmed(), QByteArray(ARCWISE_VERSION));

        const QString out = tmp_.filePath(QStringLiteral("pkgconfig_greeting"));
        QStringList args = {
            QStringLiteral("-O1"),         QStringLiteral("-g"), QStringLiteral("fuzz_greeting.cc"),
            QStringLiteral("greeting.cc"), QStringLiteral("-o"), out};
        args += split_flags(flags.out);
        const Result build = run(QStringLiteral(ARCWISE_CXX_COMPILER), args, project_dir_);
        QVERIFY2(build.exit_code == 0, said(build));
        const Result help = run(out, {QStringLiteral("-help=1")});
        QVERIFY2(help.exit_code == 0 && help.both().contains("max_total_time"), said(help));
    }

    // A short campaign over the user's build tree, and its report.
    void campaignAndReport() {
        QVERIFY(!project_build_.isEmpty());
        const QString db = tmp_.filePath(QStringLiteral("campaign.sqlite"));
        const Result fuzz =
            run(bin(QStringLiteral("arcwise-cli")),
                {QStringLiteral("fuzz"), project_build_, QStringLiteral("--db"), db,
                 QStringLiteral("--time"), QStringLiteral("20s"), QStringLiteral("--cores"),
                 QStringLiteral("2"), QStringLiteral("--slice"), QStringLiteral("2s")});
        QVERIFY2(fuzz.exit_code == 1, said(fuzz)); // the planted bug was found
        const Result report = run(bin(QStringLiteral("arcwise-cli")),
                                  {QStringLiteral("report"), project_build_, QStringLiteral("--db"),
                                   db, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(report.exit_code == 1, said(report));
        const QJsonArray targets =
            QJsonDocument::fromJson(report.out).object().value(QStringLiteral("targets")).toArray();
        QStringList names;
        int failures = 0; // of the harness and the plain property test (the GoogleTest suite, where
                          // GoogleTest is installed, has a failing property of its own)
        for (const auto& t : targets) {
            const QString name = t.toObject().value(QStringLiteral("name")).toString();
            names << name;
            if (name != QLatin1String("Greeting.RepeatsStayShort"))
                failures += int(t.toObject().value(QStringLiteral("failures")).toArray().size());
        }
        QVERIFY2(names.contains(QStringLiteral("fuzz_greeting")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Greeting.ShortInputIsNoGreeting")),
                 qPrintable(names.join(u',')));
        QCOMPARE(failures, 1);
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
