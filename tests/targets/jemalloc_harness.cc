// A harness linked with jemalloc, shared (the runtime's malloc forwards to it and keeps the malloc
// limit) or static (jemalloc's malloc replaces the runtime's: the limit is off, with a notice).
// Either way it must link and fuzz with Arcwise exactly as with clang++ -fsanitize=fuzzer.
// Planted bug: "JEM" writes through a null pointer. "BIG" allocates 256 MiB at once, which the
// malloc limit stops where it applies.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <jemalloc/jemalloc.h>

namespace {
void* volatile g_sink = nullptr;
char* volatile g_null = nullptr;

uint64_t thread_allocated() {
    uint64_t bytes = 0;
    size_t size = sizeof bytes;
    if (mallctl("thread.allocated", &bytes, &size, nullptr, 0) != 0)
        return 0;
    return bytes;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Allocations through plain malloc must reach jemalloc, whoever else defines malloc.
    const uint64_t before = thread_allocated();
    g_sink = std::malloc(4096);
    const uint64_t after = thread_allocated();
    std::free(g_sink);
    if (after < before + 4096) {
        std::fprintf(stderr, "jemalloc_harness: malloc does not reach jemalloc\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size >= 3 && data[0] == 'J' && data[1] == 'E' && data[2] == 'M')
        g_null[size] = 1;
    if (size >= 3 && data[0] == 'B' && data[1] == 'I' && data[2] == 'G') {
        g_sink = std::malloc(size_t{256} << 20);
        std::free(g_sink);
    }
    return 0;
}
