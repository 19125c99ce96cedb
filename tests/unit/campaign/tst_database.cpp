// The campaign database (database.h) against both drivers: SQLite in a temporary directory and a
// throwaway PostgreSQL 15 server started for this test in a temporary directory, reachable on a
// Unix socket there and on a free TCP port of 127.0.0.1. Every API call, the schema migrations,
// refusal of newer schemas, corrupt files and unreachable servers, concurrent connections, and
// that a writer killed with SIGKILL loses no committed batch. Storage faults on real file
// systems: pages damaged in the middle of a file (noticed at open and by a read, and nothing
// written into it afterwards), a database in a read-only place (read, never written), and a
// full disk (a clear error saying so).

#include "campaign/database.h"
#include "campaign/migrations.h"
#include "campaign/spill.h"
#include "common/postgres_server.h"
#include "common/storage_faults.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <cmath>
#include <map>
#include <memory>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using namespace arcwise::campaign;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");

using arcwise::test::kPgBin;
using arcwise::test::PostgresServer;
using arcwise::test::RawConnection;

// One fresh database for one test row.
struct Fresh {
    QString url;
    QString file;   // SQLite
    QString dbname; // PostgreSQL
};

TargetInfo target_info(const char* name, int line = 1) {
    return TargetInfo{QString::fromLatin1(name), QStringLiteral("property"),
                      QStringLiteral("tests/x_test.cc"), line};
}

CorpusRow corpus_row(qint64 target, const QByteArray& input, std::vector<uint32_t> features = {}) {
    CorpusRow r;
    r.target_id = target;
    r.input = input;
    r.features = std::move(features);
    r.found_at_ms = 1000;
    return r;
}

FailureRow failure_row(qint64 target, const char* signature, const QByteArray& minimal,
                       const char* example, qint64 seen_ms) {
    FailureRow f;
    f.target_id = target;
    f.signature = QString::fromLatin1(signature);
    f.kind = QStringLiteral("assertion");
    f.message = QStringLiteral("x < 10 failed");
    f.location = QStringLiteral("tests/x_test.cc:12");
    f.stack = {QStringLiteral("#0 check"), QStringLiteral("#1 run")};
    f.first_input = "first:" + minimal;
    f.minimal_input = minimal;
    f.example = QString::fromLatin1(example);
    f.first_seen_ms = seen_ms;
    f.last_seen_ms = seen_ms;
    f.build_id = QStringLiteral("build-1");
    return f;
}

// A database with `rows` corpus entries of `bytes` each under one target, closed again, so that
// everything is in the main file (the WAL checkpointed and removed by the last connection).
QString filled_database(const QString& file, int rows, int bytes, qint64* target_id) {
    QString error;
    std::unique_ptr<Database> db = Database::open(file, &error);
    if (!db)
        return error;
    const qint64 binary = db->upsert_binary(QStringLiteral("/p/x_test"), QString(), 1);
    *target_id = db->upsert_target(binary, target_info("Suite.Filled"));
    std::vector<CorpusRow> batch;
    QRandomGenerator rng(7);
    for (int i = 0; i < rows; ++i) {
        QByteArray input(bytes, Qt::Uninitialized);
        for (char& c : input)
            c = char(rng.bounded(256));
        batch.push_back(corpus_row(*target_id, input, {uint32_t(i)}));
    }
    if (!db->add_corpus(batch) ||
        db->record_failure(failure_row(*target_id, "sig-a", "aa", "x = 1", 1000)).first <= 0)
        return db->last_error();
    return {};
}

ObservationRow obs(qint64 target, const QString& kind, const QString& label, qint64 count,
                   double best, qint64 updated_ms) {
    return ObservationRow{target, kind, label, count, best, updated_ms};
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private:
    PostgresServer pg_;
    QString pg_skip_;
    QTemporaryDir tmp_;
    int sqlite_counter_ = 0;

    void drivers_data() {
        QTest::addColumn<QString>("driver");
        QTest::newRow("sqlite") << kSqlite;
        QTest::newRow("postgresql") << kPostgres;
    }

    // Empty on success; otherwise why no fresh database could be made.
    QString fresh(const QString& driver, Fresh* out) {
        if (driver == kSqlite) {
            // A directory that does not exist yet: open() creates it.
            out->file = tmp_.filePath(
                QStringLiteral("db%1/nested/dir/arcwise.sqlite").arg(++sqlite_counter_));
            out->url = (sqlite_counter_ % 2) ? out->file : QStringLiteral("sqlite://") + out->file;
            return {};
        }
        QString error;
        out->dbname = pg_.create_database(&error);
        if (out->dbname.isEmpty())
            return QStringLiteral("cannot create a PostgreSQL database: ") + error;
        // Alternate the socket and the TCP form of the URL.
        static int n = 0;
        out->url = (++n % 2) ? pg_.socket_url(out->dbname) : pg_.tcp_url(out->dbname);
        return {};
    }

    std::unique_ptr<RawConnection> raw(const QString& driver, const Fresh& f) {
        if (driver == kSqlite)
            return std::make_unique<RawConnection>(QStringLiteral("QSQLITE"), f.file);
        return std::make_unique<RawConnection>(QStringLiteral("QPSQL"), f.dbname, pg_.socket_dir(),
                                               pg_.port(), QStringLiteral("arcwise"));
    }

#define FRESH_DB(fresh_var)                                                                        \
    QFETCH(QString, driver);                                                                       \
    if (driver == kPostgres && !pg_skip_.isEmpty())                                                \
        QSKIP(qPrintable(pg_skip_));                                                               \
    Fresh fresh_var;                                                                               \
    {                                                                                              \
        const QString why = fresh(driver, &fresh_var);                                             \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    }

#define OPEN_DB(db_var, url)                                                                       \
    QString db_var##_error;                                                                        \
    std::unique_ptr<Database> db_var = Database::open(url, &db_var##_error);                       \
    QVERIFY2(db_var, qPrintable(db_var##_error));

// A call that the database or its place refuses (damaged, read-only, full, nothing there): it
// fails, `problem` is `expected`, and `message` names `place` and says `says` (empty: names it
// only).
#define VERIFY_REFUSED(call, problem, message, expected, place, says)                              \
    QVERIFY(!(call));                                                                              \
    QCOMPARE(problem, expected);                                                                   \
    QVERIFY2((message).contains(place) && (message).contains(says), qPrintable(message));

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        if (!QFile::exists(kPgBin + QStringLiteral("/initdb")) ||
            !QFile::exists(kPgBin + QStringLiteral("/pg_ctl"))) {
            pg_skip_ = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb or pg_ctl is "
                                      "missing; Debian: postgresql): PostgreSQL rows skipped")
                           .arg(kPgBin);
            return;
        }
        QString error;
        QVERIFY2(pg_.start(&error), qPrintable(error));
    }

    void cleanupTestCase() {
        pg_.stop();
    }

    void default_url() {
        QCOMPARE(Database::default_url(QStringLiteral("/home/u/project")),
                 QStringLiteral("/home/u/project/.arcwise/arcwise.sqlite"));
    }

    void bad_urls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("no database given");
        QTest::newRow("scheme") << QStringLiteral("mysql://u@h/db")
                                << QStringLiteral("mysql://: unsupported database URL");
        QTest::newRow("sqlite without file")
            << QStringLiteral("sqlite://") << QStringLiteral("names no file");
        QTest::newRow("no dbname") << QStringLiteral("postgresql://u@db.example:5432/")
                                   << QStringLiteral("names no database");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@h:99999/db")
                                  << QStringLiteral("'99999' in the database URL is not a port");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://u@h/db?frobnicate=1")
                                           << QStringLiteral("unknown parameter 'frobnicate'");
        QTest::newRow("option with space") << QStringLiteral("postgresql://u@h/db?sslmode=a%20b")
                                           << QStringLiteral("the value of 'sslmode'");
    }

    void bad_urls() {
        QFETCH(QString, url);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Database::open(url, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void create_migrate_reopen_data() {
        drivers_data();
    }
    void create_migrate_reopen() {
        FRESH_DB(f);
        qint64 target = 0;
        {
            OPEN_DB(db, f.url);
            QCOMPARE(db->schema_version(), latest_schema_version());
            QCOMPARE(db->is_postgres(), driver == kPostgres);
            QCOMPARE(db->url(), f.url);
            const qint64 binary =
                db->upsert_binary(QStringLiteral("/p/bin/fuzz_x"), QStringLiteral("abc"), 42);
            QVERIFY2(binary > 0, qPrintable(db->last_error()));
            target = db->upsert_target(binary, target_info("X.parses"));
            QVERIFY2(target > 0, qPrintable(db->last_error()));
            QVERIFY2(db->add_corpus({corpus_row(target, "hello", {1, 2, 3})}),
                     qPrintable(db->last_error()));
            QVERIFY(db->record_failure(failure_row(target, "sig", "m", "ex", 5)).second);
            QVERIFY(db->add_stats({StatsRow{target, 10, 100, 7, 1, 50.0, 0.25}}));
        }
        OPEN_DB(db, f.url);
        QCOMPARE(db->schema_version(), latest_schema_version());
        const std::vector<TargetRow> targets = db->targets();
        QCOMPARE(targets.size(), size_t(1));
        QCOMPARE(targets[0].id, target);
        QCOMPARE(targets[0].executions, qint64(100));
        QCOMPARE(db->corpus(target).size(), size_t(1));
        QCOMPARE(db->failures().size(), size_t(1));
        QCOMPARE(db->stats(target).size(), size_t(1));
        // The migration ran once.
        auto conn = raw(driver, f);
        QCOMPARE(conn->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 latest_schema_version());
    }

    void binaries_and_targets_data() {
        drivers_data();
    }
    void binaries_and_targets() {
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const QString path = QStringLiteral("/p/bin/fuzz_parser");
        const qint64 b1 = db->upsert_binary(path, QStringLiteral("id-1"), 100);
        QVERIFY2(b1 > 0, qPrintable(db->last_error()));
        QCOMPARE(db->upsert_binary(path, QStringLiteral("id-2"), 200), b1);
        const qint64 b2 = db->upsert_binary(QStringLiteral("/p/bin/fuzz_lexer"), QString(), 0);
        QVERIFY(b2 > 0 && b2 != b1);

        const qint64 t1 = db->upsert_target(b1, target_info("Parser.roundtrip", 10));
        const qint64 t2 = db->upsert_target(b1, target_info("Parser.nesting", 20));
        const qint64 t3 = db->upsert_target(b2, target_info("Parser.roundtrip", 30));
        QVERIFY(t1 > 0 && t2 > 0 && t3 > 0);
        QVERIFY(t1 != t2 && t1 != t3);
        QVERIFY2(db->set_target_status(t1, QStringLiteral("failing"), QStringLiteral("2 failures")),
                 qPrintable(db->last_error()));
        // Upserting again updates where it is declared, and keeps its id and status.
        QCOMPARE(db->upsert_target(b1, target_info("Parser.roundtrip", 11)), t1);
        QCOMPARE(db->upsert_target(b1 + b2 + 100, target_info("X")), qint64(-1));
        QVERIFY(!db->last_error().isEmpty());

        QVERIFY(!db->set_target_status(t1, QStringLiteral("sleeping")));
        QVERIFY2(db->last_error().contains(QStringLiteral("'sleeping' is not a target status")),
                 qPrintable(db->last_error()));
        QVERIFY(!db->set_target_status(t1 + t2 + t3 + 100, QStringLiteral("idle")));
        QVERIFY2(db->last_error().contains(QStringLiteral("no target with id")),
                 qPrintable(db->last_error()));

        QVERIFY(db->add_stats({StatsRow{t1, 1000, 10, 5, 2, 100.0, 0.5},
                               StatsRow{t1, 3000, 30, 9, 4, 300.0, 0.125},
                               StatsRow{t1, 2000, 20, 7, 3, 200.0, 0.25}}));
        QVERIFY(db->record_failure(failure_row(t1, "a", "1", "", 1)).second);
        QVERIFY(db->record_failure(failure_row(t1, "b", "2", "", 1)).second);
        QVERIFY(!db->record_failure(failure_row(t1, "b", "2", "", 2)).second);

        const std::vector<TargetRow> rows = db->targets();
        QVERIFY2(db->last_error().isEmpty(), qPrintable(db->last_error()));
        QCOMPARE(rows.size(), size_t(3));
        // By binary path, then name.
        QCOMPARE(rows[0].binary, QStringLiteral("/p/bin/fuzz_lexer"));
        QCOMPARE(rows[1].name, QStringLiteral("Parser.nesting"));
        const TargetRow& r = rows[2];
        QCOMPARE(r.id, t1);
        QCOMPARE(r.binary_id, b1);
        QCOMPARE(r.binary, path);
        QCOMPARE(r.build_id, QStringLiteral("id-2"));
        QCOMPARE(r.name, QStringLiteral("Parser.roundtrip"));
        QCOMPARE(r.kind, QStringLiteral("property"));
        QCOMPARE(r.file, QStringLiteral("tests/x_test.cc"));
        QCOMPARE(r.line, 11);
        QCOMPARE(r.status, QStringLiteral("failing"));
        QCOMPARE(r.status_message, QStringLiteral("2 failures"));
        // The latest stats row by time, not by insertion.
        QCOMPARE(r.executions, qint64(30));
        QCOMPARE(r.features, qint64(9));
        QCOMPARE(r.corpus_size, qint64(4));
        QCOMPARE(r.execs_per_second, 300.0);
        QCOMPARE(r.estimate, 0.125);
        QCOMPARE(r.failures, qint64(2));
        // Never fuzzed: zeros and the default status.
        QCOMPARE(rows[0].executions, qint64(0));
        QCOMPARE(rows[0].failures, qint64(0));
        QCOMPARE(rows[0].status, QStringLiteral("idle"));
        QCOMPARE(rows[0].build_id, QString());
    }

    void corpus_data() {
        drivers_data();
    }
    void corpus() {
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const qint64 b = db->upsert_binary(QStringLiteral("/b"), QString(), 0);
        const qint64 t = db->upsert_target(b, target_info("T"));
        const qint64 u = db->upsert_target(b, target_info("U"));
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        CorpusRow with_sha1 = corpus_row(t, "explicit");
        with_sha1.sha1 = QCryptographicHash::hash("explicit", QCryptographicHash::Sha1).toHex();
        with_sha1.found_at_ms = 1234567890123;
        QVERIFY2(db->add_corpus({corpus_row(t, binary, {0, 1, 0xFFFFFFFFu, 0x12345678u}),
                                 corpus_row(t, QByteArray()), with_sha1,
                                 corpus_row(t, binary, {9}), // a duplicate within the call
                                 corpus_row(u, binary, {7})}),
                 qPrintable(db->last_error()));
        // Duplicates of stored entries are skipped, new ones in the same call are added.
        QVERIFY2(db->add_corpus({corpus_row(t, "explicit"), corpus_row(t, "new")}),
                 qPrintable(db->last_error()));
        QVERIFY(db->add_corpus({}));

        const std::vector<CorpusRow> rows = db->corpus(t);
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0].input, binary);
        QCOMPARE(rows[0].target_id, t);
        QCOMPARE(rows[0].features, (std::vector<uint32_t>{0, 1, 0xFFFFFFFFu, 0x12345678u}));
        QCOMPARE(rows[0].sha1, QCryptographicHash::hash(binary, QCryptographicHash::Sha1).toHex());
        QCOMPARE(rows[0].found_at_ms, qint64(1000));
        QCOMPARE(rows[1].input, QByteArray());
        QVERIFY(rows[1].features.empty());
        QCOMPARE(rows[2].input, QByteArray("explicit"));
        QCOMPARE(rows[2].found_at_ms, qint64(1234567890123));
        QCOMPARE(rows[3].input, QByteArray("new"));
        QVERIFY(rows[0].id < rows[1].id && rows[1].id < rows[2].id && rows[2].id < rows[3].id);
        const std::vector<CorpusRow> other = db->corpus(u);
        QCOMPARE(other.size(), size_t(1));
        QCOMPARE(other[0].features, std::vector<uint32_t>{7});
        QVERIFY(db->corpus(t + u + 100).empty());
    }

    void corpus_is_one_transaction_data() {
        drivers_data();
    }
    void corpus_is_one_transaction() {
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const qint64 b = db->upsert_binary(QStringLiteral("/b"), QString(), 0);
        const qint64 t = db->upsert_target(b, target_info("T"));
        // The last row names no target: the foreign key rejects it, and the whole call with it.
        QVERIFY(!db->add_corpus({corpus_row(t, "a"), corpus_row(t, "b"), corpus_row(t + 99, "c")}));
        QVERIFY(!db->last_error().isEmpty());
        QVERIFY(db->corpus(t).empty());
        QVERIFY(
            !db->add_stats({StatsRow{t, 1, 1, 1, 1, 1, 1}, StatsRow{t + 99, 1, 1, 1, 1, 1, 1}}));
        QVERIFY(db->stats(t).empty());
        // The connection is still usable afterwards.
        QVERIFY2(db->add_corpus({corpus_row(t, "a")}), qPrintable(db->last_error()));
        QCOMPARE(db->corpus(t).size(), size_t(1));
    }

    void failures_data() {
        drivers_data();
    }
    void failures() {
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const qint64 b = db->upsert_binary(QStringLiteral("/p/fuzz"), QStringLiteral("b1"), 0);
        const qint64 t = db->upsert_target(b, target_info("T"));
        const qint64 u = db->upsert_target(b, target_info("U"));

        auto [id, is_new] = db->record_failure(failure_row(t, "crash@parse", "12345", "big", 100));
        QVERIFY2(id > 0, qPrintable(db->last_error()));
        QVERIFY(is_new);
        // Seen again with a larger input: counted, the smaller input and its example kept.
        FailureRow again = failure_row(t, "crash@parse", "123456789", "bigger", 200);
        again.build_id = QStringLiteral("build-2");
        QCOMPARE(db->record_failure(again), std::make_pair(id, false));
        std::optional<FailureRow> got = db->failure(id);
        QVERIFY(got);
        QCOMPARE(got->count, qint64(2));
        QCOMPARE(got->minimal_input, QByteArray("12345"));
        QCOMPARE(got->example, QStringLiteral("big"));
        QCOMPARE(got->first_seen_ms, qint64(100));
        QCOMPARE(got->last_seen_ms, qint64(200));
        QCOMPARE(got->build_id, QStringLiteral("build-2"));
        // Smaller: replaced, together with its example.
        QCOMPARE(db->record_failure(failure_row(t, "crash@parse", "12", "small", 300)),
                 std::make_pair(id, false));
        got = db->failure(id);
        QCOMPARE(got->count, qint64(3));
        QCOMPARE(got->minimal_input, QByteArray("12"));
        QCOMPARE(got->example, QStringLiteral("small"));
        QCOMPARE(got->first_input, QByteArray("first:12345"));
        QCOMPARE(got->last_seen_ms, qint64(300));

        // Every field as stored, with target name and binary path.
        QCOMPARE(got->id, id);
        QCOMPARE(got->target_id, t);
        QCOMPARE(got->target, QStringLiteral("T"));
        QCOMPARE(got->binary, QStringLiteral("/p/fuzz"));
        QCOMPARE(got->signature, QStringLiteral("crash@parse"));
        QCOMPARE(got->kind, QStringLiteral("assertion"));
        QCOMPARE(got->message, QStringLiteral("x < 10 failed"));
        QCOMPARE(got->location, QStringLiteral("tests/x_test.cc:12"));
        QCOMPARE(got->stack, (QStringList{QStringLiteral("#0 check"), QStringLiteral("#1 run")}));
        QCOMPARE(got->status, QStringLiteral("new"));

        // The same signature in another target is another failure.
        const auto [other, other_new] =
            db->record_failure(failure_row(u, "crash@parse", "x", "", 50));
        QVERIFY(other_new);
        QVERIFY(other != id);
        QCOMPARE(db->failures().size(), size_t(2));
        const std::vector<FailureRow> of_u = db->failures(u);
        QCOMPARE(of_u.size(), size_t(1));
        QCOMPARE(of_u[0].id, other);
        QCOMPARE(of_u[0].target, QStringLiteral("U"));

        // Status: validated; a fixed failure that comes back is new again.
        QVERIFY(!db->set_failure_status(id, QStringLiteral("wontfix")));
        QVERIFY2(db->last_error().contains(QStringLiteral("'wontfix' is not a failure status")),
                 qPrintable(db->last_error()));
        QVERIFY(!db->set_failure_status(id + other + 100, QStringLiteral("fixed")));
        QVERIFY2(db->last_error().contains(QStringLiteral("no failure with id")),
                 qPrintable(db->last_error()));
        for (const char* s : {kFailureConfirmed, kFailureFlaky, kFailureNew, kFailureFixed}) {
            QVERIFY2(db->set_failure_status(id, QString::fromLatin1(s)),
                     qPrintable(db->last_error()));
            QCOMPARE(db->failure(id)->status, QString::fromLatin1(s));
        }
        QCOMPARE(db->record_failure(failure_row(t, "crash@parse", "123", "", 400)).second, false);
        got = db->failure(id);
        QCOMPARE(got->status, QStringLiteral("new"));
        QCOMPARE(got->count, qint64(4));
        QCOMPARE(got->minimal_input, QByteArray("12"));
        // A confirmed one stays confirmed.
        QVERIFY(db->set_failure_status(id, QStringLiteral("confirmed")));
        db->record_failure(failure_row(t, "crash@parse", "123", "", 500));
        QCOMPARE(db->failure(id)->status, QStringLiteral("confirmed"));

        QVERIFY(!db->failure(id + other + 100));
        QVERIFY(db->last_error().contains(QStringLiteral("no failure with id")));
        QCOMPARE(db->record_failure(failure_row(t, "", "x", "", 1)).first, qint64(-1));
        QCOMPARE(db->record_failure(failure_row(t + u + 100, "s", "x", "", 1)).first, qint64(-1));
        QVERIFY(!db->last_error().isEmpty());
    }

    void failures_digest_data() {
        drivers_data();
    }
    void failures_digest() {
        // What the workbench polls once a second instead of reading every failure's inputs: it
        // must change with every write a reader has to see, and only then.
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const QString empty = db->failures_digest();
        QVERIFY2(!empty.isEmpty(), qPrintable(db->last_error()));
        const qint64 b = db->upsert_binary(QStringLiteral("/p/fuzz"), QStringLiteral("b1"), 0);
        const qint64 t = db->upsert_target(b, target_info("T"));
        QCOMPARE(db->failures_digest(), empty); // other tables do not count

        const qint64 id =
            db->record_failure(failure_row(t, "crash@parse", "12345", "big", 100)).first;
        const QString one = db->failures_digest();
        QVERIFY(one != empty);
        QVERIFY(!db->failures().empty());
        QCOMPARE(db->failures_digest(), one); // reading changes nothing

        // Seen again, larger: only the count and the last sighting change.
        db->record_failure(failure_row(t, "crash@parse", "123456789", "big", 100));
        const QString again = db->failures_digest();
        QVERIFY(again != one);
        // A simpler example of the same failure, stored as the workbench's minimise does
        // (count 0: not another occurrence, same time).
        FailureRow simpler = failure_row(t, "crash@parse", "12", "small", 100);
        simpler.count = 0;
        db->record_failure(simpler);
        const QString shrunk = db->failures_digest();
        QVERIFY(shrunk != again);
        QCOMPARE(db->failure(id)->minimal_input, QByteArray("12"));
        QCOMPARE(db->failure(id)->count, qint64(2)); // not another sighting

        // Every status change shows, and going back shows too.
        QString last = shrunk;
        for (const char* s : {kFailureConfirmed, kFailureFlaky, kFailureFixed, kFailureNew}) {
            QVERIFY(db->set_failure_status(id, QString::fromLatin1(s)));
            const QString now = db->failures_digest();
            QVERIFY2(now != last, s);
            last = now;
        }
        // A simpler example does not reopen a fixed failure; a sighting does.
        QVERIFY(db->set_failure_status(id, QStringLiteral("fixed")));
        FailureRow simplest = failure_row(t, "crash@parse", "1", "tiny", 900);
        simplest.count = 0;
        db->record_failure(simplest);
        QCOMPARE(db->failure(id)->status, QStringLiteral("fixed"));
        QCOMPARE(db->failure(id)->last_seen_ms, qint64(100));
        db->record_failure(failure_row(t, "crash@parse", "1", "tiny", 900));
        QCOMPARE(db->failure(id)->status, QStringLiteral("new"));
        QCOMPARE(db->failure(id)->count, qint64(3));
    }

    void stats_and_coverage_data() {
        drivers_data();
    }
    void stats_and_coverage() {
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const qint64 b = db->upsert_binary(QStringLiteral("/b"), QString(), 0);
        const qint64 t = db->upsert_target(b, target_info("T"));
        const qint64 u = db->upsert_target(b, target_info("U"));
        std::vector<StatsRow> rows;
        for (int i = 0; i < 50; ++i)
            rows.push_back(
                StatsRow{i % 2 ? u : t, 1000 * i, 100 * i, i, i / 2, 10.5 * i, 1.0 / (i + 1)});
        QVERIFY2(db->add_stats(rows), qPrintable(db->last_error()));
        const std::vector<StatsRow> all = db->stats(t);
        QCOMPARE(all.size(), size_t(25));
        QCOMPARE(all[3].at_ms, qint64(6000));
        QCOMPARE(all[3].executions, qint64(600));
        QCOMPARE(all[3].features, qint64(6));
        QCOMPARE(all[3].corpus_size, qint64(3));
        QCOMPARE(all[3].execs_per_second, 63.0);
        QCOMPARE(all[3].estimate, 1.0 / 7);
        const std::vector<StatsRow> recent = db->stats(t, 40000);
        QCOMPARE(recent.size(), size_t(5));
        QCOMPARE(recent.front().at_ms, qint64(40000));
        QCOMPARE(recent.back().at_ms, qint64(48000));
        const std::vector<StatsRow> latest = db->latest_stats(u, 3); // newest first
        QCOMPARE(latest.size(), size_t(3));
        QCOMPARE(latest[0].at_ms, qint64(49000));
        QCOMPARE(latest[2].at_ms, qint64(45000));
        QCOMPARE(latest[1].features, qint64(47));
        QCOMPARE(db->latest_stats(t + u + 100, 3).size(), size_t(0));

        QVERIFY(!db->coverage(t));
        QVERIFY2(db->set_coverage(t, 120, 800), qPrintable(db->last_error()));
        QVERIFY(db->set_coverage(t, 130, 900));
        const std::optional<CoverageRow> c = db->coverage(t);
        QVERIFY(c);
        QCOMPARE(c->edges, qint64(130));
        QCOMPARE(c->features, qint64(900));
        QVERIFY(c->updated_ms > 0);
        QVERIFY(!db->set_coverage(t + u + 100, 1, 1));
    }

    void observations_data() {
        drivers_data();
    }
    void observations() {
        FRESH_DB(f);
        OPEN_DB(db, f.url);
        const qint64 b = db->upsert_binary(QStringLiteral("/b"), QString(), 0);
        const qint64 t = db->upsert_target(b, target_info("T"));
        const qint64 u = db->upsert_target(b, target_info("U"));
        const QString event = QString::fromLatin1(kObservationEvent);
        const QString target = QString::fromLatin1(kObservationTarget);
        QVERIFY(db->observations(t).empty());
        QVERIFY2(db->set_observations({}), qPrintable(db->last_error()));
        // Given out of order; labels with spaces, UTF-8, an empty one (target()'s default).
        QVERIFY2(db->set_observations({
                     obs(t, target, QStringLiteral("length"), 7, -2.5, 1000),
                     obs(t, event, QStringLiteral("short list"), 40, 0, 1000),
                     obs(t, event, QStringLiteral("caf\u00e9"), 1, 0, 1000),
                     obs(t, target, QString(), 3, 1e300, 1000),
                     obs(u, event, QStringLiteral("short list"), 5, 0, 0),
                 }),
                 qPrintable(db->last_error()));
        std::vector<ObservationRow> got = db->observations(t);
        QCOMPARE(got.size(), size_t(4));
        // Ordered by kind, then label.
        QCOMPARE(got[0].kind, event);
        QCOMPARE(got[0].label, QStringLiteral("caf\u00e9"));
        QCOMPARE(got[1].label, QStringLiteral("short list"));
        QCOMPARE(got[1].count, qint64(40));
        QCOMPARE(got[1].updated_ms, qint64(1000));
        QCOMPARE(got[2].kind, target);
        QCOMPARE(got[2].label, QString());
        QCOMPARE(got[2].best, 1e300);
        QCOMPARE(got[3].label, QStringLiteral("length"));
        QCOMPARE(got[3].count, qint64(7));
        QCOMPARE(got[3].best, -2.5);
        QCOMPARE(got[3].target_id, t);
        // Another target's rows are its own; an updated_ms of 0 is stored as now.
        got = db->observations(u);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].count, qint64(5));
        QVERIFY(got[0].updated_ms > 1000);

        // Upsert: the same (target, kind, label) replaces the row; a new label is added.
        QVERIFY2(db->set_observations({obs(t, event, QStringLiteral("short list"), 41, 0, 2000),
                                       obs(t, target, QStringLiteral("length"), 9, 3.0, 2000),
                                       obs(t, event, QStringLiteral("long"), 2, 0, 2000)}),
                 qPrintable(db->last_error()));
        got = db->observations(t);
        QCOMPARE(got.size(), size_t(5));
        QCOMPARE(got[1].label, QStringLiteral("long"));
        QCOMPARE(got[2].label, QStringLiteral("short list"));
        QCOMPARE(got[2].count, qint64(41));
        QCOMPARE(got[2].updated_ms, qint64(2000));
        QCOMPARE(got[4].count, qint64(9));
        QCOMPARE(got[4].best, 3.0);
        QCOMPARE(got[0].count, qint64(1)); // untouched

        // All or nothing: a bad kind, a NaN score or an unknown target writes none of the batch.
        QVERIFY(!db->set_observations(
            {obs(t, event, QStringLiteral("long"), 100, 0, 3000),
             obs(t, QStringLiteral("note"), QStringLiteral("x"), 1, 0, 3000)}));
        QVERIFY2(db->last_error().contains(QLatin1String("'note'")), qPrintable(db->last_error()));
        QVERIFY(!db->set_observations(
            {obs(t, target, QStringLiteral("length"), 100, std::nan(""), 3000)}));
        QVERIFY(!db->set_observations({obs(t, event, QStringLiteral("long"), 100, 0, 3000),
                                       obs(t + u + 100, event, QStringLiteral("x"), 1, 0, 3000)}));
        QVERIFY(!db->last_error().isEmpty());
        got = db->observations(t);
        QCOMPARE(got.size(), size_t(5));
        QCOMPARE(got[1].count, qint64(2));
        // The connection is still usable afterwards.
        QVERIFY2(db->set_observations({obs(t, event, QStringLiteral("long"), 3, 0, 4000)}),
                 qPrintable(db->last_error()));
        QCOMPARE(db->observations(t)[1].count, qint64(3));
        QVERIFY(db->last_error().isEmpty());
    }

    void newer_schema_is_refused_data() {
        drivers_data();
    }
    void newer_schema_is_refused() {
        FRESH_DB(f);
        {
            OPEN_DB(db, f.url);
            QVERIFY(db->upsert_binary(QStringLiteral("/kept"), QString(), 0) > 0);
        }
        auto conn = raw(driver, f);
        QString sql_error;
        QVERIFY2(conn->exec(QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                           "applied_at_ms) VALUES (7, 'from the future', 0)"),
                            &sql_error),
                 qPrintable(sql_error));
        QString error;
        QVERIFY(!Database::open(f.url, &error));
        const QString expected = QStringLiteral("schema version 7, this Arcwise knows up to %1: "
                                                "upgrade Arcwise")
                                     .arg(latest_schema_version());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(driver == kSqlite ? f.file : f.dbname), qPrintable(error));
        // Nothing was touched.
        QCOMPARE(conn->scalar(QStringLiteral("SELECT count(*) FROM binaries")).toInt(), 1);
        QCOMPARE(conn->scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 7);
    }

    void concurrent_connections_data() {
        drivers_data();
    }
    void concurrent_connections() {
        FRESH_DB(f);
        // Several threads open the same new database at once (all race to migrate it) and write.
        constexpr int kThreads = 4;
        constexpr int kRows = 40;
        std::vector<QString> errors(kThreads);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                QString error;
                std::unique_ptr<Database> db = Database::open(f.url, &error);
                if (!db) {
                    errors[size_t(i)] = error;
                    return;
                }
                const qint64 b = db->upsert_binary(QStringLiteral("/shared"), QString(), 0);
                const qint64 t = db->upsert_target(b, target_info("T"));
                for (int r = 0; r < kRows && t > 0; ++r) {
                    if (!db->add_corpus({corpus_row(t, QByteArray::number(i * 1000 + r))}))
                        break;
                }
                errors[size_t(i)] = db->last_error();
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(120000));
        for (const QString& e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e));
        // Two connections in one thread see each other's commits.
        OPEN_DB(a, f.url);
        OPEN_DB(b, f.url);
        const std::vector<TargetRow> targets = a->targets();
        QCOMPARE(targets.size(), size_t(1));
        QCOMPARE(a->corpus(targets[0].id).size(), size_t(kThreads * kRows));
        QVERIFY(b->add_corpus({corpus_row(targets[0].id, "from b")}));
        QCOMPARE(a->corpus(targets[0].id).size(), size_t(kThreads * kRows + 1));
    }

    void sqlite_wal_mode() {
        Fresh f;
        QVERIFY(fresh(kSqlite, &f).isEmpty());
        OPEN_DB(db, f.url);
        QVERIFY(QFileInfo(f.file).isFile());
        RawConnection conn(QStringLiteral("QSQLITE"), f.file);
        QCOMPARE(conn.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void corrupt_file_is_left_alone_data() {
        QTest::addColumn<QByteArray>("content");
        QRandomGenerator rng(20240601); // fixed seed: the same bytes every run
        QByteArray random(8192, Qt::Uninitialized);
        for (char& c : random)
            c = char(rng.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text") << QByteArray("not a database at all\n");
        QTest::newRow("sqlite header, then garbage")
            << QByteArray("SQLite format 3\0", 16) + random.left(4080);
    }

    void corrupt_file_is_left_alone() {
        QFETCH(QByteArray, content);
        const QString file = tmp_.filePath(QStringLiteral("corrupt-%1.sqlite")
                                               .arg(QString::fromLatin1(QTest::currentDataTag()))
                                               .replace(u' ', u'_'));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(content);
        }
        QString error;
        QVERIFY(!Database::open(file, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not an SQLite database")) ||
                     error.contains(QStringLiteral("corrupt")),
                 qPrintable(error));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), content);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
    }

    // Random bytes over b-tree pages in the middle of a real file: open() says the file is
    // damaged, naming it, in both modes, and leaves it byte for byte as it was.
    void damaged_pages_are_noticed_at_open() {
        const QString file = tmp_.filePath(QStringLiteral("damaged-at-open/arcwise.sqlite"));
        qint64 target = 0;
        const QString why = filled_database(file, 2000, 300, &target);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(arcwise::test::damage_middle_pages(file, /*seed=*/20240602));
        const QByteArray before = arcwise::test::sha1_of_file(file);
        for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::Read}) {
            QString error;
            StorageProblem problem = StorageProblem::None;
            VERIFY_REFUSED(Database::open(file, &error, mode, &problem), problem, error,
                           StorageProblem::Damaged, file, QStringLiteral("damaged"));
        }
        QCOMPARE(arcwise::test::sha1_of_file(file), before);
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    }

    // Damage that appears while the database is open: the read that meets it fails with a
    // message naming the file instead of returning the rows before it, and from then on nothing
    // is read or written.
    void damage_met_by_a_read_stops_everything() {
        const QString file = tmp_.filePath(QStringLiteral("damaged-later/arcwise.sqlite"));
        qint64 target = 0;
        // Larger than SQLite's page cache (2 MB), so the read goes to the file.
        const QString why = filled_database(file, 3000, 3000, &target);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        OPEN_DB(db, file);
        QCOMPARE(db->corpus(target).size(), size_t(3000));
        QVERIFY(arcwise::test::damage_middle_pages(file, /*seed=*/20240603, /*pages=*/64));
        const QByteArray before = arcwise::test::sha1_of_file(file);
        const std::vector<CorpusRow> rows = db->corpus(target);
        QVERIFY2(rows.empty(), qPrintable(QStringLiteral("%1 rows").arg(rows.size())));
        QCOMPARE(db->problem(), StorageProblem::Damaged);
        QVERIFY(db->damaged());
        QVERIFY2(db->last_error().contains(file), qPrintable(db->last_error()));
        QVERIFY(!db->add_corpus({corpus_row(target, "after the damage")}));
        QVERIFY(db->record_failure(failure_row(target, "sig-b", "b", "x = 2", 2000)).first < 0);
        QCOMPARE(db->problem(), StorageProblem::Damaged);
        QVERIFY(db->targets().empty());
        db.reset();
        QCOMPARE(arcwise::test::sha1_of_file(file), before);
    }

    // A database in a read-only place: ReadWrite says so (naming the file); Read opens it
    // read-only and reads everything, with or without its -wal and -shm files; writes fail with
    // a message saying it is read-only; nothing is created or changed there.
    void read_only_place_can_be_read() {
        const QString dir = tmp_.filePath(QStringLiteral("read-only"));
        const QString file = dir + QStringLiteral("/arcwise.sqlite");
        qint64 target = 0;
        const QString why = filled_database(file, 20, 100, &target);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        const QByteArray before = arcwise::test::sha1_of_file(file);
        arcwise::test::ScratchMount mount;
        ARCWISE_MAKE_READ_ONLY_OR_SKIP(mount, dir);

        QString error;
        StorageProblem problem = StorageProblem::None;
        VERIFY_REFUSED(Database::open(file, &error, OpenMode::ReadWrite, &problem), problem, error,
                       StorageProblem::ReadOnly, file, QString());

        std::unique_ptr<Database> db = Database::open(file, &error, OpenMode::Read, &problem);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->read_only());
        QCOMPARE(db->targets().size(), size_t(1));
        QCOMPARE(db->corpus(target).size(), size_t(20));
        QCOMPARE(db->failures().size(), size_t(1));
        VERIFY_REFUSED(db->add_corpus({corpus_row(target, "cannot be written")}), db->problem(),
                       db->last_error(), StorageProblem::ReadOnly, file,
                       QStringLiteral("read-only"));
        db.reset();
        // Nothing to read where there is no database: refused, not created.
        const QString missing = dir + QStringLiteral("/missing.sqlite");
        VERIFY_REFUSED(Database::open(missing, &error, OpenMode::Read, &problem), problem, error,
                       StorageProblem::Refused, missing, QString());
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("arcwise.sqlite")});
        QCOMPARE(arcwise::test::sha1_of_file(file), before);
    }

    // A full file system: a database cannot be created there, and a write to one that is there
    // fails saying the disk is full, with the file's name.
    void full_disk_is_named() {
        const QString dir = tmp_.filePath(QStringLiteral("full"));
        arcwise::test::ScratchMount mount;
        ARCWISE_MOUNT_TMPFS_OR_SKIP(mount, dir, QStringLiteral("512k"));
        const QString file = dir + QStringLiteral("/arcwise.sqlite");
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        const qint64 binary = db->upsert_binary(QStringLiteral("/p/x_test"), QString(), 1);
        const qint64 target = db->upsert_target(binary, target_info("Suite.Full"));
        QVERIFY(target > 0);
        QVERIFY(arcwise::test::fill_file_system(dir + QStringLiteral("/filler")) > 0);
        VERIFY_REFUSED(db->add_corpus({corpus_row(target, QByteArray(20000, 'x'))}), db->problem(),
                       db->last_error(), StorageProblem::Full, file, QStringLiteral("full"));
        db.reset();

        const QString fresh_file = dir + QStringLiteral("/fresh.sqlite");
        StorageProblem problem = StorageProblem::None;
        VERIFY_REFUSED(Database::open(fresh_file, &error, OpenMode::ReadWrite, &problem), problem,
                       error, StorageProblem::Full, fresh_file, QStringLiteral("full"));
    }

    // A PostgreSQL database that refuses writes (here: read-only transactions by default) is a
    // read-only place too, told apart from the caller's mistakes by its SQLSTATE.
    void postgres_read_only_is_named() {
        if (!pg_skip_.isEmpty())
            QSKIP(qPrintable(pg_skip_));
        Fresh f;
        {
            const QString why = fresh(kPostgres, &f);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        {
            OPEN_DB(db, f.url); // created and migrated while it can be written
        }
        {
            std::unique_ptr<RawConnection> conn = raw(kPostgres, f);
            QString error;
            QVERIFY2(conn->exec(QStringLiteral("ALTER DATABASE \"%1\" SET "
                                               "default_transaction_read_only = on")
                                    .arg(f.dbname),
                                &error),
                     qPrintable(error));
        }
        QString error;
        StorageProblem problem = StorageProblem::None;
        VERIFY_REFUSED(Database::open(f.url, &error, OpenMode::ReadWrite, &problem), problem, error,
                       StorageProblem::ReadOnly, f.dbname, QStringLiteral("read-only"));
    }

    // What the database could not store is kept beside it, whole, and read back as it was; a
    // file that is not a kept failure is named and left alone.
    void spilled_failures_read_back() {
        const Spill spill(tmp_.filePath(QStringLiteral("spill-test/.arcwise/spill")));
        FailureRow f = failure_row(0, "sig-spill", QByteArray("\x00\x01min", 5), "x = 3", 1234);
        f.target = QStringLiteral("Suite.Spilled");
        f.binary = QStringLiteral("/p/x_test");
        f.count = 2;
        f.status = QString::fromLatin1(kFailureFlaky);
        QString error;
        const QString file = spill.keep(f, QStringLiteral("the disk is full"), &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        QCOMPARE(spill.keep(f, QStringLiteral("again"), &error), file); // one file per failure
        {
            QFile junk(spill.dir() + QStringLiteral("/junk.json"));
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write("{\"not\": \"ours\"}");
        }
        QStringList errors;
        const std::vector<SpilledFailure> kept = spill.load(&errors);
        QCOMPARE(kept.size(), size_t(1));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("junk.json")), qPrintable(errors.first()));
        const FailureRow& back = kept.front().failure;
        QCOMPARE(kept.front().file, file);
        for (const auto& [a, b] : {std::pair{back.target, f.target},
                                   {back.binary, f.binary},
                                   {back.signature, f.signature},
                                   {back.kind, f.kind},
                                   {back.message, f.message},
                                   {back.location, f.location},
                                   {back.example, f.example},
                                   {back.status, f.status},
                                   {back.build_id, f.build_id}})
            QCOMPARE(a, b);
        QCOMPARE(back.stack, f.stack);
        QCOMPARE(back.first_input, f.first_input);
        QCOMPARE(back.minimal_input, f.minimal_input);
        QCOMPARE(back.count, f.count);
        QCOMPARE(back.first_seen_ms, f.first_seen_ms);
        QVERIFY(spill.forget(file));
        QVERIFY(spill.load(nullptr).empty());
        QVERIFY(QFile::exists(spill.dir() + QStringLiteral("/junk.json")));
    }

    void unreachable_server_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("where");
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QTest::newRow("tcp")
            << QStringLiteral("postgresql://arcwise:secret@127.0.0.1:%1/db").arg(port)
            << QStringLiteral("127.0.0.1:%1").arg(port);
        const QString dir = tmp_.filePath(QStringLiteral("no-server-here"));
        QTest::newRow("socket") << QStringLiteral("postgresql://arcwise@/db?host=%1").arg(dir)
                                << QStringLiteral("socket directory %1 (port 5432)").arg(dir);
    }

    void unreachable_server() {
        QFETCH(QString, url);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!Database::open(url, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect to the PostgreSQL database \"db\"")),
                 qPrintable(error));
        QVERIFY2(error.contains(where), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    }

    // A writer killed with SIGKILL in the middle of its work loses no batch it reported committed,
    // leaves no partial batch, and leaves a database that passes the integrity check.
    void killed_writer_loses_no_commit() {
        Fresh f;
        QVERIFY(fresh(kSqlite, &f).isEmpty());
        constexpr int kRowsPerBatch = 50;
        constexpr int kKillAfter = 40;
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(ARCWISE_DB_WRITER), {f.url, QString::number(kRowsPerBatch)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray out;
        const auto complete_batches = [&] {
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            return lines.size() >= 2 ? lines[lines.size() - 2].toInt() : 0;
        };
        QElapsedTimer timer;
        timer.start();
        while (complete_batches() < kKillAfter && timer.elapsed() < 60000 &&
               writer.state() == QProcess::Running) {
            writer.waitForReadyRead(1000);
            out += writer.readAllStandardOutput();
        }
        QVERIFY2(writer.state() == QProcess::Running, "the writer stopped on its own");
        QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        const int reported = complete_batches();
        QVERIFY(reported >= kKillAfter);

        OPEN_DB(db, f.url);
        const std::vector<TargetRow> targets = db->targets();
        QCOMPARE(targets.size(), size_t(1));
        std::map<int, int> rows_per_batch;
        for (const CorpusRow& row : db->corpus(targets[0].id)) {
            const QByteArray batch = row.input.mid(1, row.input.indexOf('/') - 1);
            ++rows_per_batch[batch.toInt()];
        }
        for (int b = 1; b <= reported; ++b)
            QVERIFY2(rows_per_batch[b] == kRowsPerBatch,
                     qPrintable(QStringLiteral("batch %1 of %2 reported committed has %3 rows")
                                    .arg(b)
                                    .arg(reported)
                                    .arg(rows_per_batch[b])));
        for (const auto& [batch, count] : rows_per_batch)
            QVERIFY2(
                count == kRowsPerBatch,
                qPrintable(QStringLiteral("batch %1 is partial: %2 rows").arg(batch).arg(count)));
        RawConnection conn(QStringLiteral("QSQLITE"), f.file);
        QCOMPARE(conn.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
