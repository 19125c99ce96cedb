// A libFuzzer harness that fails in a chosen way: the first input byte picks the failure. The
// integration tests replay one-byte inputs through it to check every kind of failure capture.

#undef NDEBUG
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace {

volatile int g_zero = 0;
volatile char* volatile g_null = nullptr;
char* volatile g_sink = nullptr; // keeps allocations observable to the optimiser

__attribute__((noinline)) int recurse(int depth) {
    volatile char frame[1024];
    frame[0] = char(depth);
    return recurse(depth + 1) + frame[0];
}

__attribute__((noinline)) void write_through_null() {
    g_null[0] = 1;
}

__attribute__((noinline)) void grow_memory() {
    std::vector<char*> blocks;
    for (;;) {
        char* block = static_cast<char*>(std::malloc(64 << 20));
        std::memset(block, 1, 64 << 20);
        blocks.push_back(block);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    switch (data[0]) {
    case 'S':
        write_through_null();
        break;
    case 'A':
        std::abort();
    case 'X':
        assert(size == 1000 && "record length must be 1000");
        break;
    case 'E':
        throw std::runtime_error("bad record");
    case 'F':
        return 10 / g_zero;
    case 'O':
        return recurse(0);
    case 'H':
        for (;;)
            g_zero = g_zero + 0;
    case 'M': {
        volatile size_t huge = size_t(3) << 30;
        g_sink = static_cast<char*>(std::malloc(huge));
        g_sink[0] = 1;
        return g_sink[0];
    }
    case 'R':
        grow_memory();
        break;
    case 'Q':
        std::exit(3);
    case 'B': {
        // A heap overflow: only a sanitizer build notices.
        g_sink = new char[4];
        volatile size_t at = 4 + size;
        g_sink[at] = 1;
        delete[] g_sink;
        break;
    }
    default:
        break;
    }
    return 0;
}
