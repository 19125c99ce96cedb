// Several hosts on one campaign (core/campaign/hosts.h): the lease rules on the real databases,
// binaries matched by build id, and arcwise-cli processes with their own copies of a project
// sharing one PostgreSQL campaign: corpus entries travelling between them, the report's hosts,
// and a host killed with SIGKILL whose target the other takes over.

#include "campaign/database.h"
#include "campaign/hosts.h"
#include "campaign/session.h"
#include "common/postgres_server.h"
#include "common/processes.h"
#include "common/run_process.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace arcwise::campaign;
using arcwise::test::kPgBin;
using arcwise::test::PostgresServer;

namespace {

const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");
const QString kRungs = QStringLiteral(ARCWISE_TARGETS_DIR "/many_rungs");

qint64 now_ms() {
    return QDateTime::currentMSecsSinceEpoch();
}

// A copy of the project (one fuzz binary) in a directory of its own, as another host has it.
QString copy_project(const QTemporaryDir& root, const QString& name) {
    const QString dir = root.filePath(name + QStringLiteral("/build"));
    QDir().mkpath(dir);
    const QString binary = dir + QStringLiteral("/many_rungs");
    QFile::copy(kRungs, binary);
    QFile::setPermissions(binary, QFile::permissions(kRungs));
    return root.filePath(name);
}

QJsonObject last_json_line(const QByteArray& out) {
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject{} : QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestHosts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        if (!QFile::exists(kPgBin + QStringLiteral("/initdb"))) {
            pg_skip_ = QStringLiteral("PostgreSQL 15 is not installed (Debian: postgresql)");
            return;
        }
        QString error;
        QVERIFY2(pg_.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { pg_.stop(); }

    void leases_data() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    // A slot is held by one live host; it expires when not renewed, is renewed by a heartbeat and
    // released when the host stops.
    void leases() {
        QFETCH(bool, postgres);
        auto db = open(postgres);
        QVERIFY(db);
        const qint64 binary = db->upsert_binary(QStringLiteral("/a/fuzz"), QStringLiteral("b1"), 1);
        const qint64 target = db->upsert_target(binary, TargetInfo{QStringLiteral("T"), {}, {}, 0});
        QVERIFY(target > 0);
        const qint64 t0 = now_ms();
        const qint64 a = db->add_host(HostRow{0, QStringLiteral("a"), 1, {}, t0, t0, 0, false});
        const qint64 b = db->add_host(HostRow{0, QStringLiteral("b"), 1, {}, t0, t0, 0, false});
        QVERIFY(a > 0 && b > 0);

        QCOMPARE(db->take_lease(target, 0, a, t0, t0 + 30000), std::optional<bool>(true));
        QCOMPARE(db->take_lease(target, 0, b, t0, t0 + 30000), std::optional<bool>(false));
        QCOMPARE(db->take_lease(target, 0, a, t0, t0 + 30000), std::optional<bool>(true));
        QCOMPARE(db->take_lease(target, 1, b, t0, t0 + 30000), std::optional<bool>(true));
        QCOMPARE(db->leases(t0).size(), size_t(2));

        // a's heartbeat renews its lease; b's lapses.
        QVERIFY(db->beat_host(a, t0 + 20000, 100, t0 + 50000));
        const std::vector<LeaseRow> live = db->leases(t0 + 40000);
        QCOMPARE(live.size(), size_t(1));
        QCOMPARE(live.front().host_id, a);
        // An expired lease is anybody's.
        QCOMPARE(db->take_lease(target, 1, a, t0 + 40000, t0 + 70000), std::optional<bool>(true));
        QCOMPARE(db->take_lease(target, 0, b, t0 + 60000, t0 + 90000), std::optional<bool>(true));

        QVERIFY(db->stop_host(a));
        for (const LeaseRow& l : db->leases(t0))
            QVERIFY(l.host_id != a);
        const std::vector<HostRow> hosts = db->hosts();
        QCOMPARE(hosts.size(), size_t(2));
        QVERIFY(hosts[0].stopped);
        QCOMPARE(hosts[0].executions, qint64(100));
        QVERIFY(!HostLink::stale(hosts[0], t0 + 100000)); // stopped, not lost
        QVERIFY(HostLink::stale(hosts[1], t0 + HostLink::kLeaseMs + 1));
        QVERIFY(!db->beat_host(12345, t0, 0, t0)); // a host that is not there
        QVERIFY(db->last_error().contains(QStringLiteral("12345")));
    }

    // Two HostLinks on one database: the second takes the next slot of a target, sees the first's
    // worker, and reads only what the first stored.
    void host_links() {
        if (!pg_skip_.isEmpty())
            QSKIP(qPrintable(pg_skip_));
        auto db1 = open(/*postgres=*/true);
        QVERIFY(db1);
        auto db2 = Database::open(db1->url(), nullptr);
        QVERIFY(db2);
        const qint64 binary =
            db1->upsert_binary(QStringLiteral("/a/fuzz"), QStringLiteral("b1"), 1);
        const qint64 target =
            db1->upsert_target(binary, TargetInfo{QStringLiteral("T"), {}, {}, 0});
        HostLink one(*db1), two(*db2);
        QVERIFY(one.join(QStringLiteral("box"), 2, QStringLiteral("1"), now_ms()));
        QVERIFY(two.join(QStringLiteral("box"), 2, QStringLiteral("1"), now_ms()));
        QCOMPARE(one.name(), QStringLiteral("box"));
        QVERIFY2(two.name().startsWith(QStringLiteral("box (pid ")), qPrintable(two.name()));
        bool error = false;
        QCOMPARE(one.take(target, now_ms(), &error), std::optional<int>(0));
        QVERIFY(two.beat(now_ms(), 0));
        QCOMPARE(two.remote_workers().at(target), 1);
        QCOMPARE(two.take(target, now_ms(), &error), std::optional<int>(1));
        QVERIFY(!error);

        CorpusRow mine;
        mine.target_id = target;
        mine.input = QByteArray("from one");
        mine.host_id = one.id();
        QVERIFY(db1->add_corpus({mine}));
        CorpusRow theirs = mine;
        theirs.input = QByteArray("from two");
        theirs.host_id = two.id();
        QVERIFY(db2->add_corpus({theirs}));
        const std::vector<CorpusRow> got = two.new_corpus(100, &error);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got.front().input, QByteArray("from one"));
        QVERIFY(two.new_corpus(100, &error).empty()); // read once
        QVERIFY(one.leave());
        QVERIFY(two.beat(now_ms(), 0));
        QVERIFY(two.remote_workers().empty());
    }

    // A paused host beats without renewing its leases: it stays alive, its slots run out.
    void paused_host_lets_leases_expire() {
        auto db = open(/*postgres=*/false);
        QVERIFY(db);
        const qint64 binary = db->upsert_binary(QStringLiteral("/a/fuzz"), QStringLiteral("b1"), 1);
        const qint64 target = db->upsert_target(binary, TargetInfo{QStringLiteral("T"), {}, {}, 0});
        HostLink one(*db), two(*db);
        const qint64 t0 = now_ms();
        QVERIFY(one.join(QStringLiteral("one"), 1, QStringLiteral("1"), t0));
        QVERIFY(two.join(QStringLiteral("two"), 1, QStringLiteral("1"), t0));
        bool error = false;
        QCOMPARE(one.take(target, t0, &error), std::optional<int>(0));
        const qint64 later = t0 + HostLink::kLeaseMs - 1000;
        QVERIFY(one.beat(later, 0, /*renew_leases=*/false));
        const qint64 expired = t0 + HostLink::kLeaseMs + 1000;
        QVERIFY(db->leases(expired).empty()); // not renewed by the paused beat
        for (const HostRow& h : db->hosts())
            if (h.id == one.id())
                QVERIFY(!HostLink::stale(h, expired)); // but alive
        QVERIFY(two.beat(expired, 0));
        QCOMPARE(two.take(target, expired, &error), std::optional<int>(0));
        // Resumed, a beat renews only what is still its own.
        QVERIFY(one.beat(expired + 1000, 0));
        const std::vector<LeaseRow> leases = db->leases(expired + 1000);
        QCOMPARE(leases.size(), size_t(1));
        QCOMPARE(leases.front().host_id, two.id());
    }

    // Every host has its own copy of the project: one build is one binary, whatever its path.
    void binaries_by_build_id() {
        auto db = open(/*postgres=*/false);
        QVERIFY(db);
        const qint64 a =
            db->upsert_binary(QStringLiteral("/host-a/build/fuzz"), QStringLiteral("f00d"), 1);
        QCOMPARE(
            db->upsert_binary(QStringLiteral("/host-b/src/build/fuzz"), QStringLiteral("f00d"), 2),
            a);
        // Another name is another binary, even with the same build (a copy under a new name).
        QVERIFY(db->upsert_binary(QStringLiteral("/host-a/build/fuzz2"), QStringLiteral("f00d"),
                                  1) != a);
        // A rebuild at the first path keeps its row.
        QCOMPARE(db->upsert_binary(QStringLiteral("/host-a/build/fuzz"), QStringLiteral("beef"), 3),
                 a);
    }

    // Two arcwise-cli processes, each with its own copy of the project, fuzz one PostgreSQL
    // campaign: each hands the other's corpus entries to its workers, the report lists both hosts
    // and one target that both fuzzed.
    void two_hosts_share_a_campaign() {
        if (!pg_skip_.isEmpty())
            QSKIP(qPrintable(pg_skip_));
        QString error;
        const QString dbname = pg_.create_database(&error);
        QVERIFY2(!dbname.isEmpty(), qPrintable(error));
        const QString url = pg_.socket_url(dbname);
        const QString alpha = copy_project(tmp_, QStringLiteral("alpha"));
        const QString beta = copy_project(tmp_, QStringLiteral("beta"));
        QProcess a, b;
        const auto fuzz = [&](QProcess& p, const QString& project, const char* name,
                              const char* seed) {
            p.start(kCli, {QStringLiteral("fuzz"), project, QStringLiteral("--db"), url,
                           QStringLiteral("--cores"), QStringLiteral("1"), QStringLiteral("--time"),
                           QStringLiteral("14"), QStringLiteral("--slice"), QStringLiteral("4"),
                           QStringLiteral("--seed"), QString::fromLatin1(seed),
                           QStringLiteral("--host-name"), QString::fromLatin1(name),
                           QStringLiteral("--json")});
        };
        fuzz(a, alpha, "alpha", "1");
        fuzz(b, beta, "beta", "2");
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        const QByteArray a_out = a.readAllStandardOutput(), b_out = b.readAllStandardOutput();
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().right(3000).constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().right(3000).constData());
        const QJsonObject a_host = last_json_line(a_out)[QStringLiteral("host")].toObject();
        const QJsonObject b_host = last_json_line(b_out)[QStringLiteral("host")].toObject();
        QCOMPARE(a_host[QStringLiteral("name")].toString(), QStringLiteral("alpha"));
        QCOMPARE(b_host[QStringLiteral("name")].toString(), QStringLiteral("beta"));
        // Entries travelled between them. Which way depends on which host got ahead on the
        // ladder (a host behind finds nothing new to store while the other's entries keep
        // reaching it), so the test asks for at least one way.
        QVERIFY2(a_host[QStringLiteral("entries_received")].toInt() +
                         b_host[QStringLiteral("entries_received")].toInt() >
                     0,
                 QByteArray(a_out.right(1500) + b_out.right(1500)).constData());

        const auto report = arcwise::test::run_process(
            kCli, {QStringLiteral("report"), alpha, QStringLiteral("--db"), url,
                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(report.exit_code, 0);
        const QJsonObject root = QJsonDocument::fromJson(report.out).object();
        const QJsonArray hosts = root[QStringLiteral("hosts")].toArray();
        QCOMPARE(hosts.size(), 2);
        QStringList names;
        for (const auto& h : hosts) {
            names << h[QStringLiteral("name")].toString();
            QCOMPARE(h[QStringLiteral("state")].toString(), QStringLiteral("stopped"));
            QVERIFY(h[QStringLiteral("executions")].toDouble() > 0);
            QCOMPARE(h[QStringLiteral("cores")].toInt(), 1);
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        const QJsonArray targets = root[QStringLiteral("targets")].toArray();
        QCOMPARE(targets.size(), 1); // one build, two paths: one target
        QCOMPARE(targets[0][QStringLiteral("hosts")].toInt(), 2);
        QVERIFY(targets[0][QStringLiteral("workers")].toInt() >= 2);
    }

    // With one worker allowed per target, the second host waits; when the first is killed
    // (SIGKILL: no goodbye), its lease expires and the second takes the target over. Nothing
    // stored is lost, no worker of the dead host is left, and the report shows it stale.
    void lost_host_is_taken_over() {
        if (!pg_skip_.isEmpty())
            QSKIP(qPrintable(pg_skip_));
        QString error;
        const QString dbname = pg_.create_database(&error);
        QVERIFY2(!dbname.isEmpty(), qPrintable(error));
        const QString url = pg_.socket_url(dbname);
        const QString alpha = copy_project(tmp_, QStringLiteral("lost-alpha"));
        const QString beta = copy_project(tmp_, QStringLiteral("lost-beta"));
        const auto args = [&](const QString& project, const char* name) {
            return QStringList{QStringLiteral("fuzz"),
                               project,
                               QStringLiteral("--db"),
                               url,
                               QStringLiteral("--cores"),
                               QStringLiteral("1"),
                               QStringLiteral("--workers-per-target"),
                               QStringLiteral("1"),
                               QStringLiteral("--time"),
                               QStringLiteral("120"),
                               QStringLiteral("--host-name"),
                               QString::fromLatin1(name)};
        };
        auto db = Database::open(url, &error);
        QVERIFY2(db, qPrintable(error));
        const auto lease_of = [&](const QString& host) {
            std::map<qint64, QString> names;
            for (const HostRow& h : db->hosts())
                names[h.id] = h.name;
            for (const LeaseRow& l : db->leases(now_ms()))
                if (names[l.host_id] == host)
                    return true;
            return false;
        };
        QProcess a, b;
        a.start(kCli, args(alpha, "alpha"));
        QTRY_VERIFY_WITH_TIMEOUT(lease_of(QStringLiteral("alpha")), 30000);
        b.start(kCli, args(beta, "beta"));
        QTRY_VERIFY_WITH_TIMEOUT(db->hosts().size() == 2, 30000);
        QTest::qWait(3000);
        QVERIFY(!lease_of(QStringLiteral("beta"))); // alpha holds the only worker slot
        const qint64 stored_before = qint64(db->corpus(db->targets().front().id).size());

        a.kill(); // SIGKILL
        QVERIFY(a.waitForFinished(10000));
        // Its worker dies with it (the intermediate's parent-death signal).
        QTRY_VERIFY_WITH_TIMEOUT(
            arcwise::test::processes_of(alpha + QStringLiteral("/build/many_rungs")).isEmpty(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(lease_of(QStringLiteral("beta")),
                                 int(HostLink::kLeaseMs + 2 * HostLink::kBeatMs + 10000));
        QVERIFY(qint64(db->corpus(db->targets().front().id).size()) >= stored_before);

        b.terminate(); // a clean stop
        QVERIFY(b.waitForFinished(60000));
        QCOMPARE(b.exitCode(), 0);
        const auto report = arcwise::test::run_process(
            kCli, {QStringLiteral("report"), beta, QStringLiteral("--db"), url,
                   QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray hosts =
            QJsonDocument::fromJson(report.out).object()[QStringLiteral("hosts")].toArray();
        QCOMPARE(hosts.size(), 2);
        for (const auto& h : hosts)
            QCOMPARE(h[QStringLiteral("state")].toString(),
                     h[QStringLiteral("name")].toString() == QStringLiteral("alpha")
                         ? QStringLiteral("stale")
                         : QStringLiteral("stopped"));
    }

    void slice_window_data() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    // The Hosts view's timeline, read after a watermark per host (session.h), holds what a read
    // of the whole window holds: with a host whose clock is a minute behind the others, slices
    // stored twice, a host that stops, a host that goes stale, and slices leaving the window.
    void slice_window() {
        QFETCH(bool, postgres);
        if (postgres && !pg_skip_.isEmpty())
            QSKIP(qPrintable(pg_skip_));
        auto db = open(postgres);
        QVERIFY(db);
        const qint64 binary = db->upsert_binary(QStringLiteral("/a/fuzz"), QStringLiteral("b1"), 1);
        const qint64 target = db->upsert_target(binary, TargetInfo{QStringLiteral("T"), {}, {}, 0});
        const qint64 t0 = now_ms();
        // b's clock is a minute behind a's (and ours).
        const qint64 a =
            db->add_host(HostRow{0, QStringLiteral("a"), 1, {}, t0 - 300000, t0, 0, false});
        const qint64 b =
            db->add_host(HostRow{0, QStringLiteral("b"), 1, {}, t0 - 360000, t0 - 60000, 0, false});
        QVERIFY(a > 0 && b > 0);
        const auto slice = [&](qint64 host, int slot, qint64 start, qint64 end) {
            return SliceRow{host, slot, target, start, end, end - start};
        };
        const auto check = [&](SliceWindow& w, qint64 now) -> QString {
            if (!w.update(*db, db->hosts(), now))
                return QStringLiteral("update failed: ") + db->last_error();
            const std::vector<SliceRow> want = db->slices(-1, now - kTimelineMs);
            const std::vector<SliceRow>& got = w.slices();
            auto text = [](const std::vector<SliceRow>& rows) {
                QStringList out;
                for (const SliceRow& r : rows)
                    out << QStringLiteral("%1/%2:%3-%4")
                               .arg(r.host_id)
                               .arg(r.slot)
                               .arg(r.start_ms)
                               .arg(r.end_ms);
                return out.join(QLatin1Char(' '));
            };
            return text(got) == text(want)
                       ? QString()
                       : QStringLiteral("window %1\nwanted %2").arg(text(got), text(want));
        };

        QVERIFY(db->add_slices({slice(a, 0, t0 - 700000, t0 - 690000),
                                slice(a, 0, t0 - 100000, t0 - 90000),
                                slice(b, 0, t0 - 160000, t0 - 150000)}));
        SliceWindow w;
        QString diff = check(w, t0);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.last_read_from(), t0 - 360000); // the first read: since the first host started
        QCOMPARE(w.slices().size(), size_t(2));

        // a stores a slice that just ended; b, a minute behind, then stores one that ended
        // (by the clocks) before a's. Both are read, and only the last minute or so is read.
        QVERIFY(db->beat_host(a, t0 + 1000, 0, 0));
        QVERIFY(db->beat_host(b, t0 - 59000, 0, 0));
        QVERIFY(db->add_slices({slice(a, 1, t0 - 5000, t0 + 1000)}));
        QVERIFY(db->add_slices({slice(b, 1, t0 - 70000, t0 - 59000)}));
        diff = check(w, t0 + 2000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.slices().size(), size_t(4));
        QVERIFY2(w.last_read_from() > t0 - 2 * 60000,
                 qPrintable(QString::number(t0 - w.last_read_from())));

        // The same slice twice, stored apart: both are there.
        QVERIFY(db->add_slices({slice(a, 2, t0 + 1500, t0 + 1500)}));
        diff = check(w, t0 + 2500);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(db->add_slices({slice(a, 2, t0 + 1500, t0 + 1500)}));
        diff = check(w, t0 + 3000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.slices().size(), size_t(6));

        // b stores its last slice and stops: read once more, then no more.
        QVERIFY(db->add_slices({slice(b, 0, t0 - 58000, t0 - 57000)}));
        QVERIFY(db->stop_host(b));
        diff = check(w, t0 + 3500);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.slices().size(), size_t(7));
        QVERIFY(db->beat_host(a, t0 + 4000, 0, 0));
        diff = check(w, t0 + 4500);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(w.last_read_from() >= t0 - 10000,
                 qPrintable(QString::number(t0 - w.last_read_from())));

        // Minutes later: a fell silent (nothing is read), and what ended before the window
        // left it.
        const qint64 later = t0 + kTimelineMs - 30000;
        diff = check(w, later);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.last_read_from(), qint64(0));
        QCOMPARE(w.slices().size(), size_t(3)); // a's of t0 + 1 s and t0 + 1.5 s
        // a beats again, with what it fuzzed meanwhile.
        QVERIFY(db->add_slices({slice(a, 0, later - 20000, later - 1000)}));
        QVERIFY(db->beat_host(a, later, 0, 0));
        diff = check(w, later + 500);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.slices().size(), size_t(4));

        // Another database (or the same one opened again): read whole.
        w.clear();
        diff = check(w, later + 1000);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(w.last_read_from(), later + 1000 - kTimelineMs);
    }

private:
    std::unique_ptr<Database> open(bool postgres) {
        QString error;
        QString url;
        if (postgres) {
            if (!pg_skip_.isEmpty())
                return nullptr;
            const QString name = pg_.create_database(&error);
            if (name.isEmpty())
                return nullptr;
            url = pg_.socket_url(name);
        } else {
            static int n = 0;
            url = tmp_.filePath(QStringLiteral("db%1.sqlite").arg(++n));
        }
        auto db = Database::open(url, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

    QTemporaryDir tmp_{QStringLiteral("/tmp/arcwise-hosts-XXXXXX")};
    PostgresServer pg_;
    QString pg_skip_;
};

QTEST_GUILESS_MAIN(TestHosts)
#include "tst_hosts.moc"
