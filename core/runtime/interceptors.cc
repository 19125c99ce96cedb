// Interceptors for builds without a sanitizer (a sanitizer intercepts these itself and calls the
// weak hooks). Two jobs:
//  - comparison functions: run the comparison and tell the cmp hooks the operands, so magic
//    strings compared with memcmp/strcmp become reachable. The compiler wrapper passes
//    -fno-builtin-* so calls in the target reach these definitions.
//  - allocation: one allocation above -malloc_limit_mb while an input runs is reported as
//    out-of-memory before it happens, like libFuzzer's malloc limit.
// This file is compiled with -fno-builtin and includes no libc headers, so nothing here turns
// back into a call to the functions it defines.

#include "hooks_state.h"

#include <cstddef>
#include <cstdint>

extern "C" {
void* __libc_malloc(size_t);
void* __libc_calloc(size_t, size_t);
void* __libc_realloc(void*, size_t);
void __libc_free(void*);

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

} // namespace

#define PC __builtin_return_address(0)
#define EXPORT __attribute__((visibility("default")))

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

EXPORT void* malloc(size_t size) noexcept {
    check_allocation(size);
    return __libc_malloc(size);
}
EXPORT void* calloc(size_t n, size_t size) noexcept {
    size_t total = 0;
    if (!__builtin_mul_overflow(n, size, &total))
        check_allocation(total);
    return __libc_calloc(n, size);
}
EXPORT void* realloc(void* p, size_t size) noexcept {
    check_allocation(size);
    return __libc_realloc(p, size);
}
EXPORT void free(void* p) noexcept {
    __libc_free(p);
}

} // extern "C"

namespace arcwise::runtime {
// Variant-specific set-up: nothing to install, the definitions above are the hooks.
void install_variant_hooks() {}
bool sanitizer_variant() {
    return false;
}
} // namespace arcwise::runtime
