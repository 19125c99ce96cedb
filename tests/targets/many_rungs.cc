// A libFuzzer harness whose coverage keeps growing for a while: a ladder of 160 rungs, each its
// own function (a template instance), each needing one more byte of a fixed pattern. It never
// fails. Lets tests watch corpus entries travel between the hosts of one campaign.

#include <cstddef>
#include <cstdint>

namespace {

volatile unsigned sink;

constexpr unsigned kRungs = 160;

template <unsigned I> __attribute__((noinline)) void rung(const uint8_t* data, size_t size) {
    if constexpr (I < kRungs) {
        if (size > I && data[I] == uint8_t(I * 37 + 11)) {
            sink = sink + I;
            rung<I + 1>(data, size);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    rung<0>(data, size);
    return 0;
}
