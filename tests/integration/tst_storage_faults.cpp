// Storage faults, with real processes and real file systems: a disk that fills while
// `arcwise-cli fuzz` runs (the failure it then finds is kept in a spill file, its regression file
// written, it is printed, the campaign exits 3, and the next campaign stores it), a disk full at
// start, a database damaged in the middle of its file (report, fuzz and export stop, naming the
// file, and fuzz writes nothing into it), a read that fails in the middle of an export (it stops,
// exit status 3) and a database in a read-only directory (report works, fuzz says why it cannot).
// Full and read-only file systems are small tmpfs and bind mounts: the tests need root, and skip
// with the reason where mounting fails. After each test nothing it started runs.

#include "campaign/campaign.h"
#include "common/storage_faults.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");
const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);
const QString kGateVariable = QStringLiteral("GATED_FAILURE_FILE");

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result finish(QProcess& p, int timeout_ms = 120000) {
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Result cli(const QStringList& args) {
    QProcess p;
    p.start(kCli, args);
    return finish(p);
}

bool copy_binary(const QString& from, const QString& to) {
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeUser);
}

QStringList files_in(const QString& dir) {
    return QDir(dir).entryList(QDir::Files);
}

// The JSON events arcwise-cli fuzz --json printed.
QList<QJsonObject> events(const QByteArray& out) {
    QList<QJsonObject> list;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray& line : lines)
        if (!line.trimmed().isEmpty())
            list << QJsonDocument::fromJson(line).object();
    return list;
}

QString logs(const QList<QJsonObject>& events) {
    QStringList text;
    for (const QJsonObject& e : events)
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("log"))
            text << e.value(QStringLiteral("message")).toString();
    return text.join(QLatin1Char('\n'));
}

} // namespace

class TestStorageFaults : public QObject {
    Q_OBJECT

    QTemporaryDir work_;
    QString sample_project_; // sdk_props, for the tests that read a copy of sample_db_
    QString sample_db_;      // a database filled by a short campaign, copied by the tests

    QString path(const QString& name) const { return work_.filePath(name); }

    // A project of a test's own: the fixture target `binary` copied into path(name)/project.
    // Empty when it could not be copied.
    QString project_with(const QString& name, const QString& binary) const {
        const QString project = path(name + QStringLiteral("/project"));
        return copy_binary(kTargets + QLatin1Char('/') + binary,
                           project + QLatin1Char('/') + binary)
                   ? project
                   : QString();
    }

    // Nothing the test started is running any more (workers, shrinkers, the CLI).
    void verify_nothing_left(const QString& dir) {
        QTRY_VERIFY2_WITH_TIMEOUT(
            arcwise::test::processes_mentioning(dir).isEmpty(),
            qPrintable(arcwise::test::processes_mentioning(dir).join(QLatin1Char('\n'))), 10000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(work_.isValid());
        QVERIFY(QFileInfo(kCli).isExecutable());
        for (const char* name : {"sdk_props", "gated"})
            QVERIFY2(QFileInfo(kTargets + QLatin1Char('/') + QLatin1String(name)).isExecutable(),
                     name);
        // A few hundred corpus entries and stats rows: enough pages to damage in the middle.
        sample_project_ = project_with(QStringLiteral("sample"), QStringLiteral("sdk_props"));
        QVERIFY(!sample_project_.isEmpty());
        sample_db_ = path(QStringLiteral("sample.sqlite"));
        const Result r =
            cli({QStringLiteral("fuzz"), sample_project_, QStringLiteral("--db"), sample_db_,
                 QStringLiteral("--time"), QStringLiteral("3s"), QStringLiteral("--cores"),
                 QStringLiteral("1"), QStringLiteral("--slice"), QStringLiteral("1s"),
                 QStringLiteral("--targets"), QStringLiteral("Modes.Passes")});
        QVERIFY2(r.exit_code == 0, r.err.constData());
        verify_nothing_left(sample_project_);
    }

    // The disk fills while a campaign runs, then the campaign finds a failure: the failure is
    // kept in a spill file with its shrunk input, its regression file is written, it is printed
    // with its example, the campaign says what is full and where and exits 3. The next campaign
    // (with space again) stores it and removes the spill file.
    void disk_fills_during_a_campaign() {
        const QString project = project_with(QStringLiteral("fills"), QStringLiteral("gated"));
        QVERIFY(!project.isEmpty());
        const QString full = path(QStringLiteral("fills/db"));
        const QString db = full + QStringLiteral("/arcwise.sqlite");
        const QString gate = path(QStringLiteral("fills/gate"));
        arcwise::test::ScratchMount mount;
        ARCWISE_MOUNT_TMPFS_OR_SKIP(mount, full, QStringLiteral("1m"));

        QProcess fuzz;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kGateVariable, gate);
        fuzz.setProcessEnvironment(env);
        fuzz.start(kCli,
                   {QStringLiteral("fuzz"), project, QStringLiteral("--db"), db,
                    QStringLiteral("--time"), QStringLiteral("5s"), QStringLiteral("--cores"),
                    QStringLiteral("1"), QStringLiteral("--slice"), QStringLiteral("1s"),
                    QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(fuzz.waitForStarted());
        // Once the campaign reports progress it has stored its targets: fill the disk, then let
        // the target fail.
        QByteArray out;
        while (!out.contains("\"progress\"") && fuzz.state() == QProcess::Running &&
               fuzz.waitForReadyRead(30000))
            out += fuzz.readAllStandardOutput();
        QVERIFY2(out.contains("\"progress\""), out.constData());
        QVERIFY(arcwise::test::fill_file_system(full + QStringLiteral("/filler")) > 0);
        QFile gate_file(gate);
        QVERIFY(gate_file.open(QIODevice::WriteOnly));
        gate_file.close();

        Result r = finish(fuzz);
        r.out.prepend(out);
        QCOMPARE(r.exit_code, 3);
        const QList<QJsonObject> printed = events(r.out);
        const QString log = logs(printed);
        const QString spill_dir = project + QStringLiteral("/.arcwise/spill");
        QVERIFY2(log.contains(QStringLiteral("could not be stored")) &&
                     log.contains(QStringLiteral("disk is full")) && log.contains(db) &&
                     log.contains(spill_dir),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("x = 50")), qPrintable(log)); // its example
        QVERIFY(!printed.isEmpty());
        QCOMPARE(printed.last().value(QStringLiteral("event")).toString(),
                 QStringLiteral("finished"));
        QVERIFY(!printed.last().value(QStringLiteral("faults")).toArray().isEmpty());
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(QStringLiteral("could not do all its work")) &&
                     err.contains(QStringLiteral("full")) && err.contains(db),
                 qPrintable(err));

        const QStringList spilled = files_in(spill_dir);
        QCOMPARE(spilled.size(), 1);
        QFile kept(spill_dir + QLatin1Char('/') + spilled.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QJsonObject failure = QJsonDocument::fromJson(kept.readAll()).object();
        QCOMPARE(failure.value(QStringLiteral("target")).toString(),
                 QStringLiteral("Gated.FailsOnceOpen"));
        QVERIFY(!failure.value(QStringLiteral("minimal_input")).toString().isEmpty());
        QVERIFY(
            failure.value(QStringLiteral("example")).toString().contains(QStringLiteral("x = 50")));
        QCOMPARE(
            files_in(project + QStringLiteral("/.arcwise/regressions/Gated.FailsOnceOpen")).size(),
            1);
        verify_nothing_left(project);

        // Space again, the gate closed: the next campaign stores the kept failure.
        QVERIFY(QFile::remove(full + QStringLiteral("/filler")));
        QVERIFY(QFile::remove(gate));
        const Result next =
            cli({QStringLiteral("fuzz"), project, QStringLiteral("--db"), db,
                 QStringLiteral("--time"), QStringLiteral("1s"), QStringLiteral("--cores"),
                 QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(next.exit_code == 1, next.err.constData()); // the failure it stored
        QVERIFY2(logs(events(next.out)).contains(QStringLiteral("is stored now")),
                 next.out.constData());
        QVERIFY(files_in(spill_dir).isEmpty());
        const Result report = cli({QStringLiteral("report"), project, QStringLiteral("--db"), db,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(report.exit_code, 1);
        QVERIFY2(report.out.contains("x = 50"), report.out.constData());
        verify_nothing_left(project);
    }

    // A disk full before the campaign starts, with no database yet and with one: a clear
    // message naming the database and saying the disk is full, exit status 3; report still
    // works.
    void disk_full_at_start() {
        const QString project =
            project_with(QStringLiteral("full-at-start"), QStringLiteral("gated"));
        QVERIFY(!project.isEmpty());
        const QString full = path(QStringLiteral("full-at-start/db"));
        arcwise::test::ScratchMount mount;
        ARCWISE_MOUNT_TMPFS_OR_SKIP(mount, full, QStringLiteral("1m"));
        const QString existing = full + QStringLiteral("/existing.sqlite");
        const QString fresh = full + QStringLiteral("/fresh.sqlite");
        const QStringList run = {QStringLiteral("--time"), QStringLiteral("1s"),
                                 QStringLiteral("--cores"), QStringLiteral("1")};
        QCOMPARE(
            cli(QStringList{QStringLiteral("fuzz"), project, QStringLiteral("--db"), existing} +
                run)
                .exit_code,
            0);
        QVERIFY(arcwise::test::fill_file_system(full + QStringLiteral("/filler")) > 0);
        for (const QString& db : {existing, fresh}) {
            const Result r =
                cli(QStringList{QStringLiteral("fuzz"), project, QStringLiteral("--db"), db} + run);
            const QString err = QString::fromLocal8Bit(r.err);
            QVERIFY2(r.exit_code == 3, qPrintable(err));
            QVERIFY2(err.contains(db) && err.contains(QStringLiteral("disk is full")),
                     qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("FOREIGN KEY")), qPrintable(err));
        }
        // What is stored can still be reported on (read where it is, without a -shm index).
        const Result report = cli({QStringLiteral("report"), project, QStringLiteral("--db"),
                                   existing, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(report.exit_code == 0, report.err.constData());
        QVERIFY(report.out.contains("Gated.FailsOnceOpen"));
        verify_nothing_left(project);
    }

    // A full temporary directory: the workers' channels and input mappings are not files, so
    // they start and fuzz (they used to die of SIGBUS, every target marked broken, exit 0); a
    // failure is still found and stored, exit 1.
    void full_temporary_directory() {
        const QString project =
            project_with(QStringLiteral("full-tmp"), QStringLiteral("sdk_props"));
        QVERIFY(!project.isEmpty());
        const QString tmp = path(QStringLiteral("full-tmp/tmp"));
        arcwise::test::ScratchMount mount;
        ARCWISE_MOUNT_TMPFS_OR_SKIP(mount, tmp, QStringLiteral("256k"));
        QVERIFY(arcwise::test::fill_file_system(tmp + QStringLiteral("/filler")) > 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp);
        p.setProcessEnvironment(env);
        p.start(kCli, {QStringLiteral("fuzz"), project, QStringLiteral("--time"),
                       QStringLiteral("5s"), QStringLiteral("--cores"), QStringLiteral("1"),
                       QStringLiteral("--targets"), QStringLiteral("Modes.Crash")});
        const Result r = finish(p);
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(r.exit_code == 1, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("cannot be fuzzed")), qPrintable(err));
        const Result report = cli({QStringLiteral("report"), project, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QCOMPARE(report.exit_code, 1);
        QVERIFY2(report.out.contains("\"crash\""), report.out.constData());
        QVERIFY2(!report.out.contains("SIGBUS"), report.out.constData());
        verify_nothing_left(project);
    }

    // The campaign object itself: a start on a full disk fails with a fault (the CLI's exit
    // status 3), announced once by faulted().
    void campaign_reports_its_faults() {
        const QString project = project_with(QStringLiteral("faults"), QStringLiteral("gated"));
        QVERIFY(!project.isEmpty());
        const QString full = path(QStringLiteral("faults/db"));
        arcwise::test::ScratchMount mount;
        ARCWISE_MOUNT_TMPFS_OR_SKIP(mount, full, QStringLiteral("256k"));
        QVERIFY(arcwise::test::fill_file_system(full + QStringLiteral("/filler")) > 0);
        arcwise::campaign::CampaignOptions options;
        options.project = project;
        options.database_url = full + QStringLiteral("/arcwise.sqlite");
        options.cores = 1;
        options.duration_ms = 1000;
        arcwise::campaign::Campaign campaign(options);
        QSignalSpy faulted(&campaign, &arcwise::campaign::Campaign::faulted);
        QString error;
        QVERIFY(!campaign.start(&error));
        QCOMPARE(campaign.faults().size(), 1);
        QCOMPARE(faulted.size(), 1);
        QCOMPARE(faulted.first().first().toString(), campaign.faults().first());
        QVERIFY2(campaign.faults().first().contains(QStringLiteral("disk is full")) &&
                     campaign.faults().first().contains(options.database_url),
                 qPrintable(campaign.faults().first()));
        verify_nothing_left(project);
    }

    // Random bytes (a fixed seed) over pages in the middle of a database a campaign filled:
    // report and fuzz exit 3 with a message naming the file, and fuzz writes nothing into it.
    void damaged_database() {
        const QString& project = sample_project_;
        const QString db = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(sample_db_, db));
        QVERIFY(arcwise::test::damage_middle_pages(db, /*seed=*/4369));
        const QByteArray before = arcwise::test::sha1_of_file(db);

        const Result report = cli({QStringLiteral("report"), project, QStringLiteral("--db"), db});
        QString err = QString::fromLocal8Bit(report.err);
        QVERIFY2(report.exit_code == 3, qPrintable(err));
        QVERIFY2(err.contains(db) && err.contains(QStringLiteral("damaged")), qPrintable(err));

        const Result fuzz = cli({QStringLiteral("fuzz"), project, QStringLiteral("--db"), db,
                                 QStringLiteral("--time"), QStringLiteral("2s"),
                                 QStringLiteral("--cores"), QStringLiteral("1")});
        err = QString::fromLocal8Bit(fuzz.err);
        QVERIFY2(fuzz.exit_code == 3, qPrintable(err));
        QVERIFY2(err.contains(db) && err.contains(QStringLiteral("damaged")), qPrintable(err));
        QCOMPARE(arcwise::test::sha1_of_file(db), before);
        QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() == 0);

        const QString exported = path(QStringLiteral("damaged-export"));
        const Result export_ =
            cli({QStringLiteral("export"), project, exported, QStringLiteral("--db"), db});
        err = QString::fromLocal8Bit(export_.err);
        QVERIFY2(export_.exit_code == 3, qPrintable(err));
        QVERIFY2(err.contains(db) && err.contains(QStringLiteral("damaged")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(exported));
        verify_nothing_left(project);
    }

    // A read that fails in the middle of an export, after the targets were read (damage is met
    // by open() already, above; here the corpus table is gone): the export stops with exit
    // status 3 and says what it could not read and from which database, instead of writing the
    // rest as if it were all.
    void export_stops_at_a_failed_read() {
        const QString& project = sample_project_;
        const QString db = path(QStringLiteral("no-corpus.sqlite"));
        QVERIFY(QFile::copy(sample_db_, db));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery drop(raw);
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE corpus")),
                     qPrintable(drop.lastError().text()));
            drop.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        const QString exported = path(QStringLiteral("no-corpus-export"));
        const Result r =
            cli({QStringLiteral("export"), project, exported, QStringLiteral("--db"), db});
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(r.exit_code == 3, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("cannot read the corpus of Modes.Passes")) &&
                     err.contains(db),
                 qPrintable(err));
        QVERIFY2(!r.out.contains("Wrote"), r.out.constData());
    }

    // A database in a read-only directory: report reads it; fuzz says it cannot write there.
    void read_only_directory() {
        const QString& project = sample_project_;
        const QString dir = path(QStringLiteral("read-only"));
        const QString db = dir + QStringLiteral("/arcwise.sqlite");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(sample_db_, db));
        const QByteArray before = arcwise::test::sha1_of_file(db);
        arcwise::test::ScratchMount mount;
        ARCWISE_MAKE_READ_ONLY_OR_SKIP(mount, dir);

        const Result report = cli({QStringLiteral("report"), project, QStringLiteral("--db"), db,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(report.exit_code == 0, report.err.constData());
        const QJsonArray targets =
            QJsonDocument::fromJson(report.out).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Modes.Passes"));

        const Result fuzz = cli({QStringLiteral("fuzz"), project, QStringLiteral("--db"), db,
                                 QStringLiteral("--time"), QStringLiteral("1s"),
                                 QStringLiteral("--cores"), QStringLiteral("1")});
        const QString err = QString::fromLocal8Bit(fuzz.err);
        QVERIFY2(fuzz.exit_code == 3, qPrintable(err));
        QVERIFY2(err.contains(db) && err.contains(QStringLiteral("cannot write")), qPrintable(err));
        mount.unmount();
        QCOMPARE(files_in(dir), QStringList{QStringLiteral("arcwise.sqlite")});
        QCOMPARE(arcwise::test::sha1_of_file(db), before);
        verify_nothing_left(project);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
