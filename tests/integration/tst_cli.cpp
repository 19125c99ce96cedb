// arcwise-cli as CI jobs and scripts run it: list, fuzz (progress, --json events, exit status),
// report in every format, replay, export and import, and its errors; a campaign killed with
// SIGKILL leaves a database that opens and keeps what was committed.

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
        QTest::newRow("bad duration")
            << QStringList{QStringLiteral("fuzz"), QStringLiteral("PROJECT"),
                           QStringLiteral("--time"), QStringLiteral("soon")}
            << QStringLiteral("--time needs a duration like 90s, 15m or 2h, not 'soon'");
        QTest::newRow("bad schedule")
            << QStringList{QStringLiteral("fuzz"), QStringLiteral("PROJECT"),
                           QStringLiteral("--schedule"), QStringLiteral("fair")}
            << QStringLiteral("--schedule is adaptive or round-robin, not 'fair'");
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
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
