#pragma once
// The little state that compiler callbacks, interceptors and signal handlers must reach without
// arguments. Everything else is passed explicitly.

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace arcwise::engine {
class CmpLog;
}

namespace arcwise::runtime {

struct HookState {
    // True while the target runs an input: only then are comparisons recorded, allocations
    // checked against the limit, and exit() treated as a failure.
    std::atomic<bool> running{false};
    engine::CmpLog* cmp_log = nullptr;
    size_t malloc_limit = 0; // bytes; 0 = no limit
    // Subtracted from comparison sites before they pick a CmpLog slot, so that the slots (and
    // with them the whole run) do not depend on where ASLR loaded the binary.
    uintptr_t pc_base = 0;
    // -use_value_profile=1: the map of comparison distances the hooks fill while an input runs
    // (value_profile.h); null when the flag is off, so the hooks pay one branch for it.
    uint64_t* value_profile = nullptr;
};

HookState& hooks();

// True when an allocation of `size` bytes, made now, breaks the malloc limit.
inline bool over_malloc_limit(size_t size) {
    HookState& h = hooks();
    return h.malloc_limit && size > h.malloc_limit && h.running.load(std::memory_order_relaxed);
}

// Called by the allocation interceptors (or sanitizer malloc hooks) when one allocation exceeds the
// limit while an input runs. Does not return.
[[noreturn]] void report_malloc_limit(size_t size);

} // namespace arcwise::runtime
