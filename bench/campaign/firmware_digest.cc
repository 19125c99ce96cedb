// firmware_digest: accepts a firmware image only when the 64-bit digest of its body equals the
// value pinned in the boot ROM; only then is the image's command byte trusted. Planted bug: the
// "erase" command (0xE5) of an accepted image writes to the boot ROM mapping, which is read-only
// (null write). Reaching it means finding a preimage of the pinned digest: the comparison tells
// the fuzzer the value it wants, but not how to get there. Not expected to be found.
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

uint64_t digest(const uint8_t* p, size_t n) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
    for (size_t i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 0x100000001b3ull;
        h ^= h >> 29;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

constexpr uint64_t kPinnedDigest = 0x5d1c0ffee0b0a7edull;

volatile uint8_t* g_boot_rom_writable = nullptr; // the ROM is never mapped writable

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 9 || memcmp(data, "FW", 2) != 0)
        return 0;
    if (digest(data + 3, size - 3) != kPinnedDigest)
        return 0;
    if (data[2] == 0xe5)
        g_boot_rom_writable[0] = 0; // BUG: unreachable in practice
    return 0;
}
