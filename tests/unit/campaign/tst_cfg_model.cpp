// The control-flow graph model against real instrumented binaries (tests/targets/ladder): its
// function, blocks with their source lines, arcs; coverage joined from corpus features (by hand,
// and from a real short campaign); and the frontier: arcs from reached to never-reached blocks,
// ranked by the code behind them, with the next rung of the ladder first. On targets whose code
// leans on std::string, std::vector and std::map (tests/targets/stl_user, the examples): the
// user's code first (library code folded, never ranked; every shown block on a user's line with
// its text), per-line hits and per-file coverage.

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
#include <set>

using namespace arcwise::campaign;
using arcwise::testing::blocks_up_to;
using arcwise::testing::row_reaching;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);
const QString kExamples = QStringLiteral(ARCWISE_EXAMPLES_DIR);

bool in_system_header(const QString& file) {
    return file.startsWith(QStringLiteral("/usr/")) ||
           file.contains(QStringLiteral("/include/c++/"));
}

// A corpus that reaches every other counted block: frontier arcs everywhere, library code too.
std::vector<CorpusRow> every_other_block(const CfgModel& m) {
    std::vector<int> reached;
    for (const CfgBlock& b : m.blocks())
        if (b.counter >= 0 && (b.counter % 2 == 0 || b.entry))
            reached.push_back(b.id);
    return {row_reaching(m, 1, reached)};
}

// The promises of the folded model: what a view shows is the user's code, on a line, with text.
void check_user_code_first(const CfgModel& m) {
    QVERIFY(!m.all_code());
    QVERIFY(!m.user_roots().isEmpty());
    for (const QString& root : m.user_roots()) {
        QVERIFY2(!in_system_header(root + QLatin1Char('/')), qPrintable(root));
        QVERIFY2(!root.startsWith(QStringLiteral(ARCWISE_SOURCE_DIR "/core")), qPrintable(root));
    }
    for (const CfgBlock& b : m.blocks()) {
        const CfgFunction& f = m.functions()[size_t(b.function)];
        const QString what =
            QStringLiteral("block %1 of %2 at %3:%4").arg(b.id).arg(f.name, b.file).arg(b.line);
        if (b.shown_as != b.id) {
            // Folded into a shown block of its function, or hidden.
            QVERIFY2(b.shown_as == -1 || m.blocks()[size_t(b.shown_as)].function == b.function,
                     qPrintable(what));
            continue;
        }
        QVERIFY2(f.shown && f.user, qPrintable(what));
        QVERIFY2(b.code == CfgCode::User || b.code == CfgCode::Inlined, qPrintable(what));
        QVERIFY2(m.is_user_file(b.file) && !in_system_header(b.file), qPrintable(what));
        QVERIFY2(b.line > 0, qPrintable(what));
    }
    // Functions of the standard library (instantiated for the user's types) are not listed.
    for (const CfgFunction& f : m.functions())
        if (in_system_header(f.file))
            QVERIFY2(!f.shown && !f.user, qPrintable(f.name));
    const std::vector<int> ranked = m.ranked_arcs();
    QVERIFY(!ranked.empty());
    for (int i : ranked) {
        const CfgArc& a = m.arcs()[size_t(i)];
        for (int end : {a.from, a.to}) {
            const CfgBlock& b = m.blocks()[size_t(end)];
            QVERIFY2(
                b.shown_as >= 0 && !in_system_header(b.file) && b.line > 0,
                qPrintable(
                    QStringLiteral("arc #%1 ends in %2:%3").arg(a.rank).arg(b.file).arg(b.line)));
            QVERIFY(m.functions()[size_t(b.function)].user);
        }
        QVERIFY(m.blocks()[size_t(a.from)].shown_as != m.blocks()[size_t(a.to)].shown_as);
    }
    // Each shown block's text is its source line.
    QStringList cached;
    QString cached_file;
    for (const CfgBlock& b : m.blocks()) {
        if (b.shown_as != b.id || b.text.isEmpty())
            continue;
        if (b.file != cached_file) {
            QFile f(b.file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            cached = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            cached_file = b.file;
        }
        QCOMPARE(b.text,
                 cached.value(b.line - 1).trimmed().left(b.text.size() - 1) + b.text.right(1));
    }
}

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

    void userCodeFirst_data() {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("source");
        QTest::newRow("stl_user") << kTargets + QStringLiteral("/stl_user")
                                  << QStringLiteral("tests/targets/stl_user.cc");
        QTest::newRow("fuzz_nested") << kExamples + QStringLiteral("/fuzz_nested")
                                     << QStringLiteral("examples/pktdecode.cc");
        QTest::newRow("fuzz_state_parser") << kExamples + QStringLiteral("/fuzz_state_parser")
                                           << QStringLiteral("examples/confparse.cc");
    }

    void userCodeFirst() {
        QFETCH(QString, binary);
        QFETCH(QString, source);
        if (!QFileInfo::exists(binary))
            QSKIP("the examples are not built (ARCWISE_BUILD_EXAMPLES=OFF)");
        QString error;
        auto loaded = CfgModel::load(binary, &error);
        QVERIFY2(loaded, qPrintable(error));
        CfgModel m = std::move(*loaded);
        m.set_coverage(every_other_block(m));
        check_user_code_first(m);
        // The user's functions of the source are there and have their text.
        bool text_seen = false;
        for (const CfgBlock& b : m.blocks())
            text_seen =
                text_seen || (b.shown_as == b.id && b.file.endsWith(source) && !b.text.isEmpty());
        QVERIFY(text_seen);
        QVERIFY(m.files().contains(QStringLiteral(ARCWISE_SOURCE_DIR "/") + source));

        // Everything, on request: library functions come back and are ranked too.
        CfgModel all = m;
        all.set_all_code(true);
        int library_ranked = 0;
        for (int i : all.ranked_arcs())
            library_ranked +=
                !all.functions()[size_t(all.blocks()[size_t(all.arcs()[size_t(i)].from)].function)]
                     .user;
        QVERIFY(all.ranked_arcs().size() >= m.ranked_arcs().size());
        int shown = 0;
        for (const CfgFunction& f : all.functions())
            shown += f.shown;
        QCOMPARE(shown, int(all.functions().size()));
        for (const CfgBlock& b : all.blocks())
            QCOMPARE(b.shown_as, b.id);
        if (binary.endsWith(QStringLiteral("stl_user")))
            QVERIFY(library_ranked > 0);
        // And back.
        all.set_all_code(false);
        QCOMPARE(all.ranked_arcs(), m.ranked_arcs());
    }

    void stlUserFolding() {
        QString error;
        auto m = CfgModel::load(kTargets + QStringLiteral("/stl_user"), &error);
        QVERIFY2(m, qPrintable(error));
        const int check = m->find_function(QStringLiteral("stl_user::check"));
        const int parse = m->find_function(QStringLiteral("stl_user::parse_records"));
        QVERIFY(check >= 0 && parse >= 0);
        QVERIFY(m->functions()[size_t(check)].user && m->functions()[size_t(check)].shown);
        QVERIFY(m->functions()[size_t(check)].file.endsWith(QStringLiteral("stl_user.cc")));
        // Library code inlined into the user's functions is folded: fewer shown blocks than
        // blocks, and every folded one stands for a user's line of its function.
        int folded = 0;
        for (int id : m->functions()[size_t(parse)].blocks) {
            const CfgBlock& b = m->blocks()[size_t(id)];
            if (b.code == CfgCode::Inlined) {
                ++folded;
                QVERIFY(b.file.endsWith(QStringLiteral("stl_user.cc")));
                QVERIFY(!b.origin_file.endsWith(QStringLiteral("stl_user.cc")));
            }
        }
        QVERIFY(folded > 0);
        QVERIFY(m->visible_blocks(parse).size() < m->functions()[size_t(parse)].blocks.size());
        QCOMPARE(m->functions()[size_t(parse)].total, int(m->visible_blocks(parse).size()));
        // A branch of the user's shows its code.
        bool branch = false;
        for (int id : m->visible_blocks(check))
            branch = branch || m->blocks()[size_t(id)].text.contains(
                                   QStringLiteral("tags->second.size() > 2"));
        QVERIFY(branch);
        // The visible arcs join visible blocks, once per pair.
        std::set<std::pair<int, int>> pairs;
        for (int i : m->visible_arcs(parse)) {
            const CfgArc& a = m->arcs()[size_t(i)];
            const int from = m->blocks()[size_t(a.from)].shown_as;
            const int to = m->blocks()[size_t(a.to)].shown_as;
            QVERIFY(from >= 0 && to >= 0 && (from != to || a.from == a.to));
            QVERIFY(pairs.insert({from, to}).second);
        }
    }

    void stlUserAfterARealCampaign() {
        QTemporaryDir project;
        const QString binary = project.filePath(QStringLiteral("stl_user"));
        QVERIFY(QFile::copy(kTargets + QStringLiteral("/stl_user"), binary));
        QFile::setPermissions(binary, QFile::permissions(binary) | QFile::ExeOwner);
        CampaignOptions o;
        o.project = project.path();
        o.cores = 1;
        o.duration_ms = 1500;
        o.slice_ms = 1000;
        o.seed = 7;
        Campaign c(o);
        QString error;
        QVERIFY2(c.start(&error), qPrintable(error));
        QSignalSpy finished(&c, &Campaign::finished);
        QVERIFY(finished.wait(60000));
        const std::vector<CorpusRow> corpus = c.database().corpus(c.progress().front().row.id);
        QVERIFY(!corpus.empty());
        auto m = CfgModel::load(binary, &error);
        QVERIFY2(m, qPrintable(error));
        m->set_coverage(corpus);
        for (int i : m->ranked_arcs()) {
            const CfgArc& a = m->arcs()[size_t(i)];
            for (int end : {a.from, a.to}) {
                const CfgBlock& b = m->blocks()[size_t(end)];
                QVERIFY2(
                    !in_system_header(b.file) && b.line > 0 && m->is_user_file(b.file),
                    qPrintable(QStringLiteral("#%1: %2:%3").arg(a.rank).arg(b.file).arg(b.line)));
            }
        }
        // Per-file coverage of the user's one file, in llvm-cov's terms.
        const std::vector<CfgCoverage> files = m->file_coverage();
        QCOMPARE(int(files.size()), 1);
        QVERIFY(files.front().file.endsWith(QStringLiteral("stl_user.cc")));
        QVERIFY(files.front().lines_covered > 0);
        QVERIFY(files.front().lines_covered <= files.front().lines);
        QCOMPARE(files.front().functions, 3);
        QVERIFY(files.front().functions_entered >= 2);
    }

    void lineHitsAndCoverage() {
        CfgModel m = model_;
        arcwise::testing::cover_two_rungs(m);
        const QString file = m.functions().front().file;
        QCOMPARE(m.files(), QStringList{file});
        QVERIFY(m.source_lines(file).size() >= 20);
        QVERIFY(m.source_lines(file).value(9).contains(QStringLiteral("data[0] == 'L'")));
        const std::vector<CfgLineHits> lines = m.line_hits(file);
        QVERIFY(!lines.empty());
        int ranked_line = 0;
        for (const CfgLineHits& l : lines) {
            if (l.line >= 10 && l.line <= 12)
                QVERIFY2(l.hits > 0, qPrintable(QString::number(l.line)));
            if (l.line >= 14 && l.line <= 17)
                QCOMPARE(l.hits, qint64(0));
            QVERIFY(l.block >= 0 && m.blocks()[size_t(l.block)].line == l.line);
            if (l.best_rank == 1)
                ranked_line = l.line;
        }
        // The rank-1 arc leaves the last rung climbed.
        QVERIFY2(ranked_line == 12 || ranked_line == 13, qPrintable(QString::number(ranked_line)));
        const std::vector<CfgCoverage> files = m.file_coverage();
        QCOMPARE(int(files.size()), 1);
        const CfgCoverage& c = files.front();
        QCOMPARE(c.file, file);
        QVERIFY(c.lines_covered > 0 && c.lines_covered < c.lines);
        QVERIFY(c.arcs_covered > 0 && c.arcs_covered < c.arcs);
        QVERIFY(c.line_percent() > 0 && c.line_percent() < 100);
        QCOMPARE(c.functions, 1);
        QCOMPARE(c.functions_entered, 1);
        const std::vector<CfgCoverage> functions = m.function_coverage();
        QCOMPARE(int(functions.size()), 1);
        QCOMPARE(functions.front().lines, c.lines);
        QCOMPARE(functions.front().arcs, c.arcs);

        // The union of a target that climbed further and one that did not covers what either does.
        CfgModel further = model_;
        further.set_coverage({arcwise::testing::row_reaching(
            further, 3, arcwise::testing::blocks_up_to(further, 14))});
        const std::vector<CfgCoverage> both = CfgModel::union_file_coverage({&m, &further});
        QCOMPARE(int(both.size()), 1);
        QCOMPARE(both.front().lines, c.lines);
        QVERIFY(both.front().lines_covered >= further.file_coverage().front().lines_covered);
        QVERIFY(both.front().lines_covered > c.lines_covered);
    }

private:
    CfgModel model_;
};

QTEST_GUILESS_MAIN(TestCfgModel)
#include "tst_cfg_model.moc"
