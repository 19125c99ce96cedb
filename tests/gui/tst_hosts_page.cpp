// The Hosts and workers view: every host with its state (running, stopped, stale), speed only for
// a host that runs, and one timeline row per worker slot of a host.

#include "campaign/hosts.h"
#include "pages/hosts_page.h"

#include <QTableWidget>
#include <QtTest>

using namespace arcwise;
using campaign::HostRow;
using campaign::SliceRow;

class TestHostsPage : public QObject {
    Q_OBJECT

private slots:
    void hosts_and_slots() {
        const qint64 now = 1'800'000'000'000;
        campaign::Snapshot snap;
        snap.at_ms = now;
        snap.hosts = {
            HostRow{1, QStringLiteral("alpha"), 2, QStringLiteral("0.1.0"), now - 300000,
                    now - 2000, 5'000'000, false},
            HostRow{2, QStringLiteral("beta"), 1, QStringLiteral("0.1.0"), now - 300000,
                    now - 200000, 1'000'000, true},
            HostRow{3, QStringLiteral("gamma"), 1, QStringLiteral("0.1.0"), now - 300000,
                    now - campaign::HostLink::kLeaseMs - 5000, 700'000, false},
        };
        snap.slices = {
            SliceRow{1, 0, 10, now - 50000, now - 40000, 600'000},
            SliceRow{1, 1, 11, now - 50000, now - 40000, 600'000},
            SliceRow{1, 0, 11, now - 40000, now - 30000, 600'000},
            SliceRow{3, 0, 10, now - 90000, now - 80000, 100'000},
        };
        campaign::TargetProgress t10, t11;
        t10.row.id = 10;
        t10.row.name = QStringLiteral("Parser.RoundTrip");
        t11.row.id = 11;
        t11.row.name = QStringLiteral("fuzz_decode");
        snap.targets = {t10, t11};

        ui::HostsPage page;
        page.resize(1024, 600);
        page.show();
        page.apply(snap);
        QTableWidget* table = page.table();
        QCOMPARE(table->rowCount(), 3);
        const auto cell = [&](int row, int column) { return table->item(row, column)->text(); };
        QCOMPARE(cell(0, 1), QStringLiteral("running"));
        QCOMPARE(cell(1, 1), QStringLiteral("stopped"));
        QCOMPARE(cell(2, 1), QStringLiteral("stale"));
        // Speed: the last minute's slices of a running host; none for the others.
        QCOMPARE(cell(0, 4), QLocale().toString(qint64(1'800'000 / 60)));
        QCOMPARE(cell(1, 4), QStringLiteral("—"));
        QCOMPARE(cell(2, 4), QStringLiteral("—"));
        QVERIFY(!table->item(2, 1)->toolTip().isEmpty()); // says what stale means
        // alpha's two worker slots and gamma's one.
        QCOMPARE(page.timeline()->row_count(), 3);
        QVERIFY(page.width() <= 1024);

        // No host yet: the page says where hosts come from.
        campaign::Snapshot empty;
        empty.at_ms = now;
        page.apply(empty);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(page.timeline()->row_count(), 0);
    }
};

QTEST_MAIN(TestHostsPage)
#include "tst_hosts_page.moc"
