// libFuzzer compatibility of Arcwise fuzz binaries, as scripts and drivers see it: the compiler
// wrappers, the command line, the printed lines, corpus directories, dictionaries, merge,
// crash minimisation, determinism for a seed, and --list.

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
