#pragma once
// SanitizerCoverage as the compiler emits it into the user's binary: inline 8-bit counters, the
// pc-table and the control-flow table, from every instrumented module. Turns the counters into
// features after each execution.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace arcwise::runtime {

struct PcEntry {
    uintptr_t pc;
    uintptr_t flags; // bit 0: the block is a function entry
};

struct CoverageModule {
    uint8_t* counters_begin = nullptr;
    uint8_t* counters_end = nullptr;
    const PcEntry* pcs_begin = nullptr;
    const PcEntry* pcs_end = nullptr;
    const uintptr_t* cfs_begin = nullptr; // control-flow table, kept for the CFG view
    const uintptr_t* cfs_end = nullptr;
    size_t first_index = 0; // global index of this module's first counter
    size_t size() const { return size_t(counters_end - counters_begin); }
};

class Coverage {
public:
    static Coverage& instance();

    void add_counters(uint8_t* begin, uint8_t* end);
    void add_pcs(const uintptr_t* begin, const uintptr_t* end);
    void add_cfs(const uintptr_t* begin, const uintptr_t* end);

    // Zeroes every counter (before an execution).
    void reset();
    // Starts measuring how deep the stack goes in the next execution (-fsanitize-coverage=
    // stack-depth); collect() turns the depth into a feature, which gives deep recursion a
    // gradient to climb before it overflows.
    static void begin_stack_depth();
    // Appends the features of the last execution (counter index × 8 + hit bucket), in increasing
    // order, and zeroes the counters. Also updates the covered-edge count.
    void collect(std::vector<uint32_t>& features);

    size_t total_counters() const { return total_; }
    size_t covered_edges() const { return covered_; }
    const std::vector<CoverageModule>& modules() const { return modules_; }
    // Per counter: 1 once any execution hit it (the coverage frontier is computed from this).
    const std::vector<uint8_t>& seen() const { return seen_; }

private:
    std::vector<CoverageModule> modules_;
    std::vector<uint8_t> seen_; // per counter: ever non-zero
    static uintptr_t stack_start_;
    size_t total_ = 0;
    size_t covered_ = 0;
};

} // namespace arcwise::runtime
