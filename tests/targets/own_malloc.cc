// A harness that brings its own allocator, as OSS-Fuzz harnesses that inject allocation failures do
// (libpng's contrib/oss-fuzz/nalloc.h): it defines malloc, calloc, realloc and free itself and
// forwards to the C library's (or, under AddressSanitizer, to the sanitizer's). It must link and
// fuzz with Arcwise exactly as with clang++ -fsanitize=fuzzer (tst_libfuzzer_compat).
// Planted bug: an input starting with "NUL" makes one allocation fail, and the code under test
// writes through the null pointer it did not check.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OWN_MALLOC_ASAN 1
#endif
#endif

extern "C" {
#ifdef OWN_MALLOC_ASAN
void* __interceptor_malloc(size_t);
void* __interceptor_calloc(size_t, size_t);
void* __interceptor_realloc(void*, size_t);
void __interceptor_free(void*);
#define REAL(name) __interceptor_##name
#else
void* __libc_malloc(size_t);
void* __libc_calloc(size_t, size_t);
void* __libc_realloc(void*, size_t);
void __libc_free(void*);
#define REAL(name) __libc_##name
#endif
}

namespace {
volatile unsigned long g_calls = 0;
volatile bool g_fail_next = false;
void* volatile g_sink = nullptr;
} // namespace

extern "C" {

void* malloc(size_t size) noexcept {
    g_calls = g_calls + 1;
    if (g_fail_next) {
        g_fail_next = false;
        return nullptr;
    }
    return REAL(malloc)(size);
}
void* calloc(size_t n, size_t size) noexcept {
    g_calls = g_calls + 1;
    return REAL(calloc)(n, size);
}
void* realloc(void* p, size_t size) noexcept {
    g_calls = g_calls + 1;
    return REAL(realloc)(p, size);
}
void free(void* p) noexcept {
    REAL(free)(p);
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const unsigned long before = g_calls;
    g_sink = malloc(16);
    free(g_sink);
    if (g_calls == before) {
        std::fprintf(stderr, "own_malloc: the harness's malloc was not called\n");
        std::abort();
    }
    if (size >= 3 && data[0] == 'N' && data[1] == 'U' && data[2] == 'L') {
        g_fail_next = true;
        char* buffer = static_cast<char*>(malloc(64));
        buffer[0] = static_cast<char>(data[0]); // the unchecked allocation failure
        g_sink = buffer;
        free(buffer);
    }
    return 0;
}

} // extern "C"
