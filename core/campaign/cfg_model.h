#pragma once
// The control-flow graph of a fuzz binary joined with what a campaign covered: functions, basic
// blocks (symbolised: function, file, line, the source line's text), arcs between blocks and calls
// between functions, from the binary's --cfg output (docs/sdk.md) and llvm-symbolizer; hits per
// block and arc from the features of a target's corpus; and the under-explored arcs, ranked by how
// much code stays unreached behind them (Centipede's coverage frontier, Fuzz Introspector's
// branch blockers).
//
// Hits are corpus inputs: a block's hits are the stored inputs whose execution reached it (the
// workers report features, not execution counts). Blocks without a counter of their own (the
// compiler instruments fewer blocks than there are) take their hits from the blocks that imply
// them: a lone successor of a reached block, or a lone predecessor of one.
//
// The user's code first. "The user's code" is found without configuration: the directories of
// the binary's own instrumented translation units (the compile units of its debug info), widened
// to the CMake source directory that holds them (CMakeCache.txt beside the binary or above it),
// never system headers (/usr, the compiler's), the C++ standard library or Arcwise's own SDK and
// runtime. By default (all_code() false) the model is folded to it:
// - functions whose code is not the user's (std::vector<T>::_M_realloc_insert, ...) are not shown;
// - library code inlined into a user's function is shown as one block at the user's line that
//   calls it (CfgBlock::shown_as names that block);
// - compiler-generated cleanup (landing pads, unwinding: blocks without a line of their own that
//   only lead to the end of the function without returning through user code) is not shown;
// - under-explored arcs are ranked over the shown graph only, by the shown blocks unreached
//   behind them, never-entered callees of the user included.
// set_all_code(true) shows and ranks everything, as the binary has it.
//
// Promises: every shown block of a user's function has a file of the user's code and a line > 0
// (a block without a line of its own takes the nearest located line of its function: the code
// before it, else after it); file and line of a block always belong together (the location of
// the same inlined frame). load() runs processes and may take seconds on a large binary: call it
// off the GUI thread. A CfgModel is a value: copy it to change its mode while views still hold
// the old one.

#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace arcwise::campaign {

// Whose code a block is.
enum class CfgCode : quint8 {
    User,    // the user's own line
    Inlined, // library code inlined into a user's function: file/line are the user's call
    Cleanup, // compiler-generated unwinding of a user's function
    Library, // a block of a function that is not the user's
};

struct CfgBlock {
    int id = 0;          // index in CfgModel::blocks()
    qint64 counter = -1; // the global coverage counter, -1 for a block without one
    quint64 offset = 0;  // from the module's load address
    int function = -1;   // index in CfgModel::functions()
    // Where the block is: for User and Inlined blocks a line of the user's code (for Inlined the
    // line that calls the inlined library code); for others the innermost source location.
    QString file;
    int line = 0;
    bool located = true; // false: the block has no line of its own; `line` is its nearest
    QString text;        // the source line at file:line, trimmed; empty when the file is unreadable
    // Where its instructions come from (the innermost inlined frame): equal to file/line for User.
    QString origin_file;
    int origin_line = 0;
    CfgCode code = CfgCode::User;
    // The block a view draws for this one: itself, the first block of its inlined library code
    // (folded), or -1 when it is not shown (cleanup, library functions) in the current mode.
    int shown_as = -1;
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
    qint64 unreached = 0;  // shown blocks reachable only through it (callees' blocks included)
    bool frontier = false; // the destination was never reached (else: rarely, against siblings)
};

struct CfgFunction {
    QString name;
    QString file;
    int line = 0;
    bool user = true;        // its own code is the user's
    bool shown = true;       // listed in the current mode (user functions, or all with all_code)
    std::vector<int> blocks; // every block id, entry first (see CfgModel::visible_blocks)
    std::vector<int> arcs;   // arc indices with both ends in this function
    int covered = 0;         // shown blocks with hits (of visible_blocks)
    int total = 0;           // shown blocks (visible_blocks().size())
    int best_rank = 0;       // best rank among its under-explored arcs, 0 when none
};

// Coverage of a file or a function, as llvm-cov's report counts it: lines that hold code, and
// the arcs out of branch points (blocks with two or more shown successors), counted once per
// pair of lines they join. Computed in cfg_coverage.cc.
struct CfgCoverage {
    QString name; // the file (absolute) or the function
    QString file;
    int line = 0; // a function's first line; 0 for a file
    int lines = 0;
    int lines_covered = 0;
    int arcs = 0;
    int arcs_covered = 0;
    int functions = 0; // a file's functions; 1 for a function
    int functions_entered = 0;
    // Percentages, 0..100; 100 when there is nothing to cover.
    double line_percent() const;
    double arc_percent() const;
};

// One line of a file that holds code.
struct CfgLineHits {
    int line = 0;
    qint64 hits = 0;   // most hits of a shown block at the line
    int block = -1;    // that block: its smallest input is the line's (smallest_input)
    int best_rank = 0; // best rank of the under-explored arcs leaving the line, 0 when none
};

// The changed code a view marks (change_focus.h: change_marks()): the blocks that stand for a
// changed line, and every changed line of the model's files (as the model names them), since a
// base the user reads in `description`.
struct CfgChangeMarks {
    QString base;        // the base commit id (empty: none, every file is new)
    QString description; // what the base is ("the merge-base with origin/main")
    std::set<int> blocks;
    std::map<QString, std::set<int>> lines;
    bool empty() const { return blocks.empty() && lines.empty(); }
    bool block_changed(int block) const { return blocks.count(block) > 0; }
    bool line_changed(const QString& file, int line) const {
        const auto it = lines.find(file);
        return it != lines.end() && it->second.count(line) > 0;
    }
};

class CfgModel {
    Q_DECLARE_TR_FUNCTIONS(CfgModel)

public:
    // Runs `binary --cfg` and symbolises its blocks. nullopt with *error (what and where) when the
    // binary cannot run, prints no graph (built without -fsanitize-coverage=control-flow), or no
    // symboliser is found.
    CfgModel() = default;
    // Where the graphs of a binary are kept: `.arcwise/cfg` beside it.
    static QString cache_dir(const QString& binary);
    // With a `cache_dir`, the symbolised graph is kept there per build (the binary's GNU
    // build-id, or its size and time) and read back instead of running anything. When `cancel`
    // turns true, the processes are ended at once and nullopt returned.
    static std::optional<CfgModel> load(const QString& binary, QString* error,
                                        const QString& cache_dir = {},
                                        const std::atomic<bool>* cancel = nullptr);
    // From --cfg output and symbols already known: per block, in the order of the blocks of the
    // output, "function\tfile\tline" followed by "\tfile\tline" for each enclosing inlined
    // frame's call (innermost first). `user_roots`: directories of the user's code; empty: the
    // directories of the functions defined in .c/.cc/.cpp files outside the system's.
    static std::optional<CfgModel> parse(const QByteArray& cfg_json,
                                         const std::vector<QString>& symbols, QString* error,
                                         const QStringList& user_roots = {});

    // Joins the features of a target's corpus (all its stored entries) and ranks the frontier.
    void set_coverage(const std::vector<CorpusRow>& corpus);
    // The changed code the views mark; kept by copies in another mode (block ids do not change).
    void set_change_marks(CfgChangeMarks marks) { changes_ = std::move(marks); }
    const CfgChangeMarks& change_marks() const { return changes_; }

    // false (the default): folded to the user's code (see above); true: everything. Ranks again.
    void set_all_code(bool all);
    bool all_code() const { return all_code_; }
    // The directories taken as the user's code.
    const QStringList& user_roots() const { return user_roots_; }
    // Whether a source file is the user's code.
    bool is_user_file(const QString& file) const;

    const std::vector<CfgBlock>& blocks() const { return blocks_; }
    const std::vector<CfgArc>& arcs() const { return arcs_; }
    const std::vector<CfgFunction>& functions() const { return functions_; }
    int find_function(const QString& name) const;
    // Under-explored arcs, best rank first (in the current mode).
    std::vector<int> ranked_arcs() const;
    // For a block: the smallest corpus entry (by size) that reaches it, or -1.
    qint64 smallest_input(int block) const;

    // What a view draws of a function in the current mode: its shown blocks (those with
    // shown_as == id, entry first), and one arc per pair of shown blocks joined by an arc (the
    // best-ranked one, else the most taken): draw it from shown_as of its `from` to shown_as of
    // its `to`. Arcs inside a folded block and into hidden blocks are left out.
    std::vector<int> visible_blocks(int function) const;
    std::vector<int> visible_arcs(int function) const;

    // The source files of shown blocks with a line of their own, sorted: the user's, and with
    // all_code the library's too.
    QStringList files() const;
    // A source file's lines (read once, at load or parse; empty when it could not be read).
    QStringList source_lines(const QString& file) const;
    // Per line of a file that holds shown code, in line order (the source coverage view).
    std::vector<CfgLineHits> line_hits(const QString& file) const;
    // Coverage per user file (sorted by file) and per shown function (in functions() order).
    std::vector<CfgCoverage> file_coverage() const;
    std::vector<CfgCoverage> function_coverage() const;
    // Per file over several targets' models (their union): a line is covered when one target
    // covers it; arcs are matched by their ends' file:line.
    static std::vector<CfgCoverage> union_file_coverage(const std::vector<const CfgModel*>& models);

    // `arcwise-cli cfg --format json`: {"functions": [{"name", "file", "line", "user",
    // "covered", "total", "best_rank", "blocks": [{"id", "file", "line", "text", "code", "hits",
    // "counter", "entry"}], "arcs": [{"from", "to", "hits", "under_explored", "rank",
    // "unreached"}], "calls": [...]}]}; shown functions, blocks and arcs of the current mode;
    // `function` empty: all of them.
    QByteArray to_json(const QString& function = {}) const;
    // Graphviz dot of one function (or all): blocks coloured by hits, under-explored arcs red.
    QByteArray to_dot(const QString& function = {}) const;

private:
    void classify();
    void read_sources();
    void apply_mode();
    void infer_uncounted();
    void count_covered();
    void rank_frontier();

    std::vector<CfgBlock> blocks_;
    std::vector<CfgArc> arcs_;
    std::vector<CfgFunction> functions_;
    // Per block: (file, line) of each frame, innermost first, as symbolised.
    std::vector<std::vector<std::pair<QString, int>>> frames_;
    std::vector<int> folded_as_;             // per block: shown_as when folded
    std::vector<qint64> smallest_;           // per block: corpus entry id
    std::map<QString, QStringList> sources_; // the user's files' lines
    QStringList user_roots_;
    bool all_code_ = false;
    qint64 corpus_size_ = 0;
    CfgChangeMarks changes_;
};

} // namespace arcwise::campaign
