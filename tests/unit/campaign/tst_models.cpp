// The campaign's item models, GUI-less: consistent under QAbstractItemModelTester through inserts,
// updates and removals; updates in place keyed by id (a refresh keeps rows and emits no resets);
// raw values for sorting; the failure status editable only to a valid status, as a request.

#include "campaign/models.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <limits>

using namespace arcwise::campaign;

namespace {

TargetProgress target(qint64 id, const QString& name, qint64 executions, double eta = 2.5) {
    TargetProgress p;
    p.row.id = id;
    p.row.name = name;
    p.row.binary = QStringLiteral("/build/") + name.section(QLatin1Char('.'), 0, 0);
    p.row.executions = executions;
    p.row.features = executions / 10;
    p.seconds_to_next = eta;
    return p;
}

FailureRow failure(qint64 id, const QString& target,
                   const QString& status = QStringLiteral("new")) {
    FailureRow f;
    f.id = id;
    f.target = target;
    f.kind = QStringLiteral("crash");
    f.status = status;
    f.message = QStringLiteral("deadly signal SIGSEGV\nsecond line");
    f.count = id * 3;
    f.first_seen_ms = 1700000000000 + id;
    return f;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void targetsUpdateInPlace() {
        TargetsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set_rows(
            {target(1, QStringLiteral("A.x"), 100), target(2, QStringLiteral("B.y"), 50)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A refresh: 1 changes, 2 goes away, 3 is new.
        model.set_rows(
            {target(3, QStringLiteral("C.z"), 7), target(1, QStringLiteral("A.x"), 200)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, TargetsModel::Name)).toString(), QStringLiteral("A.x"));
        QCOMPARE(model.data(model.index(0, TargetsModel::Executions), SortRole).toLongLong(), 200);
        QCOMPARE(model.data(model.index(1, TargetsModel::Name)).toString(), QStringLiteral("C.z"));
        QCOMPARE(model.data(model.index(1, 0), IdRole).toLongLong(), 3);
        QCOMPARE(model.data(model.index(1, TargetsModel::Binary)).toString(), QStringLiteral("C"));
        model.set_rows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void targetsSortByRawValues() {
        TargetsModel model;
        model.set_rows(
            {target(1, QStringLiteral("A.x"), 9), target(2, QStringLiteral("B.y"), 10000),
             target(3, QStringLiteral("C.z"), 100, std::numeric_limits<double>::infinity())});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(TargetsModel::Executions, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TargetsModel::Name).data().toString(), QStringLiteral("B.y"));
        QCOMPARE(proxy.index(2, TargetsModel::Name).data().toString(), QStringLiteral("A.x"));
        // "Never" sorts after any finite time.
        proxy.sort(TargetsModel::NextFeature, Qt::AscendingOrder);
        QCOMPARE(proxy.index(2, TargetsModel::Name).data().toString(), QStringLiteral("C.z"));
        QCOMPARE(model.data(model.index(2, TargetsModel::NextFeature)).toString(),
                 QStringLiteral("–"));
        QVERIFY(!model.headerData(TargetsModel::FeaturesPerMinute, Qt::Horizontal)
                     .toString()
                     .isEmpty());
    }

    void failuresStatusEdits() {
        FailuresModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set_rows({failure(1, QStringLiteral("A.x")),
                        failure(2, QStringLiteral("B.y"), QStringLiteral("fixed"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, FailuresModel::Message)).toString(),
                 QStringLiteral("deadly signal SIGSEGV")); // first line only
        QVERIFY(model.flags(model.index(0, FailuresModel::Status)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, FailuresModel::Kind)) & Qt::ItemIsEditable));
        QSignalSpy requested(&model, &FailuresModel::statusChangeRequested);
        QVERIFY(!model.setData(model.index(0, FailuresModel::Status), QStringLiteral("gone")));
        QVERIFY(!model.setData(model.index(0, FailuresModel::Kind), QStringLiteral("confirmed")));
        QVERIFY(model.setData(model.index(0, FailuresModel::Status), QStringLiteral("confirmed")));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), 1);
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("confirmed"));
        // The model changes when the owner stores it and refreshes.
        QCOMPARE(model.data(model.index(0, FailuresModel::Status)).toString(),
                 QStringLiteral("new"));
        model.set_rows({failure(1, QStringLiteral("A.x"), QStringLiteral("confirmed")),
                        failure(2, QStringLiteral("B.y"), QStringLiteral("fixed"))});
        QCOMPARE(model.data(model.index(0, FailuresModel::Status)).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(model.data(model.index(1, FailuresModel::Count), SortRole).toLongLong(), 6);
    }

    void manyTargets() {
        TargetsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<TargetProgress> rows;
        for (int i = 1; i <= 200; ++i)
            rows.push_back(target(i, QStringLiteral("S.t%1").arg(i), i));
        model.set_rows(rows);
        for (auto& r : rows)
            r.row.executions *= 2;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.set_rows(rows);
        QCOMPARE(changed.count(), 1); // one signal for the whole refresh
        QCOMPARE(model.data(model.index(199, TargetsModel::Executions), SortRole).toLongLong(),
                 400);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
