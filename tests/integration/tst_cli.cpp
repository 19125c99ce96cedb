// arcwise-cli as CI jobs and scripts run it: list, fuzz (progress, --json events, exit status),
// report in every format, replay, export and import, and its errors; a campaign killed with
// SIGKILL leaves a database that opens and keeps what was committed.

#include "campaign/campaign_settings.h"
#include "campaign/corpus_transfer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");
const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList& args, int timeout_ms = 180000) {
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool copy_binary(const QString& from, const QString& to) {
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeUser);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir project_;
    QString db_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QFileInfo(kCli).isExecutable());
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props"),
                            project_.filePath(QStringLiteral("sdk_props"))));
        QVERIFY(copy_binary(kTargets + QStringLiteral("/ladder"),
                            project_.filePath(QStringLiteral("ladder"))));
        db_ = project_.filePath(QStringLiteral("campaign.sqlite"));
    }

    void list() {
        const Result r = cli({QStringLiteral("list"), project_.path()});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("ladder"));
        QVERIFY(r.out.contains("Modes.Crash"));
        QVERIFY2(r.out.contains("8 targets in 2 binaries"), r.out.constData());
        const Result j = cli({QStringLiteral("list"), project_.path(), QStringLiteral("--json")});
        const auto binaries =
            QJsonDocument::fromJson(j.out).object().value(QStringLiteral("binaries")).toArray();
        QCOMPARE(binaries.size(), 2);
    }

    void fuzzWithJsonEvents() {
        const Result r =
            cli({QStringLiteral("fuzz"), project_.path(), QStringLiteral("--db"), db_,
                 QStringLiteral("--time"), QStringLiteral("6s"), QStringLiteral("--cores"),
                 QStringLiteral("2"), QStringLiteral("--slice"), QStringLiteral("1s"),
                 QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--targets"),
                 QStringLiteral("Modes.[CAP]*"), QStringLiteral("--targets"),
                 QStringLiteral("ladder"), QStringLiteral("--json")});
        QCOMPARE(r.exit_code, 1); // failures were found
        int progress = 0, failures = 0;
        QJsonObject last;
        const auto lines = r.out.split('\n');
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            QJsonParseError e{};
            const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, line.constData());
            const QString event = o.value(QStringLiteral("event")).toString();
            progress += event == QLatin1String("progress");
            failures += event == QLatin1String("failure");
            last = o;
        }
        QVERIFY(progress >= 3);
        QVERIFY(failures >= 2);
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
        QVERIFY(last.value(QStringLiteral("executions")).toDouble() > 0);
    }

    void reports() {
        const Result json = cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"),
                                 db_, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exit_code, 1); // open failures
        const auto targets =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 4);
        bool crash = false;
        for (const auto& t : targets) {
            const QJsonObject o = t.toObject();
            for (const QString& key :
                 {QStringLiteral("name"), QStringLiteral("binary"), QStringLiteral("status"),
                  QStringLiteral("executions"), QStringLiteral("features"),
                  QStringLiteral("corpus"), QStringLiteral("failures")})
                QVERIFY2(o.contains(key), qPrintable(key));
            for (const auto& f : o.value(QStringLiteral("failures")).toArray())
                crash |= f.toObject()
                             .value(QStringLiteral("example"))
                             .toString()
                             .contains(QStringLiteral("x = 1001"));
        }
        QVERIFY(crash);

        const Result sarif = cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"),
                                  db_, QStringLiteral("--format"), QStringLiteral("sarif")});
        const QJsonObject s = QJsonDocument::fromJson(sarif.out).object();
        QCOMPARE(s.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const auto results = s.value(QStringLiteral("runs"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("results"))
                                 .toArray();
        QVERIFY(results.size() >= 2);
        for (const auto& res : results)
            QVERIFY(!res.toObject()
                         .value(QStringLiteral("message"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .isEmpty());

        const Result junit = cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"),
                                  db_, QStringLiteral("--format"), QStringLiteral("junit")});
        QXmlStreamReader xml(junit.out);
        int testcases = 0, failure_elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                testcases += xml.name() == QLatin1String("testcase");
                failure_elements += xml.name() == QLatin1String("failure");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(testcases, 4);
        QVERIFY(failure_elements >= 2);

        const Result text =
            cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"), db_});
        QVERIFY(text.out.contains("Falsifying example: Modes.Crash"));
    }

    void replayAndExportImport() {
        const Result json = cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"),
                                 db_, QStringLiteral("--format"), QStringLiteral("json")});
        qint64 crash_id = 0;
        for (const auto& t :
             QJsonDocument::fromJson(json.out).object().value(QStringLiteral("targets")).toArray())
            for (const auto& f : t.toObject().value(QStringLiteral("failures")).toArray())
                if (f.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("crash"))
                    crash_id = qint64(f.toObject().value(QStringLiteral("id")).toDouble());
        QVERIFY(crash_id > 0);
        const Result replay = cli({QStringLiteral("replay"), project_.path(),
                                   QString::number(crash_id), QStringLiteral("--db"), db_});
        QCOMPARE(replay.exit_code, 1);
        QVERIFY2(replay.out.contains("x = 1001"), replay.out.constData());

        QTemporaryDir out;
        const Result exported = cli(
            {QStringLiteral("export"), project_.path(), out.path(), QStringLiteral("--db"), db_});
        QCOMPARE(exported.exit_code, 0);
        const QDir ladder_corpus(out.filePath(QStringLiteral("corpus/ladder")));
        QVERIFY(ladder_corpus.entryList(QDir::Files).size() > 1);
        // libFuzzer-style: raw bytes, which the harness replays as they are.
        QFile first(ladder_corpus.filePath(ladder_corpus.entryList(QDir::Files).first()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(!first.readAll().startsWith("AWCS"));

        const QString fresh_db = out.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(cli({QStringLiteral("fuzz"), project_.path(), QStringLiteral("--db"), fresh_db,
                     QStringLiteral("--time"), QStringLiteral("1s"), QStringLiteral("--targets"),
                     QStringLiteral("Modes.Passes")})
                    .exit_code == 0);
        const Result imported = cli({QStringLiteral("import"), project_.path(), out.path(),
                                     QStringLiteral("--db"), fresh_db});
        QCOMPARE(imported.exit_code, 0);
        QVERIFY2(imported.out.contains("Imported"), imported.out.constData());
        // The failures came along as known ones (what --fail-on new does not count again).
        QVERIFY2(imported.out.contains("known failures"), imported.out.constData());
        const Result fresh = cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"),
                                  fresh_db, QStringLiteral("--format"), QStringLiteral("json")});
        bool crash_known = false;
        for (const auto& t :
             QJsonDocument::fromJson(fresh.out).object().value(QStringLiteral("targets")).toArray())
            for (const auto& f : t.toObject().value(QStringLiteral("failures")).toArray())
                crash_known |=
                    f.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("crash");
        QVERIFY2(crash_known, fresh.out.constData());
        const Result again = cli({QStringLiteral("import"), project_.path(), out.path(),
                                  QStringLiteral("--db"), fresh_db});
        QVERIFY2(!again.out.contains("known failures"), again.out.constData()); // held already
    }

    void killedCampaignLeavesAGoodDatabase() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(kCli, {QStringLiteral("fuzz"), project_.path(), QStringLiteral("--db"), db,
                       QStringLiteral("--targets"), QStringLiteral("Modes.Passes"),
                       QStringLiteral("--cores"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(4000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        const Result r = cli({QStringLiteral("report"), project_.path(), QStringLiteral("--db"), db,
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exit_code, 0);
        const auto targets =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        QVERIFY(targets.first().toObject().value(QStringLiteral("corpus")).toInt() > 0);
        QVERIFY(targets.first().toObject().value(QStringLiteral("executions")).toDouble() > 0);
    }

    void controlFlowGraph() {
        // After fuzzWithJsonEvents: the ladder's graph with its coverage and ranked frontier.
        const Result r =
            cli({QStringLiteral("cfg"), project_.path(), QStringLiteral("--db"), db_,
                 QStringLiteral("--target"), QStringLiteral("ladder"), QStringLiteral("--function"),
                 QStringLiteral("LLVMFuzzerTestOneInput")});
        QCOMPARE(r.exit_code, 0);
        const QJsonArray functions =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("functions")).toArray();
        QCOMPARE(functions.size(), 1);
        const QJsonObject f = functions.first().toObject();
        QVERIFY(f.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("ladder.cc")));
        qint64 reached = 0;
        for (const QJsonValue& b : f.value(QStringLiteral("blocks")).toArray())
            reached += b.toObject().value(QStringLiteral("hits")).toInteger() > 0;
        QVERIFY(reached > 0);
        for (const QJsonValue& a : f.value(QStringLiteral("arcs")).toArray()) {
            const QJsonObject o = a.toObject();
            QCOMPARE(o.value(QStringLiteral("under_explored")).toBool(),
                     o.value(QStringLiteral("rank")).toInt() > 0);
        }
        const Result dot = cli({QStringLiteral("cfg"), project_.path(), QStringLiteral("--db"), db_,
                                QStringLiteral("--target"), QStringLiteral("ladder"),
                                QStringLiteral("--format"), QStringLiteral("dot")});
        QCOMPARE(dot.exit_code, 0);
        QVERIFY(dot.out.startsWith("digraph cfg {"));
        const Result bad = cli({QStringLiteral("cfg"), project_.path(), QStringLiteral("--db"), db_,
                                QStringLiteral("--target"), QStringLiteral("nope")});
        QCOMPARE(bad.exit_code, 2);
        QVERIFY(bad.err.contains("no target 'nope'"));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fuz"), QStringLiteral(".")}
                                         << QStringLiteral("unknown command 'fuz'");
        const auto fuzz = [](const char* option, const char* value) {
            return QStringList{QStringLiteral("fuzz"), QStringLiteral("PROJECT"),
                               QString::fromLatin1(option), QString::fromLatin1(value)};
        };
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("fuzz"), QStringLiteral("PROJECT"),
                           QStringLiteral("--tiem"), QStringLiteral("1s")}
            << QStringLiteral("Unknown option 'tiem'");
        QTest::newRow("option without its value")
            << QStringList{QStringLiteral("fuzz"), QStringLiteral("PROJECT"),
                           QStringLiteral("--time")}
            << QStringLiteral("Missing value after '--time'");
        QTest::newRow("bad duration")
            << fuzz("--time", "soon")
            << QStringLiteral("--time: 'soon' is not a duration like 90s, 15m or 2h (allowed: "
                              "1s to 30d)");
        QTest::newRow("time 0") << fuzz("--time", "0")
                                << QStringLiteral("--time: 0 is out of range (allowed: 1s to 30d)");
        QTest::newRow("absurd time")
            << fuzz("--time", "99999999h")
            << QStringLiteral("--time: 99999999h is out of range (allowed: 1s to 30d)");
        QTest::newRow("negative time")
            << fuzz("--time", "-5s") << QStringLiteral("--time: '-5s' is not a duration");
        QTest::newRow("timeout of a million seconds")
            << fuzz("--timeout", "1000000")
            << QStringLiteral("--timeout: 1000000 is out of range (allowed: 0.1s to 1h)");
        QTest::newRow("timeout nan")
            << fuzz("--timeout", "nan") << QStringLiteral("--timeout: 'nan' is not a duration");
        QTest::newRow("timeout inf")
            << fuzz("--timeout", "inf") << QStringLiteral("--timeout: 'inf' is not a duration");
        QTest::newRow("negative timeout")
            << fuzz("--timeout", "-1") << QStringLiteral("--timeout: '-1' is not a duration");
        QTest::newRow("slice too short")
            << fuzz("--slice", "0.01")
            << QStringLiteral("--slice: 0.01 is out of range (allowed: 0.1s to 1h)");
        QTest::newRow("cores not a number")
            << fuzz("--cores", "many")
            << QStringLiteral("--cores: 'many' is not a whole number (allowed: 0 to 1024)");
        QTest::newRow("negative cores")
            << fuzz("--cores", "-2") << QStringLiteral("--cores: '-2' is not a whole number");
        QTest::newRow("seed beyond its range")
            << fuzz("--seed", "18446744073709551615")
            << QStringLiteral("--seed: '18446744073709551615' is not a whole number (allowed: 0 "
                              "to 2147483647)");
        QTest::newRow("bad schedule")
            << fuzz("--schedule", "fair")
            << QStringLiteral("--schedule: 'fair' is not one of adaptive, round-robin");
        QTest::newRow("import into a directory without fuzz binaries")
            << QStringList{QStringLiteral("import"), QStringLiteral("EMPTY"),
                           QStringLiteral("EMPTY")}
            << QStringLiteral("is not a project: no fuzz binaries in it");
        QTest::newRow("import into a file")
            << QStringList{QStringLiteral("import"), QStringLiteral(ARCWISE_TARGETS_DIR "/ladder"),
                           QStringLiteral("EMPTY")}
            << QStringLiteral("/ladder is not a directory");
        QTest::newRow("import without corpus/")
            << QStringList{QStringLiteral("import"), QStringLiteral("PROJECT"),
                           QStringLiteral("EMPTY"), QStringLiteral("--db"), QStringLiteral("DB")}
            << QStringLiteral("has no corpus/ directory");
        QTest::newRow("missing project")
            << QStringList{QStringLiteral("fuzz"), QStringLiteral("/nonexistent")}
            << QStringLiteral("the project /nonexistent does not exist");
        QTest::newRow("no database yet")
            << QStringList{QStringLiteral("report"), QStringLiteral("EMPTY")}
            << QStringLiteral("no campaign database at");
        QTest::newRow("unreachable server")
            << QStringList{QStringLiteral("report"), QStringLiteral("PROJECT"),
                           QStringLiteral("--db"),
                           QStringLiteral("postgresql://nobody@127.0.0.1:1/none")}
            << QStringLiteral("127.0.0.1:1");
        QTest::newRow("unknown failure")
            << QStringList{QStringLiteral("replay"), QStringLiteral("PROJECT"),
                           QStringLiteral("9999"), QStringLiteral("--db"), QStringLiteral("DB")}
            << QStringLiteral("no failure 9999 in the database");
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir empty;
        for (QString& a : args) {
            if (a == QLatin1String("PROJECT"))
                a = project_.path();
            else if (a == QLatin1String("EMPTY"))
                a = empty.path();
            else if (a == QLatin1String("DB"))
                a = db_;
        }
        const Result r = cli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        // A command refused is refused whole: no campaign database appears (import into a
        // directory that is not a project used to create one there).
        QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral(".arcwise"))));
    }

    void settingRangesAreTheTables_data() {
        // Every option of a campaign setting, just past each end of the table's range.
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("range");
        using arcwise::campaign::SettingSpec;
        for (const SettingSpec& s : arcwise::campaign::campaign_settings()) {
            if (s.kind != SettingSpec::Kind::Integer && s.kind != SettingSpec::Kind::Seconds)
                continue;
            const QString range = arcwise::campaign::setting_range(s);
            const bool integer = s.kind == SettingSpec::Kind::Integer;
            QTest::addRow("--%s above", s.key)
                << QString::fromLatin1(s.key) << QString::number(s.maximum + 1, 'f', 0) << range;
            if (s.minimum > 0)
                QTest::addRow("--%s below", s.key)
                    << QString::fromLatin1(s.key)
                    << QString::number(integer ? s.minimum - 1 : s.minimum / 2, 'g', 15) << range;
        }
    }
    void settingRangesAreTheTables() {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, range);
        const Result r =
            cli({QStringLiteral("fuzz"), project_.path(), QStringLiteral("--") + option, value});
        QCOMPARE(r.exit_code, 2);
        const QString expected =
            QStringLiteral("--%1: %2 is out of range (allowed: %3)").arg(option, value, range);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    }

    void helpShowsTheTablesRanges() {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exit_code, 0);
        const QString help = QString::fromUtf8(r.out).simplified();
        for (const auto& s : arcwise::campaign::campaign_settings()) {
            QVERIFY2(help.contains(QStringLiteral("--%1 <").arg(QString::fromLatin1(s.key))),
                     s.key);
            QVERIFY2(help.contains(arcwise::campaign::setting_range(s)), s.key);
        }
        QVERIFY(help.contains(QStringLiteral("Exit status: 0 clean, 1 failures found, 2 usage "
                                             "or configuration error, 3")));
    }

    void coresBeyondTheMachineAreClamped() {
        QTemporaryDir dir;
        const int machine = std::max(1, QThread::idealThreadCount());
        const Result r =
            cli({QStringLiteral("fuzz"), project_.path(), QStringLiteral("--db"),
                 dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("--time"),
                 QStringLiteral("1s"), QStringLiteral("--targets"), QStringLiteral("Modes.Passes"),
                 QStringLiteral("--cores"), QString::number(machine + 100)});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("--cores %1 is more than the %2 cores of this "
                                               "machine; using %2")
                                    .arg(machine + 100)
                                    .arg(machine)
                                    .toUtf8()),
                 r.err.constData());
    }

    void importReadsOnlyRegularFiles() {
        // After fuzzWithJsonEvents: db_ knows the ladder. Beside one good file: a symlink to
        // /dev/zero, a FIFO (nobody writes to it), a file past the size cap and a symlink to a
        // good file; every one of them skipped with a line, and nothing hangs or grows.
        QTemporaryDir dir;
        const QString ladder = dir.filePath(QStringLiteral("corpus/ladder"));
        QVERIFY(QDir().mkpath(ladder));
        QFile good(ladder + QStringLiteral("/good"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("FUZ");
        good.close();
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), ladder + QStringLiteral("/zero")));
        QVERIFY(QFile::link(ladder + QStringLiteral("/good"), ladder + QStringLiteral("/alias")));
        QCOMPARE(::mkfifo(QFile::encodeName(ladder + QStringLiteral("/fifo")).constData(), 0600),
                 0);
        QFile big(ladder + QStringLiteral("/big"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(arcwise::campaign::kMaxImportedFileBytes + 1));
        big.close();
        // A name a terminal would obey: printed escaped.
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            ladder + QStringLiteral("/title\x1b]0;owned\x07")));
        // A target directory the database does not know, with a hostile name.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("corpus/no\x1b[2Jsuch"))));

        const Result r = cli(
            {QStringLiteral("import"), project_.path(), dir.path(), QStringLiteral("--db"), db_});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.contains("Imported 1 corpus files (5 skipped)"), r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("/zero: a symbolic link")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("/alias: a symbolic link")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("/fifo: not a regular file")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("/big: %1 bytes, more than the limit of %2")
                                  .arg(arcwise::campaign::kMaxImportedFileBytes + 1)
                                  .arg(arcwise::campaign::kMaxImportedFileBytes)),
                 r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("/title\\e]0;owned\\x07: a symbolic link")),
                 r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("no target named no\\e[2Jsuch")), r.err.constData());
        QVERIFY2(!r.err.contains('\x1b') && !r.out.contains('\x1b'), r.err.constData());
        QCOMPARE(err.count(QLatin1Char('\n')), 6); // one line each
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
