// The control-flow graph model against a real instrumented binary (tests/targets/ladder): its
// function, blocks with their source lines, arcs; coverage joined from corpus features (by hand,
// and from a real short campaign); and the frontier: arcs from reached to never-reached blocks,
// ranked by the code behind them, with the next rung of the ladder first.

#include "campaign/campaign.h"
#include "campaign/cfg_model.h"
#include "campaign/database.h"
#include "common/cfg_coverage.h"
#include "engine/features.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace arcwise::campaign;
using arcwise::testing::blocks_up_to;
using arcwise::testing::row_reaching;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

} // namespace

class TestCfgModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        auto m = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error);
        QVERIFY2(m, qPrintable(error));
        model_ = std::move(*m);
    }

    void ladderGraph() {
        const int f = model_.find_function(QStringLiteral("LLVMFuzzerTestOneInput"));
        QVERIFY(f >= 0);
        QCOMPARE(int(model_.functions().size()), 1);
        const CfgFunction& fn = model_.functions()[size_t(f)];
        QVERIFY(fn.file.endsWith(QStringLiteral("tests/targets/ladder.cc")));
        QVERIFY(model_.blocks()[size_t(fn.blocks.front())].entry);
        QCOMPARE(int(fn.blocks.size()), int(model_.blocks().size()));
        // Every block is in the harness, between its first and last line; each rung has blocks.
        std::set<int> lines;
        for (const CfgBlock& b : model_.blocks()) {
            QVERIFY2(b.file.endsWith(QStringLiteral("ladder.cc")), qPrintable(b.file));
            QVERIFY2(b.line >= 9 && b.line <= 20, qPrintable(QString::number(b.line)));
            lines.insert(b.line);
        }
        for (int line = 10; line <= 16; ++line)
            QVERIFY2(lines.count(line), qPrintable(QString::number(line)));
        QVERIFY(model_.arcs().size() >= model_.blocks().size());
        // Nothing reached yet: no frontier.
        QVERIFY(model_.ranked_arcs().empty());
    }

    void cachedPerBuild() {
        QTemporaryDir cache;
        QString error;
        auto first = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error, cache.path());
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 1);
        auto second = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error, cache.path());
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->blocks().size(), model_.blocks().size());
        QCOMPARE(second->arcs().size(), model_.arcs().size());
        for (size_t i = 0; i < model_.blocks().size(); ++i) {
            QCOMPARE(second->blocks()[i].line, model_.blocks()[i].line);
            QCOMPARE(second->blocks()[i].counter, model_.blocks()[i].counter);
        }
        // A corrupt cache file is built again, not trusted.
        const QString file = QDir(cache.path()).entryInfoList(QDir::Files).first().filePath();
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not json");
        f.close();
        auto third = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error, cache.path());
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(third->blocks().size(), model_.blocks().size());
    }

    void frontierAfterHandMadeCoverage() {
        // Two inputs: one stops at the first rung, one climbs to line 12 (three rungs).
        const std::vector<int> first_rung = blocks_up_to(model_, 10);
        const std::vector<int> to_line_12 = blocks_up_to(model_, 12);
        CfgModel m = model_;
        CorpusRow climbed = row_reaching(m, 2, to_line_12);
        climbed.features.push_back(arcwise::engine::kExtraFeatureBase + 3); // not an edge: ignored
        m.set_coverage({row_reaching(m, 1, first_rung), climbed});
        for (const CfgBlock& b : m.blocks()) {
            if (b.counter < 0)
                continue;
            const qint64 expected = b.line <= 10 ? 2 : b.line <= 12 ? 1 : 0;
            QCOMPARE(b.hits, expected);
        }
        // No block is reached by more inputs than there are.
        for (const CfgBlock& b : m.blocks())
            QVERIFY2(b.hits <= 2, qPrintable(QStringLiteral("block %1: %2").arg(b.id).arg(b.hits)));
        // The smallest input reaching a first-rung block is the shorter one.
        QCOMPARE(m.smallest_input(first_rung.front()), qint64(1));
        const std::vector<int> ranked = m.ranked_arcs();
        QVERIFY(!ranked.empty());
        for (int i : ranked) {
            const CfgArc& a = m.arcs()[size_t(i)];
            QVERIFY(m.blocks()[size_t(a.from)].hits > 0);
            if (a.frontier)
                QCOMPARE(m.blocks()[size_t(a.to)].hits, qint64(0));
        }
        // First: the way to the next rung (line 13), with the rest of the ladder behind it.
        const CfgArc& best = m.arcs()[size_t(ranked.front())];
        QCOMPARE(best.rank, 1);
        QVERIFY(best.frontier);
        QCOMPARE(m.blocks()[size_t(best.to)].line, 13);
        qint64 deeper = 0;
        for (const CfgBlock& b : m.blocks())
            deeper += b.line >= 13 && b.line <= 17 && b.hits == 0;
        QVERIFY2(best.unreached >= deeper - 1,
                 qPrintable(QStringLiteral("%1 < %2").arg(best.unreached).arg(deeper)));
        QCOMPARE(m.functions().front().best_rank, 1);

        // The JSON export has the shape the CLI promises.
        const QJsonObject doc = QJsonDocument::fromJson(m.to_json()).object();
        const QJsonObject fn = doc.value(QStringLiteral("functions")).toArray().first().toObject();
        QCOMPARE(fn.value(QStringLiteral("name")).toString(),
                 QStringLiteral("LLVMFuzzerTestOneInput"));
        const QJsonObject block = fn.value(QStringLiteral("blocks")).toArray().first().toObject();
        for (const char* key : {"id", "file", "line", "hits"})
            QVERIFY(block.contains(QLatin1String(key)));
        int flagged = 0;
        for (const QJsonValue& a : fn.value(QStringLiteral("arcs")).toArray()) {
            const QJsonObject o = a.toObject();
            for (const char* key : {"from", "to", "hits", "under_explored", "rank"})
                QVERIFY(o.contains(QLatin1String(key)));
            flagged += o.value(QStringLiteral("under_explored")).toBool();
        }
        QCOMPARE(flagged, int(ranked.size()));
        QVERIFY(m.to_dot().contains("#d55e00"));
    }

    void frontierAfterARealCampaign() {
        QTemporaryDir project;
        const QString binary = project.filePath(QStringLiteral("ladder"));
        QVERIFY(QFile::copy(kTargets + QStringLiteral("/ladder"), binary));
        QFile::setPermissions(binary, QFile::permissions(binary) | QFile::ExeOwner);
        CampaignOptions o;
        o.project = project.path();
        o.cores = 1;
        o.duration_ms = 1500;
        o.slice_ms = 1000;
        o.seed = 5;
        Campaign c(o);
        QString error;
        QVERIFY2(c.start(&error), qPrintable(error));
        QSignalSpy finished(&c, &Campaign::finished);
        QVERIFY(finished.wait(60000));
        const std::vector<CorpusRow> corpus = c.database().corpus(c.progress().front().row.id);
        QVERIFY(!corpus.empty());
        CfgModel m = model_;
        m.set_coverage(corpus);
        // Every input starts at the entry.
        const CfgBlock& entry = m.blocks()[size_t(m.functions().front().blocks.front())];
        QCOMPARE(entry.hits, qint64(corpus.size()));
        // Reached blocks form the top of the ladder: no reached rung below an unreached one.
        int deepest_reached = 0, shallowest_unreached = 100;
        for (const CfgBlock& b : m.blocks()) {
            if (b.counter < 0 || b.line < 10 || b.line > 16)
                continue;
            if (b.hits > 0)
                deepest_reached = std::max(deepest_reached, b.line);
        }
        for (const CfgBlock& b : m.blocks())
            if (b.counter >= 0 && b.line >= 10 && b.line <= 16 && b.hits == 0)
                shallowest_unreached = std::min(shallowest_unreached, b.line);
        QVERIFY(shallowest_unreached >= deepest_reached);
        // Unless the whole ladder was climbed, the frontier's first arc leads to the next rung.
        if (shallowest_unreached <= 16) {
            const std::vector<int> ranked = m.ranked_arcs();
            QVERIFY(!ranked.empty());
            const CfgArc& best = m.arcs()[size_t(ranked.front())];
            QVERIFY(best.frontier);
            QVERIFY(m.blocks()[size_t(best.to)].line >= deepest_reached);
        }
    }

private:
    CfgModel model_;
};

QTEST_GUILESS_MAIN(TestCfgModel)
#include "tst_cfg_model.moc"
