// Fuzz target for lzdec: a match token with offset 0 makes the decoder loop forever; every other
// input decodes (or fails) quickly. A fuzzer reports it as a timeout.
#include "lzdec.h"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<uint8_t> out;
    lzdec::decode(data, size, out);
    return 0;
}
