#pragma once
// The control-flow graph of a fuzz binary joined with what a campaign covered: functions, basic
// blocks (symbolised: function, file, line), arcs between blocks and calls between functions, from
// the binary's --cfg output (docs/sdk.md) and llvm-symbolizer; hits per block and arc from the
// features of a target's corpus; and the under-explored arcs, ranked by how much code stays
// unreached behind them (Centipede's coverage frontier, Fuzz Introspector's branch blockers).
//
// Hits are corpus inputs: a block's hits are the stored inputs whose execution reached it (the
// workers report features, not execution counts). Blocks without a counter of their own (the
// compiler instruments fewer blocks than there are) take their hits from the blocks that imply
// them: a lone successor of a reached block, or a lone predecessor of one.
//
// load() runs processes and may take seconds on a large binary: call it off the GUI thread.

#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace arcwise::campaign {

struct CfgBlock {
    int id = 0;          // index in CfgModel::blocks()
    qint64 counter = -1; // the global coverage counter, -1 for a block without one
    quint64 offset = 0;  // from the module's load address
    int function = -1;   // index in CfgModel::functions()
    QString file;
    int line = 0;
    bool entry = false; // the function's entry block
    qint64 hits = 0;    // corpus inputs that reach it
    std::vector<int> successors;
    std::vector<int> predecessors;
    std::vector<int> callees; // function indices (instrumented callees only)
    bool indirect_call = false;
};

struct CfgArc {
    int from = 0;
    int to = 0;
    qint64 hits = 0;
    bool under_explored = false;
    int rank = 0;          // 1 = the arc with the most code behind it; 0 when not under-explored
    qint64 unreached = 0;  // blocks reachable only through it (callees' blocks included)
    bool frontier = false; // the destination was never reached (else: rarely, against siblings)
};

struct CfgFunction {
    QString name;
    QString file;
    int line = 0;
    std::vector<int> blocks; // block ids, entry first
    std::vector<int> arcs;   // arc indices with both ends in this function
    int covered = 0;         // blocks with hits
    int best_rank = 0;       // best rank among its under-explored arcs, 0 when none
};

class CfgModel {
    Q_DECLARE_TR_FUNCTIONS(CfgModel)

public:
    // Runs `binary --cfg` and symbolises its blocks. nullopt with *error (what and where) when the
    // binary cannot run, prints no graph (built without -fsanitize-coverage=control-flow), or no
    // symboliser is found.
    CfgModel() = default;
    // With a `cache_dir`, the symbolised graph is kept there per build (the binary's GNU
    // build-id, or its size and time) and read back instead of running anything.
    static std::optional<CfgModel> load(const QString& binary, QString* error,
                                        const QString& cache_dir = {});
    // From --cfg output and symbols already known: one "function\tfile\tline" per block, in the
    // order of the blocks of the output (tests and the cache).
    static std::optional<CfgModel> parse(const QByteArray& cfg_json,
                                         const std::vector<QString>& symbols, QString* error);

    // Joins the features of a target's corpus (all its stored entries) and ranks the frontier.
    void set_coverage(const std::vector<CorpusRow>& corpus);

    const std::vector<CfgBlock>& blocks() const { return blocks_; }
    const std::vector<CfgArc>& arcs() const { return arcs_; }
    const std::vector<CfgFunction>& functions() const { return functions_; }
    int find_function(const QString& name) const;
    // Under-explored arcs, best rank first.
    std::vector<int> ranked_arcs() const;
    // For a block: the smallest corpus entry (by size) that reaches it, or -1.
    qint64 smallest_input(int block) const;

    // `arcwise-cli cfg --format json`: {"functions": [{"name", "file", "line", "covered",
    // "best_rank", "blocks": [{"id", "file", "line", "hits", "counter", "entry"}], "arcs":
    // [{"from", "to", "hits", "under_explored", "rank", "unreached"}], "calls": [...]}]};
    // `function` empty: all functions.
    QByteArray to_json(const QString& function = {}) const;
    // Graphviz dot of one function (or all): blocks coloured by hits, under-explored arcs red.
    QByteArray to_dot(const QString& function = {}) const;

private:
    void infer_uncounted();
    void rank_frontier();

    std::vector<CfgBlock> blocks_;
    std::vector<CfgArc> arcs_;
    std::vector<CfgFunction> functions_;
    std::vector<qint64> smallest_; // per block: corpus entry id
    qint64 corpus_size_ = 0;
};

} // namespace arcwise::campaign
