// A harness with its own crossover (LLVMFuzzerCustomCrossOver) and the built-in mutators: the
// crossover joins two inputs with a '|'. Planted bug: "LEFT|RIGHT", which the crossover makes in
// one step from the seed inputs "LEFT" and "RIGHT".

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {
char* volatile g_null = nullptr;
volatile int g_seen = 0;

bool is(const uint8_t* data, size_t size, const char* word) {
    const size_t n = std::strlen(word);
    if (size != n)
        return false;
    for (size_t i = 0; i < n; ++i)
        if (data[i] != static_cast<uint8_t>(word[i]))
            return false;
    return true;
}
} // namespace

extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* data1, size_t size1,
                                            const uint8_t* data2, size_t size2, uint8_t* out,
                                            size_t max_out_size, unsigned int) {
    if (size1 + 1 + size2 > max_out_size)
        return 0;
    std::memcpy(out, data1, size1);
    out[size1] = '|';
    std::memcpy(out + size1 + 1, data2, size2);
    return size1 + 1 + size2;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    size_t bar = 0;
    while (bar < size && data[bar] != '|')
        ++bar;
    const bool left = is(data, bar, "LEFT");
    if (left)
        g_seen = 1;
    if (is(data, bar, "RIGHT")) // so that the seed "RIGHT" has coverage of its own
        g_seen = 3;
    if (bar == size)
        return 0;
    const bool right = is(data + bar + 1, size - bar - 1, "RIGHT");
    if (right)
        g_seen = 2;
    if (left && right)
        g_null[size] = 1;
    return 0;
}
