// utf8_count: validates UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF) and counts
// code points per plane. No planted bug: a plateau.
#include <cstddef>
#include <cstdint>

namespace {

struct Counts {
    size_t ascii = 0, bmp = 0, astral = 0, invalid = 0;
};

Counts count(const uint8_t* p, size_t n) {
    Counts c;
    size_t i = 0;
    while (i < n) {
        const uint8_t b = p[i];
        size_t len;
        uint32_t cp;
        if (b < 0x80) {
            ++c.ascii;
            ++i;
            continue;
        } else if ((b & 0xe0) == 0xc0) {
            len = 2;
            cp = b & 0x1f;
        } else if ((b & 0xf0) == 0xe0) {
            len = 3;
            cp = b & 0x0f;
        } else if ((b & 0xf8) == 0xf0) {
            len = 4;
            cp = b & 0x07;
        } else {
            ++c.invalid;
            ++i;
            continue;
        }
        if (i + len > n) {
            ++c.invalid;
            break;
        }
        bool ok = true;
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xc0) != 0x80) {
                ok = false;
                break;
            }
            cp = cp << 6 | (p[i + k] & 0x3f);
        }
        const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
        if (!ok || cp < min[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            ++c.invalid;
            ++i;
            continue;
        }
        if (cp < 0x10000)
            ++c.bmp;
        else
            ++c.astral;
        i += len;
    }
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    volatile size_t sink = count(data, size).astral;
    (void)sink;
    return 0;
}
