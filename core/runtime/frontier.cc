#include "frontier.h"

#include "coverage.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace arcwise::runtime {

FrontierGraph FrontierGraph::from_lists(const std::vector<std::vector<uint32_t>>& out) {
    FrontierGraph g;
    const size_t n = out.size();
    g.offsets_.reserve(n + 1);
    g.offsets_.push_back(0);
    std::vector<uint32_t> list;
    for (const auto& targets : out) {
        list.clear();
        for (uint32_t t : targets)
            if (t < n)
                list.push_back(t);
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        g.targets_.insert(g.targets_.end(), list.begin(), list.end());
        g.offsets_.push_back(uint32_t(g.targets_.size()));
    }
    g.targets_.shrink_to_fit();
    return g;
}

FrontierGraph FrontierGraph::from_modules(const std::vector<CoverageModule>& modules,
                                          size_t total_counters) {
    // Function entries by address, for calls into other modules.
    std::unordered_map<uintptr_t, uint32_t> entry_counter;
    for (const CoverageModule& m : modules)
        if (m.pcs_begin)
            for (const PcEntry* p = m.pcs_begin; p < m.pcs_end; ++p)
                if (p->flags & 1)
                    entry_counter.emplace(p->pc, uint32_t(m.first_index + size_t(p - m.pcs_begin)));

    std::vector<std::vector<uint32_t>> out(total_counters);
    for (const CoverageModule& m : modules) {
        if (!m.pcs_begin || !m.cfs_begin)
            continue;
        // Local block numbers as in cfg_dump.cc: counted blocks first, in counter order, then
        // the blocks only the control-flow table names.
        const size_t counted = size_t(m.pcs_end - m.pcs_begin);
        std::unordered_map<uintptr_t, uint32_t> node;
        node.reserve(counted * 2);
        for (const PcEntry* p = m.pcs_begin; p < m.pcs_end; ++p)
            node.emplace(p->pc, uint32_t(p - m.pcs_begin));
        auto node_of = [&](uintptr_t pc) {
            return node.emplace(pc, uint32_t(node.size())).first->second;
        };
        // Per local block: successors (local) and callees (global entry counters).
        std::vector<std::pair<uint32_t, uint32_t>> succ, calls;
        // The table: per block, its address, its successors, 0, its callees, 0.
        const uintptr_t* t = m.cfs_begin;
        while (t < m.cfs_end) {
            const uint32_t from = node_of(*t++);
            while (t < m.cfs_end && *t)
                succ.emplace_back(from, node_of(*t++));
            ++t;
            while (t < m.cfs_end && *t) {
                const auto e = entry_counter.find(*t++);
                if (e != entry_counter.end()) // not indirect (-1), not outside the coverage
                    calls.emplace_back(from, e->second);
            }
            ++t;
        }
        const size_t blocks = node.size();
        auto csr = [blocks](std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                            std::vector<uint32_t>& offsets, std::vector<uint32_t>& to) {
            std::sort(pairs.begin(), pairs.end());
            offsets.assign(blocks + 1, 0);
            for (const auto& p : pairs)
                ++offsets[p.first + 1];
            for (size_t i = 0; i < blocks; ++i)
                offsets[i + 1] += offsets[i];
            to.resize(pairs.size());
            for (size_t i = 0; i < pairs.size(); ++i)
                to[i] = pairs[i].second;
        };
        std::vector<uint32_t> succ_off, succ_to, call_off, call_to;
        csr(succ, succ_off, succ_to);
        csr(calls, call_off, call_to);

        // Collapse the blocks without a counter: a counted block leads to whatever its uncounted
        // successors lead to, transitively, and calls what they call.
        std::vector<uint32_t> visited(blocks, UINT32_MAX);
        std::vector<uint32_t> stack;
        for (uint32_t c = 0; c < counted; ++c) {
            auto& list = out[m.first_index + c];
            stack.assign(1, c);
            visited[c] = c;
            while (!stack.empty()) {
                const uint32_t b = stack.back();
                stack.pop_back();
                for (uint32_t i = call_off[b]; i < call_off[b + 1]; ++i)
                    list.push_back(call_to[i]);
                for (uint32_t i = succ_off[b]; i < succ_off[b + 1]; ++i) {
                    const uint32_t s = succ_to[i];
                    if (s < counted) {
                        list.push_back(uint32_t(m.first_index + s));
                    } else if (visited[s] != c) {
                        visited[s] = c;
                        stack.push_back(s);
                    }
                }
            }
        }
    }
    return from_lists(out);
}

uint32_t FrontierComputation::region(const FrontierGraph& graph,
                                     const std::vector<uint8_t>& covered, const uint32_t* seeds,
                                     size_t count, uint64_t& visits) {
    if (++generation_ == 0) { // wrapped: old marks could look current
        std::fill(stamp_.begin(), stamp_.end(), 0);
        generation_ = 1;
    }
    queue_.clear();
    for (size_t i = 0; i < count; ++i) {
        if (stamp_[seeds[i]] != generation_) {
            stamp_[seeds[i]] = generation_;
            queue_.push_back(seeds[i]);
        }
    }
    // Breadth first, so that a capped region is the code nearest the frontier.
    for (size_t head = 0; head < queue_.size() && queue_.size() < max_region_; ++head) {
        const uint32_t b = queue_[head];
        ++visits;
        for (const uint32_t* t = graph.out_begin(b); t < graph.out_end(b); ++t) {
            if (covered[*t] || stamp_[*t] == generation_)
                continue;
            stamp_[*t] = generation_;
            queue_.push_back(*t);
            if (queue_.size() >= max_region_)
                break;
        }
    }
    const auto size = uint32_t(std::min<size_t>(queue_.size(), max_region_));
    for (uint32_t b : queue_)
        if (b < changed_.size() && changed_[b])
            return size | kChangedBit;
    return size;
}

FrontierComputation::Result FrontierComputation::compute(const FrontierGraph& graph,
                                                         const std::vector<uint8_t>& covered,
                                                         std::vector<uint32_t>& weights) {
    Result r;
    const size_t n = graph.nodes();
    weights.assign(n, 0);
    memo_.assign(n, 0);
    bool any_changed = false;
    if (stamp_.size() != n) {
        stamp_.assign(n, 0);
        generation_ = 0;
    }
    for (uint32_t b = 0; b < n; ++b) {
        if (!covered[b])
            continue;
        seeds_.clear();
        for (const uint32_t* t = graph.out_begin(b); t < graph.out_end(b); ++t)
            if (!covered[*t])
                seeds_.push_back(*t);
        if (seeds_.empty())
            continue;
        uint32_t w;
        if (seeds_.size() == 1) {
            // The usual case, a conditional branch taken one way only: many covered blocks can
            // share that never-reached block (a loop's exit, a common error path).
            uint32_t& memo = memo_[seeds_[0]];
            if (!memo)
                memo = region(graph, covered, seeds_.data(), 1, r.visits) + 1;
            w = memo - 1;
        } else {
            // Several never-reached successors (a switch): their regions may overlap, so count
            // the union.
            w = region(graph, covered, seeds_.data(), seeds_.size(), r.visits);
        }
        weights[b] = w;
        any_changed = any_changed || (w & kChangedBit);
    }
    for (uint32_t& w : weights) {
        // Directed: with changed code still ahead, only the way to it weighs.
        if (any_changed && !(w & kChangedBit))
            w = 0;
        w &= ~kChangedBit;
        r.frontier_blocks += w > 0;
    }
    return r;
}

namespace {
std::vector<uint32_t>& changed_counters() {
    static std::vector<uint32_t> counters;
    return counters;
}
} // namespace

void CoverageFrontier::set_changed(std::vector<uint32_t> counters) {
    changed_counters() = std::move(counters);
}

bool CoverageFrontier::load_changed(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "r");
    if (!f)
        return false;
    std::vector<uint32_t> counters;
    unsigned long value = 0;
    while (std::fscanf(f, "%lu", &value) == 1)
        counters.push_back(uint32_t(value));
    std::fclose(f);
    set_changed(std::move(counters));
    return true;
}

const FrontierGraph& CoverageFrontier::graph() {
    static const FrontierGraph g = FrontierGraph::from_modules(
        Coverage::instance().modules(), Coverage::instance().total_counters());
    return g;
}

bool CoverageFrontier::refresh(uint64_t runs, std::vector<uint32_t>& weights) {
    const Coverage& coverage = Coverage::instance();
    const size_t covered = coverage.covered_edges();
    if (covered == last_covered_ || runs < next_runs_)
        return false;
    const FrontierGraph& g = graph();
    if (g.arcs() == 0 || g.nodes() != coverage.seen().size())
        return false; // no control-flow table: no frontier to speak of
    if (!changed_set_) {
        changed_set_ = true;
        if (!changed_counters().empty()) {
            std::vector<uint8_t> marks(g.nodes(), 0);
            for (uint32_t c : changed_counters())
                if (c < marks.size())
                    marks[c] = 1;
            computation_.set_changed(std::move(marks));
        }
    }
    const auto r = computation_.compute(g, coverage.seen(), weights);
    last_covered_ = covered;
    next_runs_ = runs + std::max<uint64_t>(4096, r.visits / 8);
    if (verbose) {
        uint32_t top = 0;
        for (uint32_t w : weights)
            top = std::max(top, w);
        std::fprintf(stderr,
                     "FRONTIER: run %llu: %zu of %zu blocks covered, %zu on the frontier, largest "
                     "region %u, %llu visits (graph: %zu arcs)\n",
                     static_cast<unsigned long long>(runs), covered, g.nodes(), r.frontier_blocks,
                     top, static_cast<unsigned long long>(r.visits), g.arcs());
    }
    return true;
}

engine::FrontierSource* frontier_from_flag(int64_t flag, CoverageFrontier& frontier,
                                           engine::FuzzOptions& options) {
    if (flag <= 0)
        return nullptr;
    options.frontier_boost = flag == 2 ? engine::FrontierBoost::Share : engine::FrontierBoost::Max;
    options.frontier_max_boost = flag == 3 ? 3.0 : 8.0;
    return &frontier;
}

} // namespace arcwise::runtime
