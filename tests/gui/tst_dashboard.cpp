// The dashboard's charts, offscreen, over 200 targets x 600 seconds of stats: the aggregate line
// and selected targets, logarithmic and executions axes, bounded point counts, axis ranges that
// hold the data, series reused across selections, a placeholder for an empty history, and
// something actually drawn. ARCWISE_SCREENSHOT_DIR=<dir> saves what the tests draw as PNGs.

#include "charts/axis_scale.h"
#include "charts/dashboard_view.h"
#include "pages/theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QStackedWidget>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

using namespace arcwise::campaign;
using arcwise::ui::dark_palette;
using arcwise::ui::DashboardView;
using Axis = StatsHistory::Axis;

namespace {

constexpr qint64 kT0 = 1700000000000;
constexpr int kTargets = 200;
constexpr int kSeconds = 600;

// Deterministic noise in [0, 1) for a target and second.
double noise(qint64 id, qint64 second) {
    quint64 z = quint64(id) * 0x9E3779B97F4A7C15ull + quint64(second) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return double((z ^ (z >> 31)) >> 11) / double(1ull << 53);
}

// Campaign-like curves: coverage that flattens out, a noisy rate that differs by target, a corpus
// that follows coverage. Every fifth target is scheduled only for the first half.
void fill(StatsHistory& history) {
    std::vector<qint64> executions(kTargets + 1, 0);
    for (qint64 from = 0; from < kSeconds; from += 60) {
        std::vector<StatsRow> rows;
        for (qint64 s = from; s < from + 60; ++s) {
            for (qint64 id = 1; id <= kTargets; ++id) {
                if (id % 5 == 0 && s > kSeconds / 2)
                    continue;
                const double rate = 300.0 * double(1 + id % 17) * (0.8 + 0.4 * noise(id, s));
                executions[size_t(id)] += qint64(rate);
                StatsRow r;
                r.target_id = id;
                r.at_ms = kT0 + s * 1000 + id * 3;
                r.executions = executions[size_t(id)];
                r.features =
                    qint64(double(40 + id % 23 * 9) * std::log1p(double(s) / double(5 + id % 11)));
                r.corpus_size = 1 + r.features / 4;
                r.execs_per_second = rate;
                rows.push_back(r);
            }
        }
        history.add(rows);
    }
    std::vector<FailureRow> failures;
    for (qint64 i = 1; i <= 12; ++i) {
        FailureRow f;
        f.id = i;
        f.target_id = 1 + (i * 7) % 5;
        f.first_seen_ms = kT0 + i * i * 4000;
        failures.push_back(f);
    }
    history.set_failures(failures);
}

QList<QChart*> charts(const DashboardView& view) {
    QList<QChartView*> views = view.findChildren<QChartView*>();
    std::sort(views.begin(), views.end(),
              [](QChartView* a, QChartView* b) { return a->objectName() < b->objectName(); });
    QList<QChart*> out;
    for (QChartView* v : views)
        out.append(v->chart());
    return out;
}

QList<QLineSeries*> visible_lines(QChart* chart) {
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : chart->series())
        if (s->isVisible())
            out.append(qobject_cast<QLineSeries*>(s));
    return out;
}

QAbstractAxis* axis_of(QLineSeries* line, Qt::Orientation orientation) {
    for (QAbstractAxis* axis : line->attachedAxes())
        if (axis->orientation() == orientation)
            return axis;
    return nullptr;
}

std::pair<double, double> range_of(QAbstractAxis* axis) {
    if (auto* value = qobject_cast<QValueAxis*>(axis))
        return {value->min(), value->max()};
    auto* log = qobject_cast<QLogValueAxis*>(axis);
    return {log->min(), log->max()};
}

// Every chart draws `lines` lines, each of at most kMaxPointsPerLine points, inside its axes.
void check_charts(const DashboardView& view, int lines) {
    const QList<QChart*> all = charts(view);
    QCOMPARE(all.size(), 4);
    for (QChart* chart : all) {
        const QList<QLineSeries*> shown = visible_lines(chart);
        QCOMPARE(shown.size(), lines);
        double right = 0;
        double x_end = 0;
        for (QLineSeries* line : shown) {
            QVERIFY(line->count() >= 2);
            QVERIFY(line->count() <= DashboardView::kMaxPointsPerLine);
            QAbstractAxis* x = axis_of(line, Qt::Horizontal);
            QAbstractAxis* y = axis_of(line, Qt::Vertical);
            QVERIFY(x && y && x->isVisible() && y->isVisible());
            const auto [x_min, x_max] = range_of(x);
            const auto [y_min, y_max] = range_of(y);
            const QList<QPointF> points = line->points();
            for (const QPointF& p : points) {
                QVERIFY2(p.x() >= x_min - 1e-9 && p.x() <= x_max * (1 + 1e-9),
                         qPrintable(QStringLiteral("%1: x %2 outside [%3, %4]")
                                        .arg(chart->title())
                                        .arg(p.x())
                                        .arg(x_min)
                                        .arg(x_max)));
                QVERIFY2(p.y() >= y_min * (1 - 1e-9) && p.y() <= y_max * (1 + 1e-9),
                         qPrintable(QStringLiteral("%1: y %2 outside [%3, %4]")
                                        .arg(chart->title())
                                        .arg(p.y())
                                        .arg(y_min)
                                        .arg(y_max)));
            }
            right = std::max(right, points.last().x());
            x_end = x_max;
        }
        // The axis ends where the data does, not far beyond it.
        QVERIFY2(right >= x_end * 0.9, qPrintable(chart->title()));
    }
}

// More than one colour in the picture: the charts were drawn, not just a blank background.
void check_renders(DashboardView& view, const QString& name) {
    // Charts lay themselves out on posted layout requests, as they would before a real paint.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 8);
    const QString dir = qEnvironmentVariable("ARCWISE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

    StatsHistory history_;

private Q_SLOTS:
    void initTestCase() { fill(history_); }

    void placeholderWhenEmpty() {
        DashboardView view;
        view.resize(900, 600);
        view.show();
        auto* stack = view.findChild<QStackedWidget*>();
        auto* placeholder = view.findChild<QLabel*>(QStringLiteral("placeholder"));
        QVERIFY(stack && placeholder);
        QCOMPARE(stack->currentWidget(), placeholder);
        QVERIFY(placeholder->text().contains(QStringLiteral("start a campaign")));
        StatsHistory empty;
        view.set_history(&empty);
        view.refresh();
        QCOMPARE(stack->currentWidget(), placeholder);
        check_renders(view, QStringLiteral("empty"));
        // The first rows replace the placeholder with charts.
        StatsRow row;
        row.target_id = 1;
        row.at_ms = kT0;
        row.features = 3;
        empty.add({row});
        view.refresh();
        QVERIFY(stack->currentWidget() != placeholder);
        view.set_history(nullptr);
        QCOMPARE(stack->currentWidget(), placeholder);
    }

    void aggregate() {
        DashboardView view;
        view.resize(1100, 720);
        view.show();
        view.set_history(&history_);
        view.refresh();
        check_charts(view, 1);
        const auto* legend = view.findChild<QLabel*>(QStringLiteral("legend"));
        QVERIFY(legend->text().contains(QStringLiteral("All targets")));
        // The aggregate's coverage ends at the sum of every target's last coverage.
        const QList<QPointF> points = visible_lines(charts(view)[0]).first()->points();
        const QList<QPointF> expected =
            history_.series(StatsHistory::kAllTargets, StatsHistory::Metric::Features, Axis::Time,
                            DashboardView::kMaxPointsPerLine);
        QCOMPARE(points.size(), expected.size());
        double top = 0;
        for (const QPointF& p : expected)
            top = std::max(top, p.y());
        const double shown_in = arcwise::ui::divisor(arcwise::ui::count_unit(top)); // thousands?
        QCOMPARE(points.last().y(), expected.last().y() / shown_in);
        check_renders(view, QStringLiteral("aggregate"));
    }

    void selection_data() {
        QTest::addColumn<int>("selected");
        QTest::addColumn<int>("lines");
        QTest::newRow("three") << 3 << 3;
        QTest::newRow("eight") << 8 << 8;
        QTest::newRow("twenty") << 20 << 8;
    }
    void selection() {
        QFETCH(int, selected);
        QFETCH(int, lines);
        DashboardView view;
        view.resize(1100, 720);
        view.show();
        view.set_history(&history_);
        QList<qint64> ids;
        QStringList names;
        for (int i = 0; i < selected; ++i) {
            ids.append(1 + i * 7);
            names.append(QStringLiteral("Parser.RoundTrip%1").arg(i));
        }
        view.set_selection(ids, names);
        view.refresh();
        check_charts(view, lines);
        const QString legend = view.findChild<QLabel*>(QStringLiteral("legend"))->text();
        QVERIFY(legend.contains(names.first()));
        QVERIFY(!legend.contains(QStringLiteral("All targets")));
        QCOMPARE(legend.contains(QStringLiteral("and 12 more")), selected == 20);
        check_renders(view, QStringLiteral("selection-%1").arg(selected));
    }

    void logAxis() {
        DashboardView view;
        view.resize(1100, 720);
        view.show();
        view.set_history(&history_);
        view.set_selection({1, 5, 9},
                           {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        // Through the control, as a user would.
        view.findChild<QComboBox*>(QStringLiteral("yScale"))->setCurrentIndex(1);
        QVERIFY(view.log_scale());
        view.refresh();
        check_charts(view, 3);
        for (QChart* chart : charts(view)) {
            for (QLineSeries* line : visible_lines(chart)) {
                QVERIFY(qobject_cast<QLogValueAxis*>(axis_of(line, Qt::Vertical)));
                for (const QPointF& p : line->points())
                    QVERIFY(p.y() > 0); // zeros clamped: a log axis cannot show them
            }
        }
        check_renders(view, QStringLiteral("log"));
        // Labels read as numbers: never "1e+06", and the floor of counts with zeros reads 0.
        for (QChart* chart : charts(view))
            for (QLineSeries* line : visible_lines(chart)) {
                auto* axis = qobject_cast<QLogValueAxis*>(axis_of(line, Qt::Vertical));
                QVERIFY(!axis->labelFormat().contains(QLatin1Char('g')) || axis->max() < 1e5);
            }
        QCOMPARE(QString::fromLatin1(arcwise::ui::log_label_format({0.1, 1e7})),
                 QStringLiteral("%.0f"));
        QCOMPARE(QString::asprintf(arcwise::ui::log_label_format({0.1, 100}), 0.1),
                 QStringLiteral("0"));
        QCOMPARE(QString::asprintf(arcwise::ui::log_label_format({1, 1e6}), 1e6),
                 QStringLiteral("1000000"));
        QCOMPARE(QString::fromLatin1(arcwise::ui::log_label_format({0.001, 1})),
                 QStringLiteral("%g"));
        view.set_log_scale(false);
        check_charts(view, 3);
        QVERIFY(qobject_cast<QValueAxis*>(
            axis_of(visible_lines(charts(view)[0]).first(), Qt::Vertical)));
    }

    void executionsAxis() {
        DashboardView view;
        view.resize(1100, 720);
        view.show();
        view.set_history(&history_);
        view.findChild<QComboBox*>(QStringLiteral("xAxis"))->setCurrentIndex(1);
        QCOMPARE(view.x_axis(), Axis::Executions);
        view.refresh();
        check_charts(view, 1);
        for (QChart* chart : charts(view)) {
            QLineSeries* line = visible_lines(chart).first();
            QVERIFY(
                axis_of(line, Qt::Horizontal)->titleText().contains(QStringLiteral("Executions")));
            const QList<QPointF> points = line->points();
            QVERIFY(
                std::is_sorted(points.begin(), points.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        }
        check_renders(view, QStringLiteral("executions"));
    }

    void seriesReused() {
        DashboardView view;
        view.resize(1100, 720);
        view.show();
        view.set_history(&history_);
        QList<QList<QAbstractSeries*>> before;
        for (QChart* chart : charts(view))
            before.append(chart->series());
        view.set_selection({2, 3, 4, 5, 6}, {});
        view.set_log_scale(true);
        view.set_selection({}, {});
        view.set_x_axis(Axis::Executions);
        view.set_selection({7}, {QStringLiteral("Only")});
        check_charts(view, 1);
        QList<QList<QAbstractSeries*>> after;
        for (QChart* chart : charts(view))
            after.append(chart->series());
        QCOMPARE(after, before);
    }

    void compactAndDark() {
        DashboardView view;
        view.setPalette(dark_palette());
        view.set_compact(true);
        view.resize(640, 420);
        view.show();
        view.set_history(&history_);
        view.set_selection({3}, {QStringLiteral("Json.Parse")});
        view.refresh();
        QVERIFY(!view.findChild<QComboBox*>(QStringLiteral("xAxis"))->isVisible());
        check_charts(view, 1);
        // Chart backgrounds follow the palette, not a fixed light theme.
        for (QChart* chart : charts(view))
            QCOMPARE(chart->backgroundBrush().color(), dark_palette().color(QPalette::Base));
        check_renders(view, QStringLiteral("compact-dark"));
        view.set_compact(false);
        view.resize(1100, 720);
        view.set_selection({1, 2, 3, 4},
                           {QStringLiteral("Json.Parse"), QStringLiteral("Json.Print"),
                            QStringLiteral("Url.Split"), QStringLiteral("Zip.Inflate")});
        check_charts(view, 4);
        check_renders(view, QStringLiteral("dark"));
    }

    // A live refresh: new rows arrive and the lines grow; nothing changes without new rows.
    void liveRefresh() {
        StatsHistory history;
        DashboardView view;
        view.resize(900, 600);
        view.show();
        view.set_history(&history);
        for (qint64 s = 0; s < 30; ++s) {
            std::vector<StatsRow> rows;
            for (qint64 id = 1; id <= 20; ++id) {
                StatsRow r;
                r.target_id = id;
                r.at_ms = kT0 + s * 1000 + id;
                r.executions = (s + 1) * 100 * id;
                r.features = s + id;
                r.execs_per_second = 100.0 * double(id);
                rows.push_back(r);
            }
            history.add(rows);
            view.refresh();
        }
        QLineSeries* line = visible_lines(charts(view)[0]).first();
        QCOMPARE(line->count(), 30);
        QSignalSpy replaced(line, &QXYSeries::pointsReplaced);
        view.refresh();
        QCOMPARE(replaced.count(), 0);
        check_charts(view, 1);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
