#pragma once
// The coverage frontier inside the fuzz binary (docs/cfg.md): which covered blocks have
// never-reached successors, and how much never-reached code lies behind them. The power schedule
// gives more energy to corpus entries that reach heavily weighted frontier blocks
// (engine::FrontierSource, -arcwise_frontier). Computed in-process, as Centipede does: the binary
// already holds its control-flow graph and its coverage, so standalone fuzzing and workers both
// get it without any protocol.

#include "engine/fuzzer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::runtime {

struct CoverageModule;

// The instrumented blocks of every module as one directed graph in CSR arrays (4 bytes per node
// and per arc). Node i is edge counter i. Its out-arcs are its successors and the entry blocks of
// the functions it calls directly; blocks without a counter are not nodes but are traversed
// through (their successors and callees become their counted predecessor's), so reachability
// between counted blocks is the binary's.
class FrontierGraph {
public:
    FrontierGraph() = default;
    // out[i]: the nodes node i leads to (duplicates and out-of-range targets are dropped).
    static FrontierGraph from_lists(const std::vector<std::vector<uint32_t>>& out);
    // From the pc-tables and control-flow tables the modules registered (coverage.h).
    // `total_counters` nodes; modules without a control-flow table contribute nodes, no arcs.
    static FrontierGraph from_modules(const std::vector<CoverageModule>& modules,
                                      size_t total_counters);

    size_t nodes() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
    size_t arcs() const { return targets_.size(); }
    const uint32_t* out_begin(uint32_t node) const { return targets_.data() + offsets_[node]; }
    const uint32_t* out_end(uint32_t node) const { return targets_.data() + offsets_[node + 1]; }

private:
    std::vector<uint32_t> offsets_; // nodes + 1
    std::vector<uint32_t> targets_;
};

// Computes frontier weights over a graph; keeps its scratch arrays between calls.
class FrontierComputation {
public:
    // A region larger than this counts as this large: the weight goes through a logarithm
    // anyway, and the cap bounds the work on big binaries.
    static constexpr uint32_t kDefaultMaxRegion = 1u << 14;

    explicit FrontierComputation(uint32_t max_region = kDefaultMaxRegion)
        : max_region_(max_region) {}

    struct Result {
        size_t frontier_blocks = 0; // covered blocks with a non-zero weight
        uint64_t visits = 0;        // nodes visited: the cost of the call
    };
    // Pre: covered.size() == graph.nodes(). Post: weights.size() == graph.nodes(); for a covered
    // node (covered[i] != 0) weights[i] is the number of never-reached nodes reachable from its
    // never-reached successors and callees without passing a covered node (callees of
    // never-entered functions included, the cap applied); every other weight is 0. The region
    // behind a single never-reached node is computed once per call, however many covered blocks
    // lead to it.
    Result compute(const FrontierGraph& graph, const std::vector<uint8_t>& covered,
                   std::vector<uint32_t>& weights);
    // Nodes of changed code (by node; empty: none). While some frontier block has changed
    // never-reached code in its region, only such blocks weigh (their region's size, as
    // without changes) and every other block weighs 0: the boost goes to the inputs nearest the
    // change, and among them to the ones with the most code ahead, as plain guidance orders them.
    // Once no region holds changed code, the weights are the plain ones.
    void set_changed(std::vector<uint8_t> changed) { changed_ = std::move(changed); }

private:
    // The region's size, with kChangedBit set when it holds changed code.
    uint32_t region(const FrontierGraph& graph, const std::vector<uint8_t>& covered,
                    const uint32_t* seeds, size_t count, uint64_t& visits);
    static constexpr uint32_t kChangedBit = 1u << 31;

    uint32_t max_region_;
    std::vector<uint32_t> memo_;  // region behind one never-reached node, +1; 0 = not yet
    std::vector<uint32_t> stamp_; // BFS visit marks, by generation
    uint32_t generation_ = 0;
    std::vector<uint32_t> queue_;
    std::vector<uint32_t> seeds_;
    std::vector<uint8_t> changed_;
};

// The frontier of this process's coverage (Coverage::instance()), for the engine. The graph is
// built once, on the first refresh, and shared by every fuzzer of the process. Recomputes only
// when new counters were covered, and then at most every max(4096, visits / 8) runs, where
// `visits` is the cost of the previous computation: at about a microsecond per run and a few
// nanoseconds per visit, that keeps its cost to a few per cent of the time. Counting runs rather
// than seconds keeps a seed's run reproducible.
class CoverageFrontier final : public engine::FrontierSource {
public:
    bool refresh(uint64_t runs, std::vector<uint32_t>& weights) override;

    // The graph of this process (built on first use).
    static const FrontierGraph& graph();
    // Edge counters of changed code (--changed=FILE, one decimal counter a line; the campaign
    // writes it from the binary's graph and the changed lines): while some are unreached, only
    // the frontier blocks with changed code behind them weigh (FrontierComputation::set_changed),
    // so the inputs nearest the change get the energy (directed fuzzing, as AFLGo). For the whole
    // process. False when the file cannot be read.
    static bool load_changed(const std::string& path);
    static void set_changed(std::vector<uint32_t> counters);

    bool verbose = false; // a line on stderr per computation (-verbosity=2)

private:
    FrontierComputation computation_;
    size_t last_covered_ = 0;
    uint64_t next_runs_ = 0;
    bool changed_set_ = false;
};

// -arcwise_frontier=N as the engine takes it: 0 off (returns null), 1 FrontierBoost::Max up to
// 8x, 2 FrontierBoost::Share up to 8x, 3 FrontierBoost::Max up to 3x. Sets the boost in `options`
// and returns the source to put in FuzzOptions::frontier.
engine::FrontierSource* frontier_from_flag(int64_t flag, CoverageFrontier& frontier,
                                           engine::FuzzOptions& options);

} // namespace arcwise::runtime
