// The layout of a real function's control-flow graph (tests/targets/ladder) by Graphviz's dot:
// every block placed inside the bounds, every arc a bezier, the entry on top; a function of one
// block; the hit scale; and the HTML coverage report: its parts, and no external references.

#include "campaign/cfg_layout.h"
#include "campaign/cfg_model.h"
#include "campaign/cfg_report.h"
#include "common/cfg_coverage.h"
#include "engine/features.h"

#include <QRegularExpression>
#include <QtTest>

using namespace arcwise::campaign;
using arcwise::testing::cover_two_rungs;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

// --cfg output of one module (the runtime's format, docs/sdk.md) and the symbols of its blocks.
struct Synthetic {
    QByteArray json;
    std::vector<QString> symbols;
};

Synthetic synthetic(const std::vector<std::pair<QString, int>>& blocks,
                    const std::vector<std::pair<int, int>>& arcs) {
    QByteArray b, a;
    for (size_t i = 0; i < blocks.size(); ++i)
        b += (i ? "," : "") + QByteArray("[") + QByteArray::number(qulonglong(0x1000 + 16 * i)) +
             "," + (i == 0 || blocks[i].first != blocks[i - 1].first ? "1" : "0") + "]";
    for (size_t i = 0; i < arcs.size(); ++i)
        a += (i ? "," : "") + QByteArray("[") + QByteArray::number(arcs[i].first) + "," +
             QByteArray::number(arcs[i].second) + "]";
    Synthetic s;
    s.json = "{\"version\":1,\"modules\":[{\"path\":\"synthetic\",\"first_counter\":0,"
             "\"counted\":" +
             QByteArray::number(qulonglong(blocks.size())) + ",\"blocks\":[" + b + "],\"arcs\":[" +
             a + "],\"calls\":[]}]}";
    for (const auto& [function, line] : blocks)
        s.symbols.push_back(function + QStringLiteral("\t/src/synthetic.c\t") +
                            QString::number(line));
    return s;
}

} // namespace

class TestCfgLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        auto m = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error);
        QVERIFY2(m, qPrintable(error));
        model_ = std::move(*m);
        cover_two_rungs(model_);
        QVERIFY(!model_.ranked_arcs().empty());
    }

    void ladderLayout() {
        const int f = model_.find_function(QStringLiteral("LLVMFuzzerTestOneInput"));
        QVERIFY(f >= 0);
        QString error;
        const auto layout = layout_function(model_, f, &error);
        QVERIFY2(layout, qPrintable(error));
        const CfgFunction& fn = model_.functions()[size_t(f)];
        QCOMPARE(layout->function, f);
        QCOMPARE(layout->nodes.size(), fn.blocks.size());
        QCOMPARE(layout->edges.size(), fn.arcs.size());
        QVERIFY(layout->bounds.width() > 0 && layout->bounds.height() > 0);
        // Every node inside the bounds, with a size.
        const QRectF bounds = layout->bounds.adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const CfgLayoutNode& n : layout->nodes) {
            QVERIFY(n.width > 0 && n.height > 0);
            const QRectF box(n.centre.x() - n.width / 2, n.centre.y() - n.height / 2, n.width,
                             n.height);
            QVERIFY2(bounds.contains(box), qPrintable(QStringLiteral("block %1").arg(n.block)));
            QVERIFY(!n.label.isEmpty());
        }
        // One edge per arc, each a bezier (1 + 3n points) between its blocks.
        for (size_t i = 0; i < layout->edges.size(); ++i) {
            const CfgLayoutEdge& e = layout->edges[i];
            QCOMPARE(e.arc, fn.arcs[i]);
            QCOMPARE(e.from, model_.arcs()[size_t(e.arc)].from);
            QCOMPARE(e.to, model_.arcs()[size_t(e.arc)].to);
            QVERIFY2(e.points.size() >= 4, qPrintable(QString::number(e.points.size())));
            QCOMPARE((e.points.size() - 1) % 3, size_t(0));
            for (const QPointF& p : e.points)
                QVERIFY(bounds.contains(p));
            // Under-explored arcs carry their rank label.
            QCOMPARE(e.label.has_value(), model_.arcs()[size_t(e.arc)].under_explored);
        }
        // dot ranks top-down: the entry block is above every other.
        const CfgLayoutNode& entry = layout->nodes.front();
        QVERIFY(model_.blocks()[size_t(entry.block)].entry);
        for (size_t i = 1; i < layout->nodes.size(); ++i)
            QVERIFY(layout->nodes[i].centre.y() > entry.centre.y());
    }

    void oneBlock() {
        const Synthetic s = synthetic({{QStringLiteral("lonely"), 3}}, {});
        QString error;
        auto m = CfgModel::parse(s.json, s.symbols, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(int(m->functions().size()), 1);
        const auto layout = layout_function(*m, 0, &error);
        QVERIFY2(layout, qPrintable(error));
        QCOMPARE(layout->nodes.size(), size_t(1));
        QVERIFY(layout->edges.empty());
        QVERIFY(layout->bounds.contains(layout->nodes.front().centre));
        QVERIFY(render_svg(*m, 0).contains("<svg"));
        // Out of range: an error, not a crash.
        QVERIFY(!layout_function(*m, 5, &error));
        QVERIFY(!error.isEmpty());
    }

    void selfLoopAndParallelWork() {
        // A loop onto itself, and layouts from several threads at once (Graphviz is serialised).
        const Synthetic s = synthetic(
            {{QStringLiteral("loop"), 1}, {QStringLiteral("loop"), 2}, {QStringLiteral("loop"), 3}},
            {{0, 1}, {1, 1}, {1, 2}});
        QString error;
        auto m = CfgModel::parse(s.json, s.symbols, &error);
        QVERIFY2(m, qPrintable(error));
        std::vector<std::unique_ptr<QThread>> threads;
        std::atomic<int> ok{0};
        for (int t = 0; t < 4; ++t)
            threads.emplace_back(QThread::create([&] {
                for (int i = 0; i < 5; ++i) {
                    QString e;
                    const auto l = layout_function(*m, 0, &e);
                    ok += l && l->edges.size() == 3 && l->edges[1].points.size() >= 4;
                }
            }));
        for (auto& t : threads)
            t->start();
        for (auto& t : threads)
            QVERIFY(t->wait(60000));
        QCOMPARE(ok.load(), 20);
    }

    void hitScale() {
        QCOMPARE(hit_bucket(0, 100), -1);
        QCOMPARE(hit_bucket(1, 100), 0);
        QCOMPARE(hit_bucket(100, 100), kHitBuckets - 1);
        QCOMPARE(hit_bucket(1, 1), kHitBuckets - 1);
        for (int b = 0; b < kHitBuckets; ++b) {
            const qint64 from = hit_bucket_min(b, 1000);
            QCOMPARE(hit_bucket(from, 1000), b);
            if (from > 1)
                QVERIFY(hit_bucket(from - 1, 1000) < b);
        }
        QVERIFY(hit_bucket_colour(-1) != hit_bucket_colour(0));
    }

    void htmlReport() {
        TargetRow row;
        row.name = QStringLiteral("ladder");
        row.binary = kTargets + QStringLiteral("/ladder");
        row.corpus_size = 2;
        const QString html =
            QString::fromUtf8(coverage_html(model_, QStringLiteral("ladder"), &row));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
        for (const CfgFunction& f : model_.functions())
            QVERIFY2(html.contains(f.name.toHtmlEscaped()), qPrintable(f.name));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("<table class=\"arcs\">")));
        QVERIFY(html.contains(QStringLiteral("#1</td>")));
        QVERIFY(html.contains(QStringLiteral("ladder.cc:13")));
        QVERIFY(!html.contains(QStringLiteral("<?xml")));
        QVERIFY(!html.contains(QStringLiteral("<!DOCTYPE svg")));
        // Nothing fetched from elsewhere: no remote src/href, no stylesheet links.
        static const QRegularExpression remote(
            QStringLiteral("(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!remote.match(html).hasMatch(), qPrintable(remote.match(html).captured()));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QCOMPARE(html.count(QStringLiteral("<table")), html.count(QStringLiteral("</table>")));
        QCOMPARE(html.count(QStringLiteral("<svg")), html.count(QStringLiteral("</svg>")));
        QCOMPARE(html.count(QStringLiteral("<tr")), html.count(QStringLiteral("</tr>")));
    }

private:
    CfgModel model_;
};

QTEST_GUILESS_MAIN(TestCfgLayout)
#include "tst_cfg_layout.moc"
