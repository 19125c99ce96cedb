// How long the CFG view waits for Graphviz: layout_function over a synthetic function shaped like a
// hand-written parser (nested branches, loops, switches; 2,000 blocks by default, a third of them
// never reached so under-explored arcs carry rank labels), and over the largest function of a real
// fuzz binary when one is given. Prints blocks, arcs and the median of several runs.
//
// cfg_layout_bench [--blocks N] [--runs N] [--seed N] [BINARY]   (bench/cfg_layout.sh runs it)

#include "campaign/cfg_layout.h"
#include "campaign/cfg_model.h"
#include "engine/features.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace arcwise::campaign;

namespace {

// Structured control flow, the way a recursive-descent parser's big function looks.
class Synthesiser {
public:
    Synthesiser(int blocks, unsigned seed) : budget_(blocks), rng_(seed) {}

    void run() {
        int cur = add();
        while (budget_ > 0)
            cur = statements(cur, 0);
        lines_.back() += 1; // the return
    }

    QByteArray json() const {
        QByteArray b, a;
        for (size_t i = 0; i < lines_.size(); ++i)
            b += (i ? "," : "") + QByteArray("[") + QByteArray::number(qulonglong(16 * i + 16)) +
                 (i == 0 ? ",1]" : ",0]");
        for (size_t i = 0; i < arcs_.size(); ++i)
            a += (i ? "," : "") + QByteArray("[") + QByteArray::number(arcs_[i].first) + "," +
                 QByteArray::number(arcs_[i].second) + "]";
        return "{\"version\":1,\"modules\":[{\"path\":\"synthetic\",\"first_counter\":0,"
               "\"counted\":" +
               QByteArray::number(qulonglong(lines_.size())) + ",\"blocks\":[" + b +
               "],\"arcs\":[" + a + "],\"calls\":[]}]}";
    }

    std::vector<QString> symbols() const {
        std::vector<QString> out;
        for (int line : lines_)
            out.push_back(QStringLiteral("parse_document\t/src/parser.c\t") +
                          QString::number(line));
        return out;
    }

private:
    int add() {
        lines_.push_back(line_);
        line_ += 1 + int(rng_() % 3);
        --budget_;
        return int(lines_.size()) - 1;
    }
    void arc(int from, int to) { arcs_.push_back({from, to}); }

    // A run of statements from block cur; returns the block control leaves by.
    int statements(int cur, int depth) {
        const int count = 1 + int(rng_() % 6);
        for (int s = 0; s < count && budget_ > 0; ++s) {
            const unsigned choice = rng_() % 10;
            if (depth < 7 && choice < 3) { // if / else
                const int then = add();
                arc(cur, then);
                const int then_end = statements(then, depth + 1);
                const int join = add();
                arc(then_end, join);
                if (rng_() % 2) {
                    const int other = add();
                    arc(cur, other);
                    arc(statements(other, depth + 1), join);
                } else {
                    arc(cur, join);
                }
                cur = join;
            } else if (depth < 7 && choice < 5) { // while loop
                const int head = add();
                arc(cur, head);
                const int body = add();
                arc(head, body);
                const int body_end = statements(body, depth + 1);
                arc(body_end, head);
                const int exit = add();
                arc(head, exit);
                if (rng_() % 3 == 0) // a break
                    arc(body, exit);
                cur = exit;
            } else if (depth < 4 && choice < 6) { // switch over a token kind
                const int join = add();
                const int cases = 3 + int(rng_() % 5);
                for (int c = 0; c < cases && budget_ > 0; ++c) {
                    const int body = add();
                    arc(cur, body);
                    arc(statements(body, depth + 2), join);
                }
                arc(cur, join); // default
                cur = join;
            } else { // straight-line code split by a call or a label
                const int next = add();
                arc(cur, next);
                cur = next;
            }
        }
        return cur;
    }

    int budget_;
    int line_ = 10;
    std::mt19937 rng_;
    std::vector<int> lines_;
    std::vector<std::pair<int, int>> arcs_;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Lays the function out `runs` times; prints the median in milliseconds.
bool time_layout(const char* what, const CfgModel& model, int function, int runs, bool collapse) {
    std::vector<double> ms;
    size_t edges = 0;
    size_t nodes = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        QString error;
        const auto layout = layout_function(model, function, &error, collapse);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!layout) {
            std::fprintf(stderr, "%s: %s\n", what, qPrintable(error));
            return false;
        }
        edges = layout->edges.size();
        nodes = layout->nodes.size();
    }
    const CfgFunction& f = model.functions()[size_t(function)];
    QStringList each;
    for (double m : ms)
        each << QString::number(m, 'f', 1);
    std::printf("%s\t%s\tblocks %zu\t%s\tnodes %zu\tedges %zu\tmedian %.1f ms\t(runs: %s)\n", what,
                qPrintable(f.name.section(QLatin1Char('('), 0, 0)), f.blocks.size(),
                collapse ? "chains collapsed" : "one node per block", nodes, edges, median(ms),
                qPrintable(each.join(QLatin1Char(' '))));
    return true;
}

// Times the layout with straight-line chains collapsed (what the view draws), then without.
bool time_layout(const char* what, const CfgModel& model, int function, int runs) {
    for (const bool collapse : {true, false})
        if (!time_layout(what, model, function, runs, collapse))
            return false;
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int blocks = 2000, runs = 7;
    unsigned seed = 1;
    QString binary;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--blocks") && i + 1 < args.size())
            blocks = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toUInt();
        else
            binary = args[i];
    }
    std::printf("seed %u, %d runs each\n", seed, runs);

    Synthesiser synth(blocks, seed);
    synth.run();
    QString error;
    auto model = CfgModel::parse(synth.json(), synth.symbols(), &error);
    if (!model) {
        std::fprintf(stderr, "synthetic graph: %s\n", qPrintable(error));
        return 1;
    }
    // Two thirds of the blocks reached, by inputs of different depth: a frontier with labels.
    std::vector<CorpusRow> corpus;
    for (int input = 1; input <= 3; ++input) {
        CorpusRow row;
        row.id = input;
        row.input = QByteArray(input, 'x');
        for (const CfgBlock& b : model->blocks())
            if (b.id < int(model->blocks().size()) * 2 * input / 9)
                row.features.push_back(arcwise::engine::counter_feature(uint32_t(b.counter), 1));
        corpus.push_back(std::move(row));
    }
    model->set_coverage(corpus);
    if (!time_layout("synthetic", *model, 0, runs))
        return 1;

    if (!binary.isEmpty()) {
        auto real = CfgModel::load(binary, &error);
        if (!real) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(binary), qPrintable(error));
            return 1;
        }
        int largest = 0;
        for (size_t i = 0; i < real->functions().size(); ++i)
            if (real->functions()[i].blocks.size() >
                real->functions()[size_t(largest)].blocks.size())
                largest = int(i);
        if (!time_layout("largest real", *real, largest, runs))
            return 1;
    }
    return 0;
}
