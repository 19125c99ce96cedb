#include "coverage.h"

#include <cstring>

#include "engine/features.h"

namespace arcwise::runtime {

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
        uint8_t* p = m.counters_begin;
        uint8_t* const end = m.counters_end;
        // Counters are mostly zero: skip them eight at a time.
        while (p < end && (reinterpret_cast<uintptr_t>(p) & 7) != 0) {
            if (*p) {
                const size_t i = m.first_index + size_t(p - m.counters_begin);
                features.push_back(engine::counter_feature(uint32_t(i), *p));
                if (!seen_[i]) {
                    seen_[i] = 1;
                    ++covered_;
                }
                *p = 0;
            }
            ++p;
        }
        for (; p + 8 <= end; p += 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            if (!word)
                continue;
            for (size_t k = 0; k < 8; ++k) {
                if (p[k]) {
                    const size_t i = m.first_index + size_t(p + k - m.counters_begin);
                    features.push_back(engine::counter_feature(uint32_t(i), p[k]));
                    if (!seen_[i]) {
                        seen_[i] = 1;
                        ++covered_;
                    }
                }
            }
            std::memset(p, 0, 8);
        }
        for (; p < end; ++p) {
            if (*p) {
                const size_t i = m.first_index + size_t(p - m.counters_begin);
                features.push_back(engine::counter_feature(uint32_t(i), *p));
                if (!seen_[i]) {
                    seen_[i] = 1;
                    ++covered_;
                }
                *p = 0;
            }
        }
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
