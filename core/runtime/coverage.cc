#include "coverage.h"

#include "engine/features.h"

#include <bit>
#include <cstring>

// Maintained by code built with -fsanitize-coverage=stack-depth: the lowest stack pointer seen.
extern "C" {
__attribute__((visibility("default"),
               tls_model("initial-exec"))) thread_local uintptr_t __sancov_lowest_stack;
}

namespace arcwise::runtime {

uintptr_t Coverage::stack_start_ = 0;

void Coverage::begin_stack_depth() {
    stack_start_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    __sancov_lowest_stack = stack_start_;
}

namespace {

// Stack depth in quarter-octave steps: fine where recursion starts, coarse where it is deep.
uint32_t stack_depth_feature(uintptr_t depth) {
    const uint64_t d = depth / 16;
    if (d < 16)
        return engine::kExtraFeatureBase + uint32_t(d);
    const unsigned bits = unsigned(std::bit_width(d));
    return engine::kExtraFeatureBase + 16 + (bits - 5) * 4 + uint32_t((d >> (bits - 3)) & 3);
}

} // namespace

Coverage& Coverage::instance() {
    // Constructed on first use: the instrumented modules' constructors call in before main().
    static Coverage* coverage = new Coverage;
    return *coverage;
}

void Coverage::add_counters(uint8_t* begin, uint8_t* end) {
    if (begin == end)
        return;
    for (const auto& m : modules_)
        if (m.counters_begin == begin)
            return; // the same module registers once per constructor run
    CoverageModule m;
    m.counters_begin = begin;
    m.counters_end = end;
    m.first_index = total_;
    total_ += m.size();
    modules_.push_back(m);
    seen_.resize(total_, 0);
}

void Coverage::add_pcs(const uintptr_t* begin, const uintptr_t* end) {
    // The pc-table registers right after the counters of the same module, in the same order.
    const size_t n = size_t(end - begin) / 2;
    for (auto& m : modules_) {
        if (!m.pcs_begin && m.size() == n) {
            m.pcs_begin = reinterpret_cast<const PcEntry*>(begin);
            m.pcs_end = reinterpret_cast<const PcEntry*>(end);
            return;
        }
    }
}

void Coverage::add_cfs(const uintptr_t* begin, const uintptr_t* end) {
    for (auto& m : modules_) {
        if (!m.cfs_begin) {
            m.cfs_begin = begin;
            m.cfs_end = end;
            return;
        }
    }
}

void Coverage::reset() {
    for (auto& m : modules_)
        std::memset(m.counters_begin, 0, m.size());
}

void Coverage::collect(std::vector<uint32_t>& features) {
    for (const auto& m : modules_) {
        uint8_t* const begin = m.counters_begin;
        uint8_t* const end = m.counters_end;
        auto take = [&](uint8_t* p) {
            const size_t i = m.first_index + size_t(p - begin);
            features.push_back(engine::counter_feature(uint32_t(i), *p));
            if (!seen_[i]) {
                seen_[i] = 1;
                ++covered_;
            }
            *p = 0;
        };
        uint8_t* p = begin;
        for (; p < end && (reinterpret_cast<uintptr_t>(p) & 7) != 0; ++p)
            if (*p)
                take(p);
        // Counters are mostly zero: skip them eight at a time.
        for (; p + 8 <= end; p += 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            if (!word)
                continue;
            for (size_t k = 0; k < 8; ++k)
                if (p[k])
                    take(p + k);
        }
        for (; p < end; ++p)
            if (*p)
                take(p);
    }
    if (stack_start_ && __sancov_lowest_stack < stack_start_) {
        features.push_back(stack_depth_feature(stack_start_ - __sancov_lowest_stack));
        stack_start_ = 0;
    }
}

} // namespace arcwise::runtime

// The SanitizerCoverage callbacks the compiler emits calls to.
extern "C" {

__attribute__((visibility("default"))) void __sanitizer_cov_8bit_counters_init(uint8_t* begin,
                                                                               uint8_t* end) {
    arcwise::runtime::Coverage::instance().add_counters(begin, end);
}

__attribute__((visibility("default"))) void __sanitizer_cov_pcs_init(const uintptr_t* begin,
                                                                     const uintptr_t* end) {
    arcwise::runtime::Coverage::instance().add_pcs(begin, end);
}

__attribute__((visibility("default"))) void __sanitizer_cov_cfs_init(const uintptr_t* begin,
                                                                     const uintptr_t* end) {
    arcwise::runtime::Coverage::instance().add_cfs(begin, end);
}

} // extern "C"
