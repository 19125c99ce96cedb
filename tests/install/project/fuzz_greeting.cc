// A plain libFuzzer harness: it builds unchanged with arcwise-c++, arcwise_add_fuzz_target() and
// the flags of pkg-config's arcwise.pc.
#include "greeting.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    parse_greeting(data, size);
    return 0;
}
