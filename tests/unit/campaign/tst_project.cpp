// Zero-configuration discovery (project.h) over a throwaway project of real instrumented binaries
// and decoys: a shell script quoting the runtime's marker, a plain ELF program, a non-executable
// copy of a harness, harnesses hidden in dot-directories and CMakeFiles, a symlink loop, and an ELF
// program that carries the marker but whose --list fails. Checks which files are found, what
// --list reports for them, how globs select targets, and the build ids read from the ELF notes.

#include "campaign/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace arcwise::campaign;

namespace {

const QString kTargetsDir = QStringLiteral(ARCWISE_TARGETS_DIR);
const QString kExamplesDir = QStringLiteral(ARCWISE_EXAMPLES_DIR);
const QString kSourceDir = QStringLiteral(ARCWISE_SOURCE_DIR);

// Assembled at run time so that this file's own text never carries the marker.
QByteArray marker() {
    return QByteArray("ARCWISE-RUNTIME-") + QByteArray("MARKER protocol=1 version=0.0.0-test");
}

constexpr QFileDevice::Permissions kExecutable =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kNotExecutable = QFileDevice::ReadOwner |
                                                    QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther;

bool write_file(const QString& path, const QByteArray& bytes, QFileDevice::Permissions perms) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() &&
           f.setPermissions(perms);
}

QByteArray read_all(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copy_file(const QString& from, const QString& to, QFileDevice::Permissions perms) {
    const QByteArray bytes = read_all(from);
    return !bytes.isEmpty() && write_file(to, bytes, perms);
}

// A 64-bit ELF header and nothing else: no program headers, so no build id, and not runnable.
QByteArray bare_elf_header() {
    QByteArray h(64, '\0');
    h[0] = '\x7f';
    h[1] = 'E';
    h[2] = 'L';
    h[3] = 'F';
    h[4] = 2; // ELFCLASS64
    h[5] = 1; // little-endian
    h[6] = 1; // EV_CURRENT
    return h;
}

// What binutils says the build id is; empty when readelf is missing or finds none.
QString readelf_build_id(const QString& path) {
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty())
        return {};
    QProcess p;
    p.start(readelf, {QStringLiteral("-n"), path});
    if (!p.waitForFinished(30000))
        return {};
    const auto m = QRegularExpression(QStringLiteral("Build ID: ([0-9a-f]+)"))
                       .match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1) : QString();
}

// "binary:target" for each target kept, in scan order; binaries whose --list failed are left out.
QStringList kept_targets(const std::vector<BinaryInfo>& infos) {
    QStringList out;
    for (const BinaryInfo& b : infos)
        if (b.error.isEmpty())
            for (const TargetInfo& t : b.targets)
                out << QFileInfo(b.path).fileName() + QLatin1Char(':') + t.name;
    return out;
}

const QStringList kSdkProps{
    QStringLiteral("Modes.Passes"),        QStringLiteral("Modes.AssertEq"),
    QStringLiteral("Modes.Crash"),         QStringLiteral("Modes.Exception"),
    QStringLiteral("Modes.Unsatisfiable"), QStringLiteral("Modes.Hang"),
    QStringLiteral("Modes.NeedsGuidance"),
};

QStringList prefixed(const QString& binary, const QStringList& targets) {
    QStringList out;
    for (const QString& t : targets)
        out << binary + QLatin1Char(':') + t;
    return out;
}

} // namespace

class TestProject : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hasRuntimeMarker_data();
    void hasRuntimeMarker();
    void findBinaries();
    void missingDirectory_data();
    void missingDirectory();
    void inspectPropertyBinary();
    void inspectLibFuzzerHarness();
    void inspectFailingList();
    void inspectUnrunnable();
    void buildId_data();
    void buildId();
    void matches_data();
    void matches();
    void scan_data();
    void scan();
    void scanExamples();
    void campaignToolsAreNotTargets();

private:
    QString path(const QString& relative) const { return project_.filePath(relative); }
    QString file(const QString& relative) const { return files_.filePath(relative); }

    QTemporaryDir project_; // the project that is scanned
    QTemporaryDir files_;   // files checked one by one, never scanned
};

void TestProject::initTestCase() {
    QVERIFY(project_.isValid());
    QVERIFY(files_.isValid());
    const QString ladder = kTargetsDir + QStringLiteral("/ladder");
    const QString crash_kinds = kTargetsDir + QStringLiteral("/crash_kinds");
    const QString sdk_props = kTargetsDir + QStringLiteral("/sdk_props");
    for (const QString& f : {ladder, crash_kinds, sdk_props})
        QVERIFY2(QFileInfo(f).isExecutable(), qPrintable(f + QStringLiteral(" is not built")));
    const QString bin_true = QStandardPaths::findExecutable(QStringLiteral("true"));
    const QString bin_false = QStandardPaths::findExecutable(QStringLiteral("false"));
    QVERIFY(!bin_true.isEmpty() && read_all(bin_true).startsWith("\x7f"
                                                                 "ELF"));
    QVERIFY(!bin_false.isEmpty() && read_all(bin_false).startsWith("\x7f"
                                                                   "ELF"));

    // What should be found.
    QVERIFY(copy_file(ladder, path(QStringLiteral("bin/ladder")), kExecutable));
    QVERIFY(QFile::link(crash_kinds, path(QStringLiteral("crash_kinds"))));
    QVERIFY(copy_file(sdk_props, path(QStringLiteral("sub/deeper/sdk_props")), kExecutable));
    // ELF, carries the marker, but `false --list` fails.
    QVERIFY(
        write_file(path(QStringLiteral("broken")), read_all(bin_false) + marker(), kExecutable));

    // Decoys.
    QVERIFY(write_file(path(QStringLiteral("run.sh")),
                       "#!/bin/sh\necho '" + marker() + "'\nexit 0\n", kExecutable));
    QVERIFY(copy_file(bin_true, path(QStringLiteral("true")), kExecutable));
    QVERIFY(copy_file(ladder, path(QStringLiteral("ladder.data")), kNotExecutable));
    QVERIFY(copy_file(ladder, path(QStringLiteral(".hidden/ladder")), kExecutable));
    QVERIFY(copy_file(ladder, path(QStringLiteral("CMakeFiles/ladder")), kExecutable));
    QVERIFY(copy_file(sdk_props, path(QStringLiteral(".arcwise/sdk_props")), kExecutable));
    QVERIFY(copy_file(ladder, path(QStringLiteral("sub/CMakeFiles/x.dir/ladder")), kExecutable));
    QVERIFY(QFile::link(project_.path(), path(QStringLiteral("sub/loop")))); // must end anyway

    // Files for has_runtime_marker and read_build_id, outside the project.
    constexpr qsizetype kChunk = 1 << 20; // has_runtime_marker reads 1 MiB at a time
    const QByteArray elf = bare_elf_header();
    auto padded = [&](qsizetype marker_at) -> QByteArray {
        return elf + QByteArray(marker_at - elf.size(), 'x') + marker() + QByteArray(100, 'y');
    };
    QVERIFY(
        write_file(file(QStringLiteral("script")), "#!/bin/sh\n# " + marker() + '\n', kExecutable));
    QVERIFY(write_file(file(QStringLiteral("empty")), {}, kExecutable));
    QVERIFY(write_file(file(QStringLiteral("elf-only")), elf, kExecutable));
    QVERIFY(write_file(file(QStringLiteral("elf-marker")), elf + marker(), kExecutable));
    QVERIFY(write_file(file(QStringLiteral("across-chunks")), padded(kChunk - 10), kExecutable));
    QVERIFY(write_file(file(QStringLiteral("at-second-chunk")), padded(kChunk), kExecutable));
    QVERIFY(
        write_file(file(QStringLiteral("in-third-chunk")), padded(2 * kChunk + 5), kExecutable));
    QVERIFY(write_file(file(QStringLiteral("truncated")), elf + marker().left(20), kExecutable));
    QVERIFY(write_file(file(QStringLiteral("broken-up")),
                       elf + marker().left(10) + '\0' + marker().mid(10), kExecutable));
    QVERIFY(write_file(file(QStringLiteral("marker-before-elf")), marker() + elf, kExecutable));
}

void TestProject::hasRuntimeMarker_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");

    QTest::newRow("libFuzzer harness") << kTargetsDir + QStringLiteral("/ladder") << true;
    QTest::newRow("property binary") << kTargetsDir + QStringLiteral("/sdk_props") << true;
    QTest::newRow("symlink to a harness") << path(QStringLiteral("crash_kinds")) << true;
    QTest::newRow("ELF with the marker appended") << path(QStringLiteral("broken")) << true;
    QTest::newRow("marker right after the header") << file(QStringLiteral("elf-marker")) << true;
    QTest::newRow("marker across two reads") << file(QStringLiteral("across-chunks")) << true;
    QTest::newRow("marker starting the second read")
        << file(QStringLiteral("at-second-chunk")) << true;
    QTest::newRow("marker in the third read") << file(QStringLiteral("in-third-chunk")) << true;
    QTest::newRow("script quoting the marker") << file(QStringLiteral("script")) << false;
    QTest::newRow("not ELF, marker first") << file(QStringLiteral("marker-before-elf")) << false;
    QTest::newRow("ELF without the runtime") << path(QStringLiteral("true")) << false;
    QTest::newRow("ELF header only") << file(QStringLiteral("elf-only")) << false;
    QTest::newRow("marker cut short") << file(QStringLiteral("truncated")) << false;
    QTest::newRow("marker broken up") << file(QStringLiteral("broken-up")) << false;
    QTest::newRow("empty file") << file(QStringLiteral("empty")) << false;
    QTest::newRow("missing file") << file(QStringLiteral("no-such-file")) << false;
}

void TestProject::hasRuntimeMarker() {
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QCOMPARE(Project::has_runtime_marker(path), expected);
}

void TestProject::findBinaries() {
    QString error;
    const std::vector<QString> found = Project::find_binaries(project_.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Sorted by path, not in the order of the walk: bin/ comes before the files beside it.
    const QStringList expected{
        path(QStringLiteral("bin/ladder")),
        path(QStringLiteral("broken")),
        path(QStringLiteral("crash_kinds")),
        path(QStringLiteral("sub/deeper/sdk_props")),
    };
    QCOMPARE(QStringList(found.begin(), found.end()), expected);

    // A relative path gives the same absolute paths.
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(path(QStringLiteral("sub"))));
    const std::vector<QString> relative = Project::find_binaries(QStringLiteral("deeper"), &error);
    QVERIFY(QDir::setCurrent(cwd));
    QCOMPARE(QStringList(relative.begin(), relative.end()),
             QStringList{path(QStringLiteral("sub/deeper/sdk_props"))});
}

void TestProject::missingDirectory_data() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << path(QStringLiteral("no/such/dir"))
                             << QStringLiteral("does not exist");
    QTest::newRow("a file") << path(QStringLiteral("bin/ladder"))
                            << QStringLiteral("is not a directory");
}

void TestProject::missingDirectory() {
    QFETCH(QString, dir);
    QFETCH(QString, message);

    QString error;
    QVERIFY(Project::find_binaries(dir, &error).empty());
    QVERIFY2(error.contains(dir) && error.contains(message), qPrintable(error));
    QVERIFY(Project::find_binaries(dir, nullptr).empty()); // no place for the error: no crash

    error.clear();
    QVERIFY(Project::scan(dir, {}, &error).empty());
    QVERIFY2(error.contains(dir) && error.contains(message), qPrintable(error));
}

void TestProject::inspectPropertyBinary() {
    const QString binary = path(QStringLiteral("sub/deeper/sdk_props"));
    const BinaryInfo info = Project::inspect(binary);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.path, binary);
    const QFileInfo fi(binary);
    QCOMPARE(info.size, fi.size());
    QCOMPARE(info.mtime_ms, fi.lastModified().toMSecsSinceEpoch());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+"))
                 .match(info.runtime_version)
                 .hasMatch(),
             qPrintable(info.runtime_version));

    QStringList names;
    for (const TargetInfo& t : info.targets)
        names << t.name;
    QCOMPARE(names, kSdkProps);

    // Each target points at the line of its ARCWISE_TEST in the source.
    const QString source = kSourceDir + QStringLiteral("/tests/targets/sdk_props.cc");
    const QList<QByteArray> lines = read_all(source).split('\n');
    QVERIFY(lines.size() > 1);
    for (const TargetInfo& t : info.targets) {
        QCOMPARE(t.kind, QStringLiteral("property"));
        QCOMPARE(QFileInfo(t.file).canonicalFilePath(), QFileInfo(source).canonicalFilePath());
        QVERIFY2(t.line >= 1 && t.line <= lines.size(), qPrintable(t.name));
        const QString expected = QStringLiteral("ARCWISE_TEST(Modes, %1)").arg(t.name.mid(6));
        QVERIFY2(QString::fromUtf8(lines.at(t.line - 1)).contains(expected),
                 qPrintable(t.name + QStringLiteral(" at line ") + QString::number(t.line)));
    }
}

void TestProject::inspectLibFuzzerHarness() {
    const QString binary = path(QStringLiteral("bin/ladder"));
    const BinaryInfo info = Project::inspect(binary);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.path, binary);
    QVERIFY(!info.runtime_version.isEmpty());
    QCOMPARE(info.targets.size(), size_t(1));
    const TargetInfo& t = info.targets.front();
    QCOMPARE(t.name, QStringLiteral("ladder"));
    QCOMPARE(t.kind, QStringLiteral("libfuzzer"));
    QCOMPARE(t.file, QString());
    QCOMPARE(t.line, 0);
}

void TestProject::inspectFailingList() {
    const QString binary = path(QStringLiteral("broken"));
    const BinaryInfo info = Project::inspect(binary);
    QVERIFY(info.targets.empty());
    QVERIFY2(info.error.contains(binary), qPrintable(info.error));
    QVERIFY2(info.error.contains(QStringLiteral("--list")), qPrintable(info.error));
    QVERIFY2(info.error.contains(QStringLiteral("status 1")), qPrintable(info.error));
    QCOMPARE(info.size, QFileInfo(binary).size());
}

void TestProject::inspectUnrunnable() {
    // Carries the marker but cannot be executed; it has no build-id note either.
    const QString binary = file(QStringLiteral("elf-marker"));
    const BinaryInfo info = Project::inspect(binary, /*timeout_ms=*/10000);
    QVERIFY(info.targets.empty());
    QVERIFY2(info.error.contains(binary), qPrintable(info.error));
    QVERIFY2(info.error.contains(QStringLiteral("cannot run")), qPrintable(info.error));
    // Without a build id, the content identifies it: another host's copy has the same one.
    QFile f(binary);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(info.build_id,
             QStringLiteral("sha1-") +
                 QString::fromLatin1(
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex()));
}

void TestProject::buildId_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("has_id");

    QTest::newRow("harness copy") << path(QStringLiteral("bin/ladder")) << true;
    QTest::newRow("harness via symlink") << path(QStringLiteral("crash_kinds")) << true;
    QTest::newRow("property binary") << path(QStringLiteral("sub/deeper/sdk_props")) << true;
    QTest::newRow("system program + marker") << path(QStringLiteral("broken")) << true;
    QTest::newRow("ELF header only") << file(QStringLiteral("elf-only")) << false;
    QTest::newRow("script") << file(QStringLiteral("script")) << false;
    QTest::newRow("empty") << file(QStringLiteral("empty")) << false;
    QTest::newRow("missing") << file(QStringLiteral("no-such-file")) << false;
}

void TestProject::buildId() {
    QFETCH(QString, path);
    QFETCH(bool, has_id);

    const QString id = Project::read_build_id(path);
    if (!has_id) {
        QCOMPARE(id, QString());
        return;
    }
    // Clang and GCC both link with a SHA-1 build id here: 20 bytes, 40 hex digits.
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(id).hasMatch(),
             qPrintable(id));
    const QString reference = readelf_build_id(path);
    if (!reference.isEmpty())
        QCOMPARE(id, reference);
    if (QFileInfo(path).isExecutable() && Project::has_runtime_marker(path))
        QCOMPARE(Project::inspect(path).build_id, id);
}

void TestProject::matches_data() {
    QTest::addColumn<QStringList>("globs");
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("expected");

    const QString props = QStringLiteral("/build/tests/sdk_props");
    const QString crash = QStringLiteral("Modes.Crash");
    using L = QStringList;
    QTest::newRow("no globs") << L{} << props << crash << true;
    QTest::newRow("target prefix") << L{QStringLiteral("Modes.Cr*")} << props << crash << true;
    QTest::newRow("other target") << L{QStringLiteral("Modes.Cr*")} << props
                                  << QStringLiteral("Modes.AssertEq") << false;
    QTest::newRow("exact target") << L{crash} << props << crash << true;
    QTest::newRow("anchored at the start") << L{QStringLiteral("Crash")} << props << crash << false;
    QTest::newRow("anchored at the end") << L{QStringLiteral("Modes")} << props << crash << false;
    QTest::newRow("suffix") << L{QStringLiteral("*.Crash")} << props << crash << true;
    QTest::newRow("question mark") << L{QStringLiteral("Modes.Cras?")} << props << crash << true;
    QTest::newRow("character class")
        << L{QStringLiteral("Modes.[BC]rash")} << props << crash << true;
    QTest::newRow("binary name") << L{QStringLiteral("sdk_props")} << props << crash << true;
    QTest::newRow("binary name glob") << L{QStringLiteral("sdk_*")} << props << crash << true;
    QTest::newRow("not the directory") << L{QStringLiteral("tests")} << props << crash << false;
    QTest::newRow("second glob matches")
        << L{QStringLiteral("nothing"), QStringLiteral("Modes.*")} << props << crash << true;
    QTest::newRow("none matches") << L{QStringLiteral("nothing"), QStringLiteral("ladder")} << props
                                  << crash << false;
}

void TestProject::matches() {
    QFETCH(QStringList, globs);
    QFETCH(QString, binary);
    QFETCH(QString, target);
    QFETCH(bool, expected);
    QCOMPARE(Project::matches(globs, binary, target), expected);
}

void TestProject::scan_data() {
    QTest::addColumn<QStringList>("globs");
    QTest::addColumn<QStringList>("expected");

    const QString crash_kinds = QStringLiteral("crash_kinds:crash_kinds");
    const QString ladder = QStringLiteral("ladder:ladder");
    const QString props = QStringLiteral("sdk_props");
    using L = QStringList;
    QTest::newRow("no globs") << L{} << L{ladder, crash_kinds} + prefixed(props, kSdkProps);
    QTest::newRow("target glob") << L{QStringLiteral("Modes.Cr*")}
                                 << prefixed(props, {QStringLiteral("Modes.Crash")});
    QTest::newRow("binary name") << L{QStringLiteral("ladder")} << L{ladder};
    QTest::newRow("binary name glob") << L{QStringLiteral("sdk_*")} << prefixed(props, kSdkProps);
    QTest::newRow("two globs") << L{QStringLiteral("Modes.Hang"), QStringLiteral("crash_*")}
                               << L{crash_kinds} + prefixed(props, {QStringLiteral("Modes.Hang")});
    QTest::newRow("nothing matches") << L{QStringLiteral("Crash")} << L{};
}

void TestProject::scan() {
    QFETCH(QStringList, globs);
    QFETCH(QStringList, expected);

    QString error;
    const std::vector<BinaryInfo> infos = Project::scan(project_.path(), globs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kept_targets(infos), expected);
    // Binaries left without a target are dropped, except the one whose --list failed: it stays,
    // with its reason, whatever the globs.
    int failed = 0;
    for (const BinaryInfo& b : infos) {
        if (b.error.isEmpty()) {
            QVERIFY(!b.targets.empty());
        } else {
            ++failed;
            QCOMPARE(b.path, path(QStringLiteral("broken")));
        }
    }
    QCOMPARE(failed, 1);
}

void TestProject::scanExamples() {
    const QDir examples(kExamplesDir);
    if (!QFileInfo(examples.filePath(QStringLiteral("property_examples"))).isExecutable())
        QSKIP("the examples are not built (ARCWISE_BUILD_EXAMPLES is OFF)");

    // Every harness and the property binary; nothing from CMakeFiles or lib/.
    QStringList expected;
    for (const QFileInfo& fi : examples.entryInfoList({QStringLiteral("fuzz_*")}, QDir::Files))
        if (fi.isExecutable())
            expected << fi.absoluteFilePath();
    expected << examples.absoluteFilePath(QStringLiteral("property_examples"));
    // The GoogleTest example's property suite, in its own directory (built where GoogleTest is).
    const QString gtest = examples.absoluteFilePath(QStringLiteral("gtest/tlv_test"));
    if (QFileInfo(gtest).isExecutable())
        expected << gtest;
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() > 1);
    QString error;
    const std::vector<QString> found = Project::find_binaries(kExamplesDir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QStringList(found.begin(), found.end()), expected);

    const std::vector<BinaryInfo> infos = Project::scan(
        kExamplesDir, {QStringLiteral("Sorting.*"), QStringLiteral("fuzz_json*")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const BinaryInfo& b : infos)
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(kept_targets(infos),
             (QStringList{QStringLiteral("fuzz_json_depth:fuzz_json_depth"),
                          QStringLiteral("property_examples:Sorting.KeepsLength"),
                          QStringLiteral("property_examples:Sorting.MatchesStdSort")}));
    for (const TargetInfo& t : infos.back().targets) {
        QCOMPARE(t.kind, QStringLiteral("property"));
        QVERIFY2(t.file.endsWith(QStringLiteral("/examples/props_mergesort.cc")),
                 qPrintable(t.file));
        QVERIFY(t.line > 0);
    }
}

void TestProject::campaignToolsAreNotTargets() {
    // This program links the campaign library, as arcwise-cli and the GUI do, but not the fuzzing
    // runtime: it must not be taken for a fuzz target and run with --list.
    const QString self = QCoreApplication::applicationFilePath();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copy_file(self, dir.filePath(QStringLiteral("arcwise-cli")), kExecutable));
    QVERIFY2(!Project::has_runtime_marker(self),
             "the campaign library carries the runtime marker it searches for");
    QString error;
    QVERIFY(Project::find_binaries(dir.path(), &error).empty());
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
