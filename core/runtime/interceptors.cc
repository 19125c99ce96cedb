// Interceptors for builds without a sanitizer (a sanitizer intercepts these itself and calls the
// weak hooks). Two jobs:
//  - comparison functions: run the comparison and tell the cmp hooks the operands, so magic
//    strings compared with memcmp/strcmp become reachable. The compiler wrapper passes
//    -fno-builtin-* so calls in the target reach these definitions.
//  - allocation: one allocation above -malloc_limit_mb while an input runs is reported as
//    out-of-memory before it happens, like libFuzzer's malloc limit.
// Every definition here is weak: the runtime must never break a link that libFuzzer accepts, so a
// program that brings its own malloc (a harness defining it, a static jemalloc or tcmalloc) or its
// own memcmp keeps it, and only loses what the interceptor added (owns_allocator() tells).
// The allocation functions forward to the next allocator in the lookup order (a shared jemalloc
// or tcmalloc the program links, else the C library's), never to a fixed one.
// This file is compiled with -fno-builtin and includes no libc headers, so nothing here turns
// back into a call to the functions it defines.

#include "hooks_state.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

extern "C" {
void* __libc_malloc(size_t);
void* __libc_calloc(size_t, size_t);
void* __libc_realloc(void*, size_t);
void __libc_free(void*);
void* dlsym(void*, const char*); // <dlfcn.h>, declared here to keep libc headers out

void __sanitizer_weak_hook_memcmp(void*, const void*, const void*, size_t, int);
void __sanitizer_weak_hook_strncmp(void*, const char*, const char*, size_t, int);
void __sanitizer_weak_hook_strcmp(void*, const char*, const char*, int);
void __sanitizer_weak_hook_strncasecmp(void*, const char*, const char*, size_t, int);
void __sanitizer_weak_hook_strcasecmp(void*, const char*, const char*, int);
void __sanitizer_weak_hook_strstr(void*, const char*, const char*, char*);
void __sanitizer_weak_hook_strcasestr(void*, const char*, const char*, char*);
void __sanitizer_weak_hook_memmem(void*, const void*, size_t, const void*, size_t, void*);
}

namespace {

inline int lower(int c) {
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int compare_bytes(const void* a, const void* b, size_t n) {
    const auto* x = static_cast<const unsigned char*>(a);
    const auto* y = static_cast<const unsigned char*>(b);
    for (size_t i = 0; i < n; ++i)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

int compare_strings(const char* a, const char* b, size_t n, bool fold) {
    for (size_t i = 0; i < n; ++i) {
        const int x =
            fold ? lower(static_cast<unsigned char>(a[i])) : static_cast<unsigned char>(a[i]);
        const int y =
            fold ? lower(static_cast<unsigned char>(b[i])) : static_cast<unsigned char>(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
        if (x == 0)
            return 0;
    }
    return 0;
}

const char* find_string(const char* haystack, const char* needle, bool fold) {
    if (!*needle)
        return haystack;
    for (; *haystack; ++haystack) {
        size_t i = 0;
        while (needle[i] && haystack[i] &&
               (fold ? lower(static_cast<unsigned char>(haystack[i])) ==
                           lower(static_cast<unsigned char>(needle[i]))
                     : haystack[i] == needle[i]))
            ++i;
        if (!needle[i])
            return haystack;
    }
    return nullptr;
}

inline void check_allocation(size_t size) {
    if (arcwise::runtime::over_malloc_limit(size))
        arcwise::runtime::report_malloc_limit(size);
}

constexpr size_t kNoLimit = ~size_t(0);

// --- The next allocator -------------------------------------------------------------------------

using MallocFn = void* (*)(size_t);
using CallocFn = void* (*)(size_t, size_t);
using ReallocFn = void* (*)(void*, size_t);
using FreeFn = void (*)(void*);

// Resolved on the first allocation (which may come before any constructor of ours runs). Threads
// that race to resolve store the same values.
struct NextAllocator {
    std::atomic<MallocFn> malloc{nullptr};
    std::atomic<CallocFn> calloc{nullptr};
    std::atomic<ReallocFn> realloc{nullptr};
    std::atomic<FreeFn> free{nullptr};
    std::atomic<bool> ready{false};
};
NextAllocator g_next;

// dlsym may allocate (its error state) while it resolves: those allocations come from this
// arena, which is never freed. Each block starts with its size, for realloc.
constexpr size_t kArenaSize = 8192;
alignas(16) char g_arena[kArenaSize];
std::atomic<size_t> g_arena_used{0};
__attribute__((tls_model("initial-exec"))) thread_local bool t_resolving = false;

bool in_arena(const void* p) {
    const char* c = static_cast<const char*>(p);
    return c >= g_arena && c < g_arena + kArenaSize;
}

void* arena_alloc(size_t size) {
    const size_t need = 16 + ((size + 15) & ~size_t(15));
    const size_t at = g_arena_used.fetch_add(need, std::memory_order_relaxed);
    if (at + need > kArenaSize || need < size)
        return nullptr;
    *reinterpret_cast<size_t*>(g_arena + at) = size;
    return g_arena + at + 16; // zeroed: static storage, never reused
}

size_t arena_size(const void* p) {
    return *reinterpret_cast<const size_t*>(static_cast<const char*>(p) - 16);
}

// The next allocator, or nullptr while this thread is inside dlsym resolving it.
const NextAllocator* next_allocator() {
    if (g_next.ready.load(std::memory_order_acquire)) [[likely]]
        return &g_next;
    if (t_resolving)
        return nullptr;
    t_resolving = true;
    // RTLD_NEXT from <dlfcn.h>, written out here: a global holding it might not be initialised
    // yet when the first allocation comes.
    void* const kRtldNext = reinterpret_cast<void*>(-1L);
    auto m = reinterpret_cast<MallocFn>(dlsym(kRtldNext, "malloc"));
    auto c = reinterpret_cast<CallocFn>(dlsym(kRtldNext, "calloc"));
    auto r = reinterpret_cast<ReallocFn>(dlsym(kRtldNext, "realloc"));
    auto f = reinterpret_cast<FreeFn>(dlsym(kRtldNext, "free"));
    if (!m || !c || !r || !f) {
        // A static link has no next object: the C library's own allocator is all there is.
        m = __libc_malloc;
        c = __libc_calloc;
        r = __libc_realloc;
        f = __libc_free;
    }
    g_next.malloc.store(m, std::memory_order_relaxed);
    g_next.calloc.store(c, std::memory_order_relaxed);
    g_next.realloc.store(r, std::memory_order_relaxed);
    g_next.free.store(f, std::memory_order_relaxed);
    g_next.ready.store(true, std::memory_order_release);
    t_resolving = false;
    return &g_next;
}

} // namespace

#define PC __builtin_return_address(0)
#define EXPORT __attribute__((visibility("default"), weak))

extern "C" {

EXPORT int memcmp(const void* a, const void* b, size_t n) noexcept {
    const int r = compare_bytes(a, b, n);
    __sanitizer_weak_hook_memcmp(PC, a, b, n, r);
    return r;
}
EXPORT int bcmp(const void* a, const void* b, size_t n) noexcept {
    const int r = compare_bytes(a, b, n);
    __sanitizer_weak_hook_memcmp(PC, a, b, n, r);
    return r;
}
EXPORT int strcmp(const char* a, const char* b) noexcept {
    const int r = compare_strings(a, b, kNoLimit, false);
    __sanitizer_weak_hook_strcmp(PC, a, b, r);
    return r;
}
EXPORT int strncmp(const char* a, const char* b, size_t n) noexcept {
    const int r = compare_strings(a, b, n, false);
    __sanitizer_weak_hook_strncmp(PC, a, b, n, r);
    return r;
}
EXPORT int strcasecmp(const char* a, const char* b) noexcept {
    const int r = compare_strings(a, b, kNoLimit, true);
    __sanitizer_weak_hook_strcasecmp(PC, a, b, r);
    return r;
}
EXPORT int strncasecmp(const char* a, const char* b, size_t n) noexcept {
    const int r = compare_strings(a, b, n, true);
    __sanitizer_weak_hook_strncasecmp(PC, a, b, n, r);
    return r;
}
EXPORT char* strstr(const char* haystack, const char* needle) noexcept {
    char* r = const_cast<char*>(find_string(haystack, needle, false));
    __sanitizer_weak_hook_strstr(PC, haystack, needle, r);
    return r;
}
EXPORT char* strcasestr(const char* haystack, const char* needle) noexcept {
    char* r = const_cast<char*>(find_string(haystack, needle, true));
    __sanitizer_weak_hook_strcasestr(PC, haystack, needle, r);
    return r;
}
EXPORT void* memmem(const void* haystack, size_t hlen, const void* needle, size_t nlen) noexcept {
    const auto* h = static_cast<const unsigned char*>(haystack);
    void* r = nullptr;
    if (nlen == 0) {
        r = const_cast<void*>(haystack);
    } else {
        for (size_t i = 0; i + nlen <= hlen; ++i) {
            if (h[i] == *static_cast<const unsigned char*>(needle) &&
                compare_bytes(h + i, needle, nlen) == 0) {
                r = const_cast<unsigned char*>(h + i);
                break;
            }
        }
    }
    __sanitizer_weak_hook_memmem(PC, haystack, hlen, needle, nlen, r);
    return r;
}

// The allocation functions are defined under their own names and exported as weak aliases, so
// owns_allocator() can tell whether the link kept them.
__attribute__((visibility("hidden"))) void* arcwise_malloc(size_t size) noexcept {
    check_allocation(size);
    if (const NextAllocator* next = next_allocator()) [[likely]]
        return next->malloc.load(std::memory_order_relaxed)(size);
    return arena_alloc(size);
}
__attribute__((visibility("hidden"))) void* arcwise_calloc(size_t n, size_t size) noexcept {
    size_t total = 0;
    const bool overflow = __builtin_mul_overflow(n, size, &total);
    if (!overflow)
        check_allocation(total);
    if (const NextAllocator* next = next_allocator()) [[likely]]
        return next->calloc.load(std::memory_order_relaxed)(n, size); // it reports an overflow
    return overflow ? nullptr : arena_alloc(total);
}
__attribute__((visibility("hidden"))) void* arcwise_realloc(void* p, size_t size) noexcept {
    check_allocation(size);
    const NextAllocator* next = next_allocator();
    if (p && in_arena(p)) {
        // Moves out of the arena (or within it, while still resolving).
        void* q = next ? next->malloc.load(std::memory_order_relaxed)(size) : arena_alloc(size);
        if (q) {
            const size_t old = arena_size(p);
            const size_t n = old < size ? old : size;
            for (size_t i = 0; i < n; ++i)
                static_cast<char*>(q)[i] = static_cast<const char*>(p)[i];
        }
        return q;
    }
    if (next) [[likely]]
        return next->realloc.load(std::memory_order_relaxed)(p, size);
    return p ? nullptr : arena_alloc(size);
}
__attribute__((visibility("hidden"))) void arcwise_free(void* p) noexcept {
    if (!p || in_arena(p))
        return;
    if (const NextAllocator* next = next_allocator()) [[likely]]
        next->free.load(std::memory_order_relaxed)(p);
}

EXPORT __attribute__((alias("arcwise_malloc"))) void* malloc(size_t) noexcept;
EXPORT __attribute__((alias("arcwise_calloc"))) void* calloc(size_t, size_t) noexcept;
EXPORT __attribute__((alias("arcwise_realloc"))) void* realloc(void*, size_t) noexcept;
EXPORT __attribute__((alias("arcwise_free"))) void free(void*) noexcept;

} // extern "C"

namespace arcwise::runtime {
// Variant-specific set-up: nothing to install, the definitions above are the hooks.
void install_variant_hooks() {}
bool sanitizer_variant() {
    return false;
}
bool owns_allocator() {
    // Read through a volatile so the comparison is made on what the link chose, at run time.
    void* (*volatile resolved)(size_t) = &malloc;
    return resolved == &arcwise_malloc;
}
} // namespace arcwise::runtime
