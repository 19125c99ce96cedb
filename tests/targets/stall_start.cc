// A harness that lists its target but then never says hello as a worker (its initialisation
// sleeps for an hour): it must delay nobody but its own worker slot.
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ::sleep(3600);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) {
    return 0;
}
