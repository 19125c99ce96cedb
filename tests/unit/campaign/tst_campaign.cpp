// Campaigns end to end, GUI-less, with real instrumented binaries, real worker processes and a real
// SQLite database: failures found, reproduced, shrunk, deduplicated, stored and written as
// regression files; corpus and stats stored; a second campaign resumes from the stored corpus; a
// binary rebuilt during a campaign restarts on the new build and a failure it fixed is marked
// fixed; a binary that cannot start is marked broken and the others go on; events and target()
// scores are counted over every example, stored, and continued by the next campaign.

#include "campaign/campaign.h"
#include "campaign/database.h"
#include "campaign/triage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace arcwise::campaign;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

bool copy_binary(const QString& from, const QString& to) {
    QFile::remove(to);
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeUser);
}

CampaignOptions options_for(const QString& project, const QString& db) {
    CampaignOptions o;
    o.project = project;
    o.database_url = db;
    o.cores = 2;
    o.duration_ms = 6000;
    o.slice_ms = 1000;
    o.timeout_seconds = 2;
    o.seed = 7;
    return o;
}

// Runs a campaign to its end; false (with the reason in *error) when it cannot start.
bool run(Campaign& c, QString* error, QStringList* log = nullptr) {
    if (log)
        QObject::connect(&c, &Campaign::log, [log](const QString& line) { *log << line; });
    if (!c.start(error))
        return false;
    QSignalSpy finished(&c, &Campaign::finished);
    if (!finished.wait(120000)) {
        *error = QStringLiteral("the campaign did not finish");
        return false;
    }
    return true;
}

const FailureRow* find_failure(const std::vector<FailureRow>& all, const QString& target) {
    for (const auto& f : all)
        if (f.target == target)
            return &f;
    return nullptr;
}

} // namespace

class TestCampaign : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        for (const char* name :
             {"sdk_props", "sdk_props_fixed", "ladder", "broken_start", "observed"})
            QVERIFY2(QFileInfo(kTargets + QLatin1Char('/') + QLatin1String(name)).isExecutable(),
                     name);
    }

    void findsStoresAndResumes() {
        QTemporaryDir project;
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props"),
                            project.filePath(QStringLiteral("sdk_props"))));
        QVERIFY(copy_binary(kTargets + QStringLiteral("/ladder"),
                            project.filePath(QStringLiteral("ladder"))));
        const QString db_path = project.filePath(QStringLiteral(".arcwise/test.sqlite"));
        CampaignOptions o = options_for(project.path(), db_path);
        o.targets = {QStringLiteral("Modes.Crash"), QStringLiteral("Modes.AssertEq"),
                     QStringLiteral("Modes.Passes"), QStringLiteral("ladder")};
        QString error;
        {
            Campaign c(o);
            QSignalSpy found(&c, &Campaign::failureFound);
            QVERIFY2(run(c, &error), qPrintable(error));
            QVERIFY(found.count() >= 2);
        }
        auto db = Database::open(db_path, &error);
        QVERIFY2(db, qPrintable(error));
        const auto failures = db->failures();
        const FailureRow* crash = find_failure(failures, QStringLiteral("Modes.Crash"));
        QVERIFY(crash);
        QCOMPARE(crash->kind, QStringLiteral("crash"));
        QVERIFY2(crash->example.contains(QStringLiteral("  x = 1001\n")),
                 qPrintable(crash->example));
        QVERIFY(!crash->stack.isEmpty());
        const FailureRow* eq = find_failure(failures, QStringLiteral("Modes.AssertEq"));
        QVERIFY(eq);
        QVERIFY2(eq->example.contains(QStringLiteral("  a = 0\n  draw 2 = 1000\n")),
                 qPrintable(eq->example));
        QCOMPARE(eq->kind, QStringLiteral("assertion"));
        // One row per signature, however often it was hit.
        QCOMPARE(std::count_if(failures.begin(), failures.end(),
                               [](const FailureRow& f) {
                                   return f.target == QLatin1String("Modes.AssertEq");
                               }),
                 1);
        // The minimal example as a regression file the binary's unit-test mode replays.
        const QDir regressions(regression_dir(project.filePath(QStringLiteral("sdk_props")),
                                              QStringLiteral("Modes.Crash")));
        QCOMPARE(regressions.entryList(QDir::Files).size(), 1);

        qint64 ladder_id = 0, ladder_corpus = 0, ladder_executions = 0;
        for (const auto& t : db->targets())
            if (t.name == QLatin1String("ladder")) {
                ladder_id = t.id;
                ladder_executions = t.executions;
            }
        QVERIFY(ladder_id > 0);
        ladder_corpus = qint64(db->corpus(ladder_id).size());
        QVERIFY(ladder_corpus > 1);
        QVERIFY2(ladder_executions > 100, qPrintable(QString::number(ladder_executions)));
        QVERIFY(!db->stats(ladder_id).empty());
        db.reset();

        // A second campaign: warm start from the stored corpus, counts instead of new rows.
        {
            Campaign c(o);
            QVERIFY2(run(c, &error), qPrintable(error));
        }
        db = Database::open(db_path, &error);
        QVERIFY(db);
        QVERIFY(qint64(db->corpus(ladder_id).size()) >= ladder_corpus);
        for (const auto& t : db->targets())
            if (t.id == ladder_id)
                QVERIFY(t.executions > ladder_executions);
        const auto again = db->failures();
        QCOMPARE(again.size(), failures.size());
        const FailureRow* crash_again = find_failure(again, QStringLiteral("Modes.Crash"));
        QVERIFY(crash_again && crash_again->count > crash->count);
    }

    void rebuildMarksFixed() {
        QTemporaryDir project;
        const QString binary = project.filePath(QStringLiteral("sdk_props"));
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props"), binary));
        const QString db_path = project.filePath(QStringLiteral("db.sqlite"));
        CampaignOptions o = options_for(project.path(), db_path);
        o.targets = {QStringLiteral("Modes.Crash")};
        o.cores = 1;
        o.duration_ms = 20000;
        Campaign c(o);
        QStringList log;
        connect(&c, &Campaign::log, this, [&log](const QString& line) { log << line; });
        QSignalSpy found(&c, &Campaign::failureFound);
        QSignalSpy fixed(&c, &Campaign::failureFixed);
        QString error;
        QVERIFY2(c.start(&error), qPrintable(error));
        QVERIFY(found.wait(30000));
        // Rebuild: the same path, now with the crash fixed.
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props_fixed"), binary));
        QVERIFY2(fixed.wait(30000), qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(log.join(QLatin1Char('\n')).contains(QStringLiteral("was rebuilt")));
        QSignalSpy finished(&c, &Campaign::finished);
        c.stop();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        auto db = Database::open(db_path, &error);
        QVERIFY(db);
        const auto failures = db->failures();
        QStringList seen;
        for (const auto& f : failures)
            seen << f.signature + QStringLiteral(" (") + f.status + QStringLiteral("): ") +
                        f.message;
        QVERIFY2(failures.size() == 1, qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(failures.front().status == QLatin1String("fixed"),
                 qPrintable(seen.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                            log.join(QLatin1Char('\n'))));
    }

    // One target and two cores: both cores fuzz it (its workers share what they find), unless
    // the workers per target are capped at one.
    void oneTargetGetsEveryCore_data() {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("expected");
        QTest::newRow("no cap") << 0 << 2;
        QTest::newRow("one each") << 1 << 1;
    }
    void oneTargetGetsEveryCore() {
        QFETCH(int, cap);
        QFETCH(int, expected);
        // A target that never fails: its workers are never between a crash and a restart when
        // the campaign reports its progress.
        QTemporaryDir project;
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props"),
                            project.filePath(QStringLiteral("sdk_props"))));
        CampaignOptions o = options_for(project.path(), project.filePath(QStringLiteral("db")));
        o.targets = {QStringLiteral("Modes.Passes")};
        o.duration_ms = 4000;
        o.workers_per_target = cap;
        Campaign c(o);
        int most = 0;
        connect(&c, &Campaign::progressed, this, [&] {
            for (const TargetProgress& p : c.progress())
                most = std::max(most, p.workers);
        });
        QString error;
        QVERIFY2(run(c, &error), qPrintable(error));
        QCOMPARE(most, expected);
        // Both workers' executions count, and the corpus is the union of what they found.
        const auto rows = c.database().targets();
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows.front().executions > 0);
        QVERIFY(rows.front().corpus_size > 0);
    }

    void brokenBinaryIsMarked() {
        QTemporaryDir project;
        QVERIFY(copy_binary(kTargets + QStringLiteral("/broken_start"),
                            project.filePath(QStringLiteral("broken_start"))));
        QVERIFY(copy_binary(kTargets + QStringLiteral("/ladder"),
                            project.filePath(QStringLiteral("ladder"))));
        const QString db_path = project.filePath(QStringLiteral("db.sqlite"));
        CampaignOptions o = options_for(project.path(), db_path);
        o.duration_ms = 4000;
        Campaign c(o);
        QString error;
        QStringList log;
        QVERIFY2(run(c, &error, &log), qPrintable(error));
        auto db = Database::open(db_path, &error);
        QVERIFY(db);
        bool broken = false, ladder_ran = false;
        for (const auto& t : db->targets()) {
            if (t.name == QLatin1String("broken_start")) {
                broken = t.status == QLatin1String("broken");
                QVERIFY2(
                    t.status_message.contains(QStringLiteral("cannot find its configuration file")),
                    qPrintable(t.status_message));
            }
            if (t.name == QLatin1String("ladder"))
                ladder_ran = t.executions > 0;
        }
        QVERIFY(broken);
        QVERIFY(ladder_ran);
    }

    void storesEventsAndScores() {
        QTemporaryDir project;
        QVERIFY(copy_binary(kTargets + QStringLiteral("/observed"),
                            project.filePath(QStringLiteral("observed"))));
        QVERIFY(copy_binary(kTargets + QStringLiteral("/ladder"),
                            project.filePath(QStringLiteral("ladder"))));
        const QString db_path = project.filePath(QStringLiteral("db.sqlite"));
        CampaignOptions o = options_for(project.path(), db_path);
        o.duration_ms = 4000;
        QString error;
        qint64 observed_id = 0, ladder_id = 0;
        std::vector<ObservationRow> live;
        {
            Campaign c(o);
            QVERIFY2(run(c, &error), qPrintable(error));
            for (const TargetProgress& p : c.progress()) {
                if (p.row.name == QLatin1String("Observed.EventsAndScores"))
                    observed_id = p.row.id;
                if (p.row.name == QLatin1String("ladder"))
                    ladder_id = p.row.id;
            }
            QVERIFY(observed_id > 0 && ladder_id > 0);
            live = c.observations(observed_id);
            QVERIFY(c.observations(ladder_id).empty()); // a libFuzzer harness has none
        }
        auto db = Database::open(db_path, &error);
        QVERIFY2(db, qPrintable(error));
        const std::vector<ObservationRow> stored = db->observations(observed_id);
        QVERIFY(db->observations(ladder_id).empty());
        // What the campaign showed is what it stored, in the same order.
        QCOMPARE(stored.size(), live.size());
        for (size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].kind, live[i].kind);
            QCOMPARE(stored[i].label, live[i].label);
            QCOMPARE(stored[i].count, live[i].count);
            QCOMPARE(stored[i].best, live[i].best);
        }
        auto find = [](const std::vector<ObservationRow>& rows, const char* kind,
                       const char* label) -> ObservationRow {
            for (const auto& r : rows)
                if (r.kind == QLatin1String(kind) && r.label == QLatin1String(label))
                    return r;
            return {};
        };
        const ObservationRow always = find(stored, kObservationEvent, "always");
        const ObservationRow even = find(stored, kObservationEvent, "even");
        const ObservationRow odd = find(stored, kObservationEvent, "odd");
        const ObservationRow x = find(stored, kObservationTarget, "x");
        const ObservationRow minus_x = find(stored, kObservationTarget, "minus x");
        qint64 executions = 0;
        for (const auto& t : db->targets())
            if (t.id == observed_id)
                executions = t.executions;
        // Every example makes "always" (twice, counted once) and one of "even" and "odd", and
        // reports both scores once. Counts and executions come in the same messages.
        QVERIFY2(always.count > 100, qPrintable(QString::number(always.count)));
        QCOMPARE(always.count, executions);
        QCOMPARE(even.count + odd.count, always.count);
        QCOMPARE(x.count, always.count);
        QCOMPARE(minus_x.count, always.count);
        // x is drawn from [0, 1000]; the scores are the highest seen.
        QVERIFY2(x.best > 900 && x.best <= 1000, qPrintable(QString::number(x.best)));
        QVERIFY2(minus_x.best <= 0 && minus_x.best > -100,
                 qPrintable(QString::number(minus_x.best)));
        QVERIFY(find(stored, kObservationEvent, "large").count > 0);
        QVERIFY(always.updated_ms > 0);
        db.reset();

        // A second campaign counts on from what the first stored.
        {
            Campaign c(o);
            QVERIFY2(run(c, &error), qPrintable(error));
        }
        db = Database::open(db_path, &error);
        QVERIFY2(db, qPrintable(error));
        const std::vector<ObservationRow> again = db->observations(observed_id);
        const ObservationRow always_again = find(again, kObservationEvent, "always");
        QVERIFY2(always_again.count > always.count,
                 qPrintable(QStringLiteral("%1 <= %2").arg(always_again.count).arg(always.count)));
        QCOMPARE(find(again, kObservationEvent, "even").count +
                     find(again, kObservationEvent, "odd").count,
                 always_again.count);
        QVERIFY(find(again, kObservationTarget, "x").best >= x.best);
    }

    void badProjectAndDatabase_data() {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing project") << QStringLiteral("/nonexistent/project") << QString()
                                         << QStringLiteral("does not exist");
        QTest::newRow("no targets")
            << QStringLiteral("EMPTY") << QString() << QStringLiteral("no fuzz targets in");
        QTest::newRow("corrupt database") << QStringLiteral("LADDER") << QStringLiteral("CORRUPT")
                                          << QStringLiteral("is not an SQLite database");
        QTest::newRow("unreachable server")
            << QStringLiteral("LADDER") << QStringLiteral("postgresql://nobody@127.0.0.1:1/none")
            << QStringLiteral("127.0.0.1:1");
    }
    void badProjectAndDatabase() {
        QFETCH(QString, project);
        QFETCH(QString, db);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (project == QLatin1String("EMPTY") || project == QLatin1String("LADDER"))
            project = dir.path();
        if (project == dir.path() && QTest::currentDataTag() != QByteArray("no targets"))
            QVERIFY(copy_binary(kTargets + QStringLiteral("/ladder"),
                                dir.filePath(QStringLiteral("ladder"))));
        if (db == QLatin1String("CORRUPT")) {
            db = dir.filePath(QStringLiteral("corrupt.sqlite"));
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        if (db.isEmpty())
            db = dir.filePath(QStringLiteral("db.sqlite"));
        Campaign c(options_for(project, db));
        QString error;
        QVERIFY(!c.start(&error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
