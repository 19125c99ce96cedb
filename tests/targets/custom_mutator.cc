// A harness with its own mutator (LLVMFuzzerCustomMutator), in the style libFuzzer's documentation
// gives for structured inputs: the input is a payload followed by its 32-bit FNV-1a checksum, the
// harness rejects inputs whose checksum is wrong, and the mutator mutates the payload through
// LLVMFuzzerMutate and writes a fresh checksum. Planted bug: a valid input whose payload starts
// with "FUZZ".

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {
char* volatile g_null = nullptr;

uint32_t fnv1a(const uint8_t* data, size_t size) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    return h;
}

void put32(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<uint8_t>(v >> (8 * i));
}

uint32_t get32(const uint8_t* p) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= uint32_t(p[i]) << (8 * i);
    return v;
}
} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int) {
    if (max_size <= 4)
        return 0;
    size_t payload = size >= 4 ? size - 4 : 0;
    payload = LLVMFuzzerMutate(data, payload, max_size - 4);
    put32(data + payload, fnv1a(data, payload));
    return payload + 4;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 4)
        return 0;
    const size_t payload = size - 4;
    if (get32(data + payload) != fnv1a(data, payload))
        return 0; // a corrupted record: nothing past here is reached
    if (payload >= 1 && data[0] == 'F')
        if (payload >= 2 && data[1] == 'U')
            if (payload >= 3 && data[2] == 'Z')
                if (payload >= 4 && data[3] == 'Z')
                    g_null[payload] = 1;
    return 0;
}
