// Comparison feedback: the trace-cmp callbacks the compiler emits and the weak hooks that
// sanitizers (or Arcwise's own interceptors) call for memcmp/strcmp and friends. They record the
// operands in the CmpLog, from which the mutators draw values to insert.

#include "engine/cmp_log.h"
#include "engine/features.h"
#include "hooks_state.h"
#include "value_profile.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace arcwise::runtime {

HookState& hooks() {
    static HookState state;
    return state;
}

namespace {

constexpr size_t kValueWords = engine::kValueProfileBits / 64;
uint64_t g_value_map[kValueWords];

inline void set_value_bit(uint64_t* map, uint64_t value) {
    value &= engine::kValueProfileBits - 1;
    map[value / 64] |= uint64_t{1} << (value % 64);
}

inline engine::CmpLog* active_log() {
    HookState& h = hooks();
    return h.running.load(std::memory_order_relaxed) ? h.cmp_log : nullptr;
}

// The value profile's map while an input runs, else null.
inline uint64_t* active_value_map() {
    HookState& h = hooks();
    return h.running.load(std::memory_order_relaxed) ? h.value_profile : nullptr;
}

inline void record_int(uintptr_t pc, uint64_t a, uint64_t b, uint8_t width) {
    if (auto* log = active_log())
        log->add_int(pc, a, b, width);
    if (uint64_t* map = active_value_map()) [[unlikely]] {
        // Two bits per site: how many bits differ, and how far apart the values are.
        set_value_bit(map, pc * 128 + uint64_t(std::popcount(a ^ b)));
        set_value_bit(map, pc * 128 + 64 + (a == b ? 0 : uint64_t(std::countl_zero(a - b)) + 1));
    }
}

// For memcmp and friends: how long the common prefix is, and how many bits differ in the
// first byte that differs.
void record_prefix(uintptr_t pc, const void* a, size_t an, const void* b, size_t bn,
                   uint64_t* map) {
    const size_t n = std::min(std::min(an, bn), engine::CmpLog::kMaxWord);
    const auto* x = static_cast<const uint8_t*>(a);
    const auto* y = static_cast<const uint8_t*>(b);
    size_t i = 0;
    while (i < n && x[i] == y[i])
        ++i;
    const unsigned distance = i < n ? unsigned(std::popcount(unsigned(x[i] ^ y[i]))) : 0;
    set_value_bit(map, ((pc & 4095) | (uint64_t(i) << 12)) + distance);
}

size_t bounded_strlen(const char* s, size_t limit) {
    size_t n = 0;
    while (n < limit && s[n])
        ++n;
    return n;
}

inline void record_words(uintptr_t pc_in, const void* a, size_t an, const void* b, size_t bn) {
    if (auto* log = active_log())
        log->add_words(pc_in - hooks().pc_base, a, an, b, bn);
    if (uint64_t* map = active_value_map()) [[unlikely]]
        record_prefix(pc_in - hooks().pc_base, a, an, b, bn, map);
}

} // namespace

void enable_value_profile() {
    hooks().value_profile = g_value_map;
}

void collect_value_profile(std::vector<uint32_t>& features) {
    uint64_t* map = hooks().value_profile;
    if (!map)
        return;
    for (size_t w = 0; w < kValueWords; ++w) {
        uint64_t word = map[w];
        if (!word)
            continue;
        map[w] = 0;
        while (word) {
            const unsigned bit = unsigned(std::countr_zero(word));
            word &= word - 1;
            features.push_back(engine::kValueProfileBase + uint32_t(w * 64 + bit));
        }
    }
}
} // namespace arcwise::runtime

using arcwise::runtime::record_int;
using arcwise::runtime::record_words;

#define ARCWISE_PC                                                                                 \
    (reinterpret_cast<uintptr_t>(__builtin_return_address(0)) - arcwise::runtime::hooks().pc_base)
#define ARCWISE_EXPORT extern "C" __attribute__((visibility("default")))

ARCWISE_EXPORT void __sanitizer_cov_trace_cmp1(uint8_t a, uint8_t b) {
    record_int(ARCWISE_PC, a, b, 1);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_cmp2(uint16_t a, uint16_t b) {
    record_int(ARCWISE_PC, a, b, 2);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_cmp4(uint32_t a, uint32_t b) {
    record_int(ARCWISE_PC, a, b, 4);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_cmp8(uint64_t a, uint64_t b) {
    record_int(ARCWISE_PC, a, b, 8);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_const_cmp1(uint8_t a, uint8_t b) {
    record_int(ARCWISE_PC, a, b, 1);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_const_cmp2(uint16_t a, uint16_t b) {
    record_int(ARCWISE_PC, a, b, 2);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_const_cmp4(uint32_t a, uint32_t b) {
    record_int(ARCWISE_PC, a, b, 4);
}
ARCWISE_EXPORT void __sanitizer_cov_trace_const_cmp8(uint64_t a, uint64_t b) {
    record_int(ARCWISE_PC, a, b, 8);
}

// cases[0] = number of cases, cases[1] = bit width, cases[2..] = the case values, ascending.
// Indirect calls (-fsanitize-coverage=indirect-calls, part of -fsanitize=fuzzer-no-link). Their
// targets already show in the edge counters; as libFuzzer, only -use_value_profile=1 adds the
// caller/callee pair (both relative to the binary, so a seed's run does not depend on ASLR).
ARCWISE_EXPORT void __sanitizer_cov_trace_pc_indir(uintptr_t callee) {
    if (uint64_t* map = arcwise::runtime::active_value_map()) [[unlikely]] {
        const uintptr_t caller = ARCWISE_PC;
        const uintptr_t to = callee - arcwise::runtime::hooks().pc_base;
        arcwise::runtime::set_value_bit(map, (caller & 4095) | ((to & 4095) << 12));
    }
}

ARCWISE_EXPORT void __sanitizer_cov_trace_switch(uint64_t value, uint64_t* cases) {
    if (!arcwise::runtime::active_log())
        return;
    const uint64_t n = cases[0];
    const auto width = static_cast<uint8_t>(cases[1] / 8);
    if (n == 0 || width == 0)
        return;
    const uint64_t* values = cases + 2;
    // Small values on both sides are what byte mutations hit anyway (libFuzzer skips them too);
    // recording them for every byte of a tokenizer's switch would cost more than it finds.
    if (values[n - 1] < 256 && value < 256)
        return;
    // Record the cases just below and just above the value: what a mutation most likely needs.
    uint64_t i = 0;
    while (i < n && values[i] < value)
        ++i;
    const uintptr_t pc = ARCWISE_PC;
    if (i > 0)
        record_int(pc, value, values[i - 1], width);
    if (i < n && values[i] != value)
        record_int(pc + 1, value, values[i], width);
}

ARCWISE_EXPORT void __sanitizer_cov_trace_div4(uint32_t) {}
ARCWISE_EXPORT void __sanitizer_cov_trace_div8(uint64_t) {}
ARCWISE_EXPORT void __sanitizer_cov_trace_gep(uintptr_t) {}

ARCWISE_EXPORT void __sanitizer_weak_hook_memcmp(void* pc, const void* s1, const void* s2, size_t n,
                                                 int result) {
    if (result != 0)
        record_words(reinterpret_cast<uintptr_t>(pc), s1, n, s2, n);
}
ARCWISE_EXPORT void __sanitizer_weak_hook_strncmp(void* pc, const char* s1, const char* s2,
                                                  size_t n, int result) {
    if (result == 0)
        return;
    record_words(reinterpret_cast<uintptr_t>(pc), s1, arcwise::runtime::bounded_strlen(s1, n), s2,
                 arcwise::runtime::bounded_strlen(s2, n));
}
ARCWISE_EXPORT void __sanitizer_weak_hook_strcmp(void* pc, const char* s1, const char* s2,
                                                 int result) {
    if (result == 0)
        return;
    constexpr size_t kMax = arcwise::engine::CmpLog::kMaxWord;
    record_words(reinterpret_cast<uintptr_t>(pc), s1, arcwise::runtime::bounded_strlen(s1, kMax),
                 s2, arcwise::runtime::bounded_strlen(s2, kMax));
}
ARCWISE_EXPORT void __sanitizer_weak_hook_strncasecmp(void* pc, const char* s1, const char* s2,
                                                      size_t n, int result) {
    __sanitizer_weak_hook_strncmp(pc, s1, s2, n, result);
}
ARCWISE_EXPORT void __sanitizer_weak_hook_strcasecmp(void* pc, const char* s1, const char* s2,
                                                     int result) {
    __sanitizer_weak_hook_strcmp(pc, s1, s2, result);
}
ARCWISE_EXPORT void __sanitizer_weak_hook_strstr(void* pc, const char* haystack, const char* needle,
                                                 char* result) {
    if (result)
        return;
    constexpr size_t kMax = arcwise::engine::CmpLog::kMaxWord;
    // Only the needle matters: it is what the input should contain.
    const size_t n = arcwise::runtime::bounded_strlen(needle, kMax);
    record_words(reinterpret_cast<uintptr_t>(pc), haystack,
                 arcwise::runtime::bounded_strlen(haystack, n), needle, n);
}
ARCWISE_EXPORT void __sanitizer_weak_hook_strcasestr(void* pc, const char* haystack,
                                                     const char* needle, char* result) {
    __sanitizer_weak_hook_strstr(pc, haystack, needle, result);
}
ARCWISE_EXPORT void __sanitizer_weak_hook_memmem(void* pc, const void* haystack, size_t hlen,
                                                 const void* needle, size_t nlen, void* result) {
    if (result)
        return;
    record_words(reinterpret_cast<uintptr_t>(pc), haystack, hlen < nlen ? hlen : nlen, needle,
                 nlen);
}
