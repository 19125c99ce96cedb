// The control-flow graph page, offscreen, over the real ladder binary (tests/targets/ladder) with
// a hand-made coverage: the function list and its search, one scene item per block and arc, the
// under-explored arcs best rank first, a click on a block (its source line, the smallest input
// asked for), exports to SVG, PNG and HTML, and a rendering that is not blank in light and dark.
// ARCWISE_CFG_SHOTS=DIR saves pictures of the page for a person to look at.

#include "campaign/cfg_model.h"
#include "cfg/cfg_graph_view.h"
#include "cfg/cfg_page.h"
#include "cfg/cfg_scene.h"
#include "common/cfg_coverage.h"
#include "engine/features.h"
#include "pages/theme.h"
#include "widgets/source_view.h"

#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <set>

using namespace arcwise::campaign;
using arcwise::testing::cover_two_rungs;
using namespace arcwise::ui;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

// More than one colour over a good part of the picture: something was drawn.
bool non_uniform(const QImage& image) {
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size() > 8;
}

} // namespace

class TestCfgView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        auto m = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error);
        QVERIFY2(m, qPrintable(error));
        cover_two_rungs(*m); // id 7 stops at the first rung (shorter), id 8 climbs to line 12
        model_ = std::make_shared<const CfgModel>(std::move(*m));
    }

    void showsTheLadder() {
        CfgPage page;
        page.resize(1400, 800);
        QSignalSpy shown(&page, &CfgPage::functionShown);
        page.set_model(model_, QStringLiteral("ladder"));
        page.show();
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        const int f = model_->find_function(QStringLiteral("LLVMFuzzerTestOneInput"));
        QCOMPARE(page.current_function(), f);
        QVERIFY(!page.layout_pending());

        // The function list: name, covered/total, best rank.
        // The functions shown in the model's mode (the user's code).
        QAbstractItemModel* list = page.function_view()->model();
        int listed = 0;
        for (const CfgFunction& g : model_->functions())
            listed += g.shown;
        QCOMPARE(list->rowCount(), listed);
        const CfgFunction& fn = model_->functions()[size_t(f)];
        QCOMPARE(list->index(0, 0).data().toString(), fn.name);
        QCOMPARE(list->index(0, 1).data().toString(),
                 QStringLiteral("%1 / %2").arg(fn.covered).arg(fn.total));
        QCOMPARE(list->index(0, 2).data().toString(), QStringLiteral("#1"));

        // One item per block and per arc.
        int blocks = 0, arcs = 0;
        for (QGraphicsItem* item : page.scene()->items()) {
            blocks += item->type() == CfgBlockItem::Type;
            arcs += item->type() == CfgArcItem::Type;
        }
        QCOMPARE(blocks, int(model_->visible_blocks(f).size()));
        QCOMPARE(arcs, int(model_->visible_arcs(f).size()));

        // Under-explored arcs, rank 1 first, as many as the function has.
        int under = 0;
        for (int i : model_->visible_arcs(f))
            under += model_->arcs()[size_t(i)].under_explored;
        QTreeWidget* ranked = page.arc_list();
        QCOMPARE(ranked->topLevelItemCount(), under);
        QCOMPARE(ranked->topLevelItem(0)->text(0), QStringLiteral("#1"));
        for (int i = 1; i < ranked->topLevelItemCount(); ++i)
            QVERIFY(ranked->topLevelItem(i)->text(0).mid(1).toInt() >
                    ranked->topLevelItem(i - 1)->text(0).mid(1).toInt());
        // Clicking it selects the arc in the graph.
        ranked->setCurrentItem(ranked->topLevelItem(0));
        const int best = model_->ranked_arcs().front();
        QVERIFY(page.scene()->arc_item(best)->isSelected());

        // Clicking a first-rung block (as a user would, on the view) shows its line and asks for
        // the shorter input.
        int block = -1;
        for (int id : fn.blocks)
            if (model_->blocks()[size_t(id)].line == 10 &&
                model_->blocks()[size_t(id)].counter >= 0)
                block = id;
        QVERIFY(block >= 0);
        QSignalSpy asked(&page, &CfgPage::smallestInputRequested);
        CfgBlockItem* item = page.scene()->block_item(block);
        QVERIFY(item);
        page.graph_view()->centerOn(item);
        const QPoint at = page.graph_view()->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(page.graph_view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().front().toLongLong(), qint64(7));
        QCOMPARE(page.current_block(), block);
        QVERIFY(page.source_view()->file().endsWith(QStringLiteral("ladder.cc")));
        QCOMPARE(page.source_view()->line(), 10);
        page.show_input_text(QStringLiteral("data: \"x\""));
        QCOMPARE(page.input_view()->toPlainText(), QStringLiteral("data: \"x\""));

        // A never-reached block has no input to ask for.
        for (int id : fn.blocks)
            if (model_->blocks()[size_t(id)].hits == 0) {
                page.select_block(id);
                break;
            }
        QCOMPARE(asked.size(), 1);

        // Search filters the list.
        page.search_field()->setText(QStringLiteral("fuzzertest"));
        QCOMPARE(list->rowCount(), 1);
        page.search_field()->setText(QStringLiteral("no such function"));
        QCOMPARE(list->rowCount(), 0);
        page.search_field()->clear();
        QCOMPARE(list->rowCount(), listed);

        // First shown readable (no smaller than 80%); zoom; Fit shows the whole graph.
        CfgGraphView* view = page.graph_view();
        QVERIFY(view->zoom() >= 0.79 && view->zoom() <= 1.0);
        const double first = view->zoom();
        view->zoom_by(2.0);
        QVERIFY(view->zoom() > first * 1.5);
        view->fit();
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(page.scene()->sceneRect()));
        const double fitted = view->zoom();
        view->zoom_by(0.5);
        view->fit();
        QCOMPARE(view->zoom(), fitted);
    }

    void exports() {
        CfgPage page;
        page.resize(1200, 700);
        QSignalSpy shown(&page, &CfgPage::functionShown);
        page.set_model(model_, QStringLiteral("ladder"));
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath(QStringLiteral("graph.svg"));
        QVERIFY2(page.export_svg(svg, &error), qPrintable(error));
        QFile svg_file(svg);
        QVERIFY(svg_file.open(QIODevice::ReadOnly));
        const QByteArray svg_text = svg_file.readAll();
        QVERIFY(svg_text.contains("<svg"));
        QVERIFY(svg_text.trimmed().endsWith("</svg>"));
        QVERIFY(svg_text.size() > 2000);

        const QString png = dir.filePath(QStringLiteral("graph.png"));
        QVERIFY2(page.export_png(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        // Twice the scene's size.
        QVERIFY(image.width() >= int(page.scene()->sceneRect().width() * 2) - 2);
        QVERIFY(non_uniform(image));

        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(page.export_report(html, &error), qPrintable(error));
        QFile html_file(html);
        QVERIFY(html_file.open(QIODevice::ReadOnly));
        const QByteArray report = html_file.readAll();
        QVERIFY(report.contains("<svg") && report.contains("LLVMFuzzerTestOneInput"));

        // Nowhere to write: a message, not a crash.
        QVERIFY(!page.export_png(QStringLiteral("/nonexistent/dir/graph.png"), &error));
        QVERIFY(!error.isEmpty());
    }

    void rendersInLightAndDark_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette()
                               << QStringLiteral("light");
        QTest::newRow("dark") << dark_palette() << QStringLiteral("dark");
    }

    void rendersInLightAndDark() {
        QFETCH(QPalette, palette);
        QFETCH(QString, name);
        CfgPage page;
        page.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        page.setPalette(palette);
        page.resize(1440, 820);
        QSignalSpy shown(&page, &CfgPage::functionShown);
        page.set_model(model_, QStringLiteral("ladder"));
        page.show();
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        page.select_arc(model_->ranked_arcs().front());
        for (int id : model_->functions().front().blocks)
            if (model_->blocks()[size_t(id)].line == 12) {
                page.select_block(id);
                break;
            }
        page.show_input_text(QStringLiteral("data: b\"\\x01\\x02\" (2 bytes)\nrung: 3"));
        page.graph_view()->fit();
        const QImage shot = page.grab().toImage();
        QVERIFY(non_uniform(shot));
        const QString shots = qEnvironmentVariable("ARCWISE_CFG_SHOTS");
        if (!shots.isEmpty()) {
            QVERIFY(shot.save(shots + QStringLiteral("/cfg-page-%1.png").arg(name)));
            QString error;
            QVERIFY(page.export_png(shots + QStringLiteral("/cfg-graph-%1.png").arg(name), &error));
        }
    }

    void followsCalls() {
        // main (blocks 0, 1) calls helper (blocks 2, 3) from its entry block.
        const QByteArray json =
            "{\"version\":1,\"modules\":[{\"path\":\"m\",\"first_counter\":0,\"counted\":4,"
            "\"blocks\":[[16,1],[32,0],[48,1],[64,0]],\"arcs\":[[0,1],[2,3]],"
            "\"calls\":[[0,2]]}]}";
        const std::vector<QString> symbols = {
            QStringLiteral("main\t/src/m.c\t3"), QStringLiteral("main\t/src/m.c\t4"),
            QStringLiteral("helper\t/src/m.c\t10"), QStringLiteral("helper\t/src/m.c\t11")};
        QString error;
        auto m = CfgModel::parse(json, symbols, &error);
        QVERIFY2(m, qPrintable(error));
        const int main_fn = m->find_function(QStringLiteral("main"));
        const int helper = m->find_function(QStringLiteral("helper"));
        auto model = std::make_shared<const CfgModel>(std::move(*m));
        CfgPage page;
        page.resize(1200, 700);
        page.show();
        QSignalSpy shown(&page, &CfgPage::functionShown);
        page.set_model(model, QStringLiteral("m"));
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        page.show_function(main_fn);
        QTRY_VERIFY(!page.layout_pending() && page.current_function() == main_fn);
        QTRY_COMPARE(page.scene()->function(), main_fn);
        // Double-click the call line of the entry block.
        CfgBlockItem* entry = page.scene()->block_item(0);
        QVERIFY(entry);
        CfgCallItem* call = nullptr;
        for (QGraphicsItem* child : entry->childItems())
            if (child->type() == CfgCallItem::Type)
                call = static_cast<CfgCallItem*>(child);
        QVERIFY(call);
        QCOMPARE(call->callee(), helper);
        page.graph_view()->centerOn(call);
        const QPoint at = page.graph_view()->mapFromScene(call->sceneBoundingRect().center());
        QTest::mouseDClick(page.graph_view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(page.current_function(), helper);
        QTRY_COMPARE(page.scene()->function(), helper);
        page.go_back();
        QCOMPARE(page.current_function(), main_fn);
        QTRY_COMPARE(page.scene()->function(), main_fn);
    }

    void staleLayoutDropped() {
        // Two functions asked for quickly: the second wins, whatever finishes first.
        CfgPage page;
        QSignalSpy shown(&page, &CfgPage::functionShown);
        page.set_model(model_, QStringLiteral("ladder"));
        page.set_model(model_, QStringLiteral("ladder"));
        QVERIFY(shown.wait(30000) || !shown.isEmpty());
        QTest::qWait(200);
        QCOMPARE(shown.size(), 1);
        page.set_model(nullptr, {});
        QCOMPARE(page.current_function(), -1);
        QCOMPARE(page.function_view()->model()->rowCount(), 0);
    }

private:
    std::shared_ptr<const CfgModel> model_;
};

QTEST_MAIN(TestCfgView)
#include "tst_cfg_view.moc"
