// libFuzzer compatibility of Arcwise fuzz binaries, as scripts and drivers see it: the compiler
// wrappers, the command line, the printed lines, corpus directories, dictionaries, merge,
// crash minimisation, determinism for a seed, and --list. Then the drop-in fixtures of
// tests/targets, each built with arcwise_add_fuzz_target() and with clang++ -fsanitize=fuzzer from
// the same source: a harness with its own malloc, jemalloc shared and static, a custom mutator and
// a custom crossover; and -use_value_profile, -only_ascii, -fork/-jobs (docs/libfuzzer-compat.md).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kLadder = QStringLiteral(ARCWISE_TARGETS_DIR "/ladder");
const QString kOwnMallocNotice = QStringLiteral("INFO: the program brings its own malloc");

QString fixture(const QString& name) {
    return QStringLiteral(ARCWISE_TARGETS_DIR "/") + name;
}

// A fixture's two builds as data rows ("binary", "arcwise"): with Arcwise, and the reference build
// with clang++ -fsanitize=fuzzer from the same source (`<name>_libfuzzer`).
void addBothBuilds(const QString& name) {
    QTest::addColumn<QString>("binary");
    QTest::addColumn<bool>("arcwise");
    QTest::newRow("arcwise") << name << true;
    QTest::newRow("libfuzzer") << name + QStringLiteral("_libfuzzer") << false;
}

// The reference builds exist only where clang's libFuzzer is installed.
#define SKIP_UNLESS_BUILT(binary)                                                                  \
    if (!QFile::exists(fixture(binary)))                                                           \
    QSKIP("clang's libFuzzer (libclang-rt-19-dev) is not installed")

struct Result {
    int exit_code = -1;
    QString output;
};

Result run(const QString& program, const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAll())};
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The NEW lines without the fields that depend on timing.
QStringList newLines(const QString& output) {
    static const QRegularExpression timing(QStringLiteral(" exec/s: \\d+ rss: \\d+Mb"));
    QStringList lines;
    const auto all = output.split(QLatin1Char('\n'));
    for (QString line : all) {
        if (line.contains(QStringLiteral("\tNEW ")))
            lines << line.remove(timing);
    }
    return lines;
}

// The one crash artifact a run left in `dir`, or an empty array.
QByteArray crashArtifact(const QString& dir) {
    const QStringList crashes = QDir(dir).entryList({QStringLiteral("crash-*")});
    if (crashes.size() != 1)
        return {};
    QFile f(QDir(dir).filePath(crashes.first()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The mutation sequences ("MS: n A-B-") of the NEW and REDUCE lines.
QStringList mutationSequences(const QString& output) {
    static const QRegularExpression ms(QStringLiteral("\\t(?:NEW|REDUCE) .* MS: \\d+ (\\S*)"));
    QStringList sequences;
    auto it = ms.globalMatch(output);
    while (it.hasNext())
        sequences << it.next().captured(1);
    return sequences;
}

} // namespace

class TestLibFuzzerCompat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wrapperBuildsFuzzedDataProviderHarness() {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("fdp.cc"));
        QVERIFY(writeFile(source, R"(#include <fuzzer/FuzzedDataProvider.h>
#include <string>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider fdp(data, size);
    const int n = fdp.ConsumeIntegralInRange<int>(0, 10);
    const std::string s = fdp.ConsumeRandomLengthString(16);
    return (n == 7 && s == "boom") ? 1 : 0;
})"));
        const QString binary = dir.filePath(QStringLiteral("fdp"));
        Result built = run(
            QStringLiteral(ARCWISE_BIN_DIR "/arcwise-c++"),
            {QStringLiteral("-O1"), QStringLiteral("-g"), source, QStringLiteral("-o"), binary});
        QVERIFY2(built.exit_code == 0, qPrintable(built.output));
        Result fuzzed = run(binary, {QStringLiteral("-runs=2000"), QStringLiteral("-seed=5")});
        QVERIFY2(fuzzed.exit_code == 0, qPrintable(fuzzed.output));
        QVERIFY(fuzzed.output.contains(QStringLiteral("INFO: Seed: 5")));
        QVERIFY(
            fuzzed.output.contains(QRegularExpression(QStringLiteral("#\\d+\\tINITED cov: \\d+"))));
        QVERIFY(fuzzed.output.contains(
            QRegularExpression(QStringLiteral("Done 2000 runs in \\d+ second\\(s\\)"))));
    }

    void cWrapperBuildsCHarness() {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("h.c"));
        QVERIFY(writeFile(source, "#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n"
                                  "int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {\n"
                                  "  return (n > 3 && memcmp(d, \"ab\", 2) == 0) ? 0 : 0;\n}\n"));
        const QString binary = dir.filePath(QStringLiteral("h"));
        Result built = run(QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cc"),
                           {QStringLiteral("-O1"), source, QStringLiteral("-o"), binary});
        QVERIFY2(built.exit_code == 0, qPrintable(built.output));
        QCOMPARE(run(binary, {QStringLiteral("-runs=100")}).exit_code, 0);
    }

    void wrapperSaysWhenNoClangIsInstalled() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        Result r =
            run(QStringLiteral("/bin/bash"),
                {QStringLiteral(ARCWISE_BIN_DIR "/arcwise-c++"), QStringLiteral("x.cc")}, env);
        QVERIFY(r.exit_code != 0);
        QVERIFY2(r.output.contains(QStringLiteral("no clang 16 or newer found")),
                 qPrintable(r.output));
    }

    void sameSeedSameRun() {
        const QStringList args{QStringLiteral("-seed=7"), QStringLiteral("-runs=20000"),
                               QStringLiteral("-max_len=6")};
        const Result a = run(kLadder, args);
        const Result b = run(kLadder, args);
        QCOMPARE(a.exit_code, 0);
        QVERIFY(newLines(a.output).size() >= 3);
        QCOMPARE(newLines(a.output), newLines(b.output));
        const Result c = run(kLadder, {QStringLiteral("-seed=8"), QStringLiteral("-runs=20000"),
                                       QStringLiteral("-max_len=6")});
        QVERIFY(newLines(a.output) != newLines(c.output));
    }

    void findsTheLadderAndWritesArtifact() {
        QTemporaryDir dir;
        const Result r =
            run(kLadder, {QStringLiteral("-seed=1"), QStringLiteral("-runs=2000000"),
                          QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/')});
        QVERIFY2(r.exit_code == 77, qPrintable(r.output.right(2000)));
        const QStringList crashes = QDir(dir.path()).entryList({QStringLiteral("crash-*")});
        QCOMPARE(crashes.size(), 1);
        QFile f(dir.filePath(crashes.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("LADDER!"));
        QVERIFY(r.output.contains(QStringLiteral("Test unit written to ")));
    }

    void corpusDirectoryAndMaxLen() {
        QTemporaryDir dir;
        const Result first = run(kLadder, {QStringLiteral("-seed=2"), QStringLiteral("-runs=5000"),
                                           QStringLiteral("-max_len=5"), dir.path()});
        QCOMPARE(first.exit_code, 0);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString& name : files) {
            QVERIFY(QFileInfo(dir.filePath(name)).size() <= 5);
            QCOMPARE(name.size(), 40); // sha1
        }
        const Result second = run(kLadder, {QStringLiteral("-runs=0"), dir.path()});
        QCOMPARE(second.exit_code, 0);
        QVERIFY2(second.output.contains(QStringLiteral("seed corpus: files: %1").arg(files.size())),
                 qPrintable(second.output));
    }

    void dictionaryIsUsed() {
        QTemporaryDir dir;
        const QString dict = dir.filePath(QStringLiteral("ladder.dict"));
        QVERIFY(writeFile(dict, "# the word\nword=\"LADDER!\"\n"));
        const Result r =
            run(kLadder, {QStringLiteral("-seed=3"), QStringLiteral("-runs=200000"),
                          QStringLiteral("-dict=") + dict,
                          QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/')});
        QVERIFY2(r.output.contains(QStringLiteral("Dictionary: 1 entries")), qPrintable(r.output));
        QCOMPARE(r.exit_code, 77);
        const QString bad = dir.filePath(QStringLiteral("bad.dict"));
        QVERIFY(writeFile(bad, "word=\"unterminated\n"));
        const Result e = run(kLadder, {QStringLiteral("-runs=1"), QStringLiteral("-dict=") + bad});
        QCOMPARE(e.exit_code, 1);
        QVERIFY2(e.output.contains(bad + QStringLiteral(":1")), qPrintable(e.output));
    }

    void mergeKeepsOnlyNewCoverage() {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("main"));
        QDir(dir.path()).mkpath(QStringLiteral("more"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("main/a")), "L"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("main/b")), "Q"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("more/b")), "L"));   // same path as main/a
        QVERIFY(writeFile(dir.filePath(QStringLiteral("more/c")), "LAD")); // new
        QVERIFY(writeFile(dir.filePath(QStringLiteral("more/d")), "M"));   // same path as main/b
        const Result r =
            run(kLadder, {QStringLiteral("-merge=1"), dir.filePath(QStringLiteral("main")),
                          dir.filePath(QStringLiteral("more"))});
        QVERIFY2(r.exit_code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("MERGE-OUTER: 1 new files")),
                 qPrintable(r.output));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("main"))).entryList(QDir::Files).size(), 3);
    }

    void minimizeCrash() {
        QTemporaryDir dir;
        const QString crash = dir.filePath(QStringLiteral("crash"));
        QVERIFY(writeFile(crash, "LADDER!and a long tail of bytes that do not matter"));
        const QString out = dir.filePath(QStringLiteral("min"));
        const Result r = run(kLadder, {QStringLiteral("-minimize_crash=1"),
                                       QStringLiteral("-exact_artifact_path=") + out, crash});
        QVERIFY2(r.exit_code == 0, qPrintable(r.output));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("LADDER!"));
    }

    void badFlagsAndUnknownFlags() {
        const Result bad = run(kLadder, {QStringLiteral("-runs=lots")});
        QCOMPARE(bad.exit_code, 1);
        QVERIFY2(bad.output.contains(QStringLiteral("-runs")), qPrintable(bad.output));
        const Result unknown =
            run(kLadder, {QStringLiteral("-no_such_flag=1"), QStringLiteral("-runs=10")});
        QCOMPARE(unknown.exit_code, 0);
        QVERIFY(unknown.output.contains(
            QStringLiteral("WARNING: unrecognized flag '-no_such_flag=1'")));
    }

    // A harness defining malloc, calloc, realloc and free itself (nalloc.h style) links and fuzzes;
    // the runtime gives up only its malloc limit, and says so. Under a sanitizer the harness
    // forwards to the sanitizer's allocator, whose hooks keep the limit.
    void ownMallocLinksAndFindsItsBug_data() {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<bool>("arcwise");
        QTest::addColumn<bool>("notice");
        QTest::newRow("arcwise") << QStringLiteral("own_malloc") << true << true;
        QTest::newRow("arcwise-asan") << QStringLiteral("own_malloc_asan") << true << false;
        QTest::newRow("libfuzzer") << QStringLiteral("own_malloc_libfuzzer") << false << false;
    }
    void ownMallocLinksAndFindsItsBug() {
        QFETCH(QString, binary);
        QFETCH(bool, arcwise);
        QFETCH(bool, notice);
        SKIP_UNLESS_BUILT(binary);
        QTemporaryDir dir;
        const Result r = run(fixture(binary),
                             {QStringLiteral("-seed=1"), QStringLiteral("-runs=1000000"),
                              QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/')});
        if (arcwise)
            QVERIFY2(r.exit_code == 77, qPrintable(r.output.right(2000)));
        else
            QVERIFY2(r.exit_code != 0, qPrintable(r.output.right(2000)));
        QVERIFY2(crashArtifact(dir.path()).startsWith("NUL"), qPrintable(r.output.right(2000)));
        QVERIFY(!r.output.contains(QStringLiteral("the harness's malloc was not called")));
        QCOMPARE(r.output.contains(kOwnMallocNotice), notice);
    }

    // The runtime's own malloc stays in place where nothing replaces it: no notice.
    void runtimeKeepsItsMallocOtherwise() {
        const Result r = run(kLadder, {QStringLiteral("-runs=10")});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(!r.output.contains(kOwnMallocNotice), qPrintable(r.output));
    }

    // jemalloc linked shared: the runtime's malloc forwards to it (the harness checks that its
    // allocations reach jemalloc) and keeps the malloc limit. Linked static: jemalloc's malloc
    // replaces the runtime's, the limit is off with a notice. Both find the planted bug.
    void jemallocLinksAndFindsItsBug_data() {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<bool>("arcwise");
        QTest::addColumn<bool>("keepsLimit");
        QTest::newRow("shared") << QStringLiteral("jemalloc_shared") << true << true;
        QTest::newRow("static") << QStringLiteral("jemalloc_static") << true << false;
        QTest::newRow("shared-libfuzzer")
            << QStringLiteral("jemalloc_shared_libfuzzer") << false << false;
        QTest::newRow("static-libfuzzer")
            << QStringLiteral("jemalloc_static_libfuzzer") << false << false;
    }
    void jemallocLinksAndFindsItsBug() {
        QFETCH(QString, binary);
        QFETCH(bool, arcwise);
        QFETCH(bool, keepsLimit);
        if (!QFile::exists(fixture(binary)))
            QSKIP("jemalloc (libjemalloc-dev) or clang's libFuzzer is not installed");
        QTemporaryDir dir;
        const Result r = run(fixture(binary),
                             {QStringLiteral("-seed=1"), QStringLiteral("-runs=1000000"),
                              QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/')});
        QVERIFY2(arcwise ? r.exit_code == 77 : r.exit_code != 0, qPrintable(r.output.right(2000)));
        QVERIFY2(crashArtifact(dir.path()).startsWith("JEM"), qPrintable(r.output.right(2000)));
        QVERIFY2(!r.output.contains(QStringLiteral("malloc does not reach jemalloc")),
                 qPrintable(r.output));
        if (!arcwise)
            return;
        QCOMPARE(r.output.contains(kOwnMallocNotice), !keepsLimit);
        // One allocation of 256 MiB against a 64 MiB malloc limit.
        const QString big = dir.filePath(QStringLiteral("big"));
        QVERIFY(writeFile(big, "BIG"));
        const Result limited = run(fixture(binary), {QStringLiteral("-malloc_limit_mb=64"), big});
        if (keepsLimit) {
            QVERIFY2(limited.exit_code == 77, qPrintable(limited.output));
            QVERIFY2(limited.output.contains(QStringLiteral("out-of-memory (malloc(268435456))")),
                     qPrintable(limited.output));
        } else {
            QVERIFY2(limited.exit_code == 0, qPrintable(limited.output));
            QVERIFY2(limited.output.contains(kOwnMallocNotice), qPrintable(limited.output));
        }
    }

    // LLVMFuzzerCustomMutator replaces the built-in mutations, and LLVMFuzzerMutate reaches them:
    // every mutation step is one built-in mutation (the harness calls LLVMFuzzerMutate once)
    // followed by Custom, as libFuzzer logs it. Only checksum-valid inputs reach the planted bug.
    void customMutator_data() { addBothBuilds(QStringLiteral("custom_mutator")); }
    void customMutator() {
        QFETCH(QString, binary);
        QFETCH(bool, arcwise);
        SKIP_UNLESS_BUILT(binary);
        QTemporaryDir dir;
        const Result r = run(fixture(binary),
                             {QStringLiteral("-seed=1"), QStringLiteral("-runs=1000000"),
                              QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/')});
        QVERIFY2(arcwise ? r.exit_code == 77 : r.exit_code != 0, qPrintable(r.output.right(2000)));
        QVERIFY2(crashArtifact(dir.path()).startsWith("FUZZ"), qPrintable(r.output.right(2000)));
        const QStringList sequences = mutationSequences(r.output);
        QVERIFY2(sequences.size() >= 3, qPrintable(r.output));
        static const QRegularExpression stepwise(QStringLiteral("^(?:\\w+-Custom-)+$"));
        for (const QString& ms : sequences)
            QVERIFY2(stepwise.match(ms).hasMatch(), qPrintable(ms));
        if (!arcwise)
            return;
        QVERIFY(r.output.contains(
            QStringLiteral("INFO: mutating with the harness's LLVMFuzzerCustomMutator.")));
        // With a custom mutator -len_control defaults to 0, as in libFuzzer: the whole -max_len.
        QVERIFY2(r.output.contains(QRegularExpression(QStringLiteral("INITED .* lim: 4096 "))),
                 qPrintable(r.output.left(2000)));
    }

    // LLVMFuzzerCustomCrossOver joins the built-in mutators: it makes "LEFT|RIGHT" from the two
    // seeds in one step.
    void customCrossOver_data() { addBothBuilds(QStringLiteral("custom_crossover")); }
    void customCrossOver() {
        QFETCH(QString, binary);
        QFETCH(bool, arcwise);
        SKIP_UNLESS_BUILT(binary);
        QTemporaryDir dir;
        const QString seeds = dir.filePath(QStringLiteral("seeds"));
        QVERIFY(QDir().mkpath(seeds));
        QVERIFY(writeFile(seeds + QStringLiteral("/left"), "LEFT"));
        QVERIFY(writeFile(seeds + QStringLiteral("/right"), "RIGHT"));
        const Result r =
            run(fixture(binary),
                {QStringLiteral("-seed=1"), QStringLiteral("-runs=1000000"),
                 QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/'), seeds});
        QVERIFY2(arcwise ? r.exit_code == 77 : r.exit_code != 0, qPrintable(r.output.right(2000)));
        QCOMPARE(crashArtifact(dir.path()), QByteArray("LEFT|RIGHT"));
        QVERIFY2(r.output.contains(
                     QRegularExpression(QStringLiteral("MS: \\d+ [^\\n]*CustomCrossOver-"))),
                 qPrintable(r.output.right(2000)));
        if (arcwise)
            QVERIFY(r.output.contains(
                QStringLiteral("INFO: mutating with the built-in mutators and the harness's "
                               "LLVMFuzzerCustomCrossOver.")));
    }

    // -use_value_profile=1: comparison distances become features, so the same seed and runs keep
    // more features than without.
    void valueProfileAddsFeatures() {
        auto features = [](const QStringList& extra) {
            QStringList args{QStringLiteral("-seed=4"), QStringLiteral("-runs=20000"),
                             QStringLiteral("-max_len=8")};
            args << extra;
            const Result r = run(kLadder, args);
            static const QRegularExpression done(QStringLiteral("DONE   cov: \\d+ ft: (\\d+)"));
            const auto m = done.match(r.output);
            return std::make_pair(r, m.hasMatch() ? m.captured(1).toInt() : -1);
        };
        const auto [plain, plainFeatures] = features({});
        const auto [profiled, profiledFeatures] =
            features({QStringLiteral("-use_value_profile=1")});
        QCOMPARE(plain.exit_code, 0);
        QCOMPARE(profiled.exit_code, 0);
        QVERIFY2(!profiled.output.contains(QStringLiteral("unrecognized flag")),
                 qPrintable(profiled.output));
        QVERIFY2(plainFeatures > 0 && profiledFeatures > plainFeatures,
                 qPrintable(QStringLiteral("%1 vs %2").arg(plainFeatures).arg(profiledFeatures)));
    }

    // -only_ascii=1: every input the mutators make is printable ASCII or whitespace.
    void onlyAscii() {
        QTemporaryDir dir;
        const Result r = run(kLadder, {QStringLiteral("-seed=5"), QStringLiteral("-runs=20000"),
                                       QStringLiteral("-only_ascii=1"), dir.path()});
        QCOMPARE(r.exit_code, 0);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const char c : f.readAll())
                QVERIFY2((c >= 0x20 && c < 0x7f) || (c >= '\t' && c <= '\r'),
                         qPrintable(name + QStringLiteral(": byte %1").arg(int(uchar(c)))));
        }
    }

    // -fork and -jobs: parallel fuzzing is the campaign's; the binary says so and fuzzes alone.
    // -fork=N and -jobs=N run N workers of a campaign (arcwise-cli fuzz) on the binary's
    // target, seeded from the corpus directory: the new corpus files come back into it and the
    // failure as a crash- artifact; like libFuzzer's fork mode it ends at the first failure.
    void forkAndJobsRunThroughTheCampaign_data() {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("ignoreCrashes");
        QTest::newRow("fork") << QStringLiteral("-fork=2") << false;
        QTest::newRow("jobs") << QStringLiteral("-jobs=2") << false;
        QTest::newRow("fork, ignore crashes") << QStringLiteral("-fork=2") << true;
    }
    void forkAndJobsRunThroughTheCampaign() {
        QFETCH(QString, flag);
        QFETCH(bool, ignoreCrashes);
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(corpus));
        QVERIFY(writeFile(corpus + QStringLiteral("/seed"), "LA"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARCWISE_CLI"), QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli"));
        // With -ignore_crashes=1 it fuzzes on to the end of its time.
        const Result r =
            run(kLadder,
                {flag,
                 ignoreCrashes ? QStringLiteral("-max_total_time=4")
                               : QStringLiteral("-max_total_time=120"),
                 QStringLiteral("-ignore_crashes=%1").arg(int(ignoreCrashes)),
                 QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/'), corpus},
                env);
        QVERIFY2(r.exit_code == 77, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("with 2 workers")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("stopping at the first failure")) !=
                     ignoreCrashes,
                 qPrintable(r.output));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("crash-*")}, QDir::Files).size() == 1);
        QVERIFY(QDir(corpus).entryList(QDir::Files).size() > 1); // the seed and what was found
        QVERIFY2(QDir(QDir::tempPath())
                     .entryList({QStringLiteral("arcwise-parallel-*")}, QDir::Dirs)
                     .isEmpty(),
                 "the campaign's directory is removed");
    }

    // Without arcwise-cli to run, one line says so and the binary fuzzes in this one process.
    void forkWithoutTheCampaignRunsAsOneProcess() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        env.remove(QStringLiteral("ARCWISE_CLI"));
        const Result r =
            run(kLadder, {QStringLiteral("-fork=2"), QStringLiteral("-runs=1000")}, env);
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.output.contains(QStringLiteral("arcwise-cli, which is not on PATH")),
                 qPrintable(r.output));
        QVERIFY(r.output.contains(QStringLiteral("Done 1000 runs")));
    }

    // The exit-status, budget, statistics and schedule flags, each as libFuzzer documents it.
    void exitCodesBudgetsAndStats() {
        QTemporaryDir dir;
        const QString crash = dir.filePath(QStringLiteral("crash"));
        QVERIFY(writeFile(crash, "LADDER!"));
        QCOMPARE(run(kLadder, {QStringLiteral("-error_exitcode=42"), crash}).exit_code, 42);
        const QString hang = dir.filePath(QStringLiteral("hang"));
        QVERIFY(writeFile(hang, "H"));
        const Result timeout =
            run(QStringLiteral(ARCWISE_TARGETS_DIR "/crash_kinds"),
                {QStringLiteral("-timeout=1"), QStringLiteral("-timeout_exitcode=71"),
                 QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/'), hang});
        QVERIFY2(timeout.exit_code == 71, qPrintable(timeout.output));
        // A budget in seconds, with no run limit and no reachable bug (-max_len=3).
        const Result timed =
            run(kLadder, {QStringLiteral("-max_total_time=1"), QStringLiteral("-max_len=3"),
                          QStringLiteral("-print_final_stats=1")});
        QCOMPARE(timed.exit_code, 0);
        QVERIFY2(timed.output.contains(QStringLiteral("stat::number_of_executed_units: ")),
                 qPrintable(timed.output));
        const Result uniform =
            run(kLadder, {QStringLiteral("-entropic=0"), QStringLiteral("-runs=1000"),
                          QStringLiteral("-verbosity=0")});
        QCOMPARE(uniform.exit_code, 0);
        QVERIFY(!uniform.output.contains(QStringLiteral("unrecognized flag")));
        const Result help = run(kLadder, {QStringLiteral("-help=1")});
        QCOMPARE(help.exit_code, 0);
        for (const char* flag : {"use_value_profile", "only_ascii", "fork", "jobs", "workers"})
            QVERIFY2(help.output.contains(QLatin1String(flag)), flag);
    }

    void listAndMarker() {
        const Result r = run(kLadder, {QStringLiteral("--list")});
        QCOMPARE(r.exit_code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.output.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.output));
        const QJsonArray targets = doc.object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("ladder"));
        QCOMPARE(targets[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("libfuzzer"));
        QFile binary(kLadder);
        QVERIFY(binary.open(QIODevice::ReadOnly));
        QVERIFY(binary.readAll().contains("ARCWISE-RUNTIME-MARKER protocol=1"));
    }
};

QTEST_GUILESS_MAIN(TestLibFuzzerCompat)
#include "tst_libfuzzer_compat.moc"
