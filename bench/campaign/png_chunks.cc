// png_chunks: walks the chunks of a PNG file (8-byte signature; length, type, data, CRC-32 of
// type+data) and checks IHDR, PLTE and tRNS the way a decoder sets up an indexed-colour image.
// Planted bug: for colour type 3 (indexed), a tRNS chunk with more alpha entries than the palette
// has colours is accepted and aborts when the alpha table is applied. Needs three chunks, each
// with a valid CRC-32, in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

uint32_t crc32(const uint8_t* p, size_t n) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; ++i) {
        c ^= p[i];
        for (int k = 0; k < 8; ++k)
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

uint32_t be32(const uint8_t* p) {
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

struct Image {
    bool have_header = false;
    uint8_t color_type = 0;
    unsigned palette_size = 0;
    uint8_t alpha[256];
};

__attribute__((noinline)) void apply_alpha(Image& img, const uint8_t* p, unsigned n) {
    if (n > img.palette_size)
        abort(); // BUG reached: tRNS longer than PLTE was not rejected
    memcpy(img.alpha, p, n);
}

bool chunk(Image& img, const uint8_t* type, const uint8_t* p, uint32_t len) {
    if (memcmp(type, "IHDR", 4) == 0) {
        if (len != 13 || img.have_header)
            return false;
        img.have_header = true;
        img.color_type = p[9];
        return be32(p) > 0 && be32(p + 4) > 0 && p[8] == 8;
    }
    if (!img.have_header)
        return false;
    if (memcmp(type, "PLTE", 4) == 0) {
        if (len == 0 || len % 3 != 0 || len > 768 || img.palette_size)
            return false;
        img.palette_size = len / 3;
        return true;
    }
    if (memcmp(type, "tRNS", 4) == 0) {
        if (img.color_type != 3 || img.palette_size == 0 || len > 256)
            return false;
        apply_alpha(img, p, len);
        return true;
    }
    return memcmp(type, "IEND", 4) != 0;
}

bool known_chunk(const uint8_t* type, uint32_t len) {
    if (memcmp(type, "IHDR", 4) == 0)
        return len == 13;
    if (memcmp(type, "PLTE", 4) == 0)
        return len > 0 && len % 3 == 0 && len <= 768;
    if (memcmp(type, "tRNS", 4) == 0)
        return len > 0 && len <= 256;
    return memcmp(type, "IEND", 4) == 0 && len == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (size < 8 || memcmp(data, kSignature, 8) != 0)
        return 0;
    Image img;
    size_t i = 8;
    while (i + 12 <= size) {
        const uint32_t len = be32(data + i);
        if (len > size - i - 12)
            return 0;
        const uint8_t* type = data + i + 4;
        // Chunk name and length first, as decoders do before they read the data...
        if (!known_chunk(type, len))
            return 0;
        // ... then the CRC of name and data.
        if (be32(data + i + 8 + len) != crc32(type, 4 + len))
            return 0;
        if (!chunk(img, type, data + i + 8, len))
            return 0;
        i += 12 + len;
    }
    return 0;
}
