// A harness that lists its target but cannot start as a worker (its initialisation aborts): a
// campaign must mark it broken with its message and go on with the others.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::fprintf(stderr, "broken_start: cannot find its configuration file\n");
    std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) {
    return 0;
}
