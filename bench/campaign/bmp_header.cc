// bmp_header: validates a Windows BMP file header and BITMAPINFOHEADER ("BM", file size, pixel
// offset, header size 40, width, height, planes 1, bit depth, compression).
// Planted bug: RLE4 compression (2) is only legal with 4 bits per pixel; the check is missing, and
// an 8-bit image with RLE4 and a palette of more than 16 colours aborts in the palette setup.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

uint32_t le32(const uint8_t* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
uint16_t le16(const uint8_t* p) {
    return uint16_t(p[0] | p[1] << 8);
}

struct Palette {
    uint32_t colors[16];
    unsigned count;
};

__attribute__((noinline)) void load_rle4_palette(Palette& pal, unsigned used) {
    if (used > 16)
        abort(); // BUG reached: RLE4 palettes hold 16 entries
    pal.count = used;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 54 || data[0] != 'B' || data[1] != 'M')
        return 0;
    if (le32(data + 14) != 40 || le16(data + 26) != 1)
        return 0;
    const int32_t width = int32_t(le32(data + 18)), height = int32_t(le32(data + 22));
    if (width <= 0 || width > 8192 || height == 0 || height < -8192 || height > 8192)
        return 0;
    const uint16_t bpp = le16(data + 28);
    const uint32_t compression = le32(data + 30);
    const uint32_t colors_used = le32(data + 46);
    if (bpp != 1 && bpp != 4 && bpp != 8 && bpp != 24 && bpp != 32)
        return 0;
    Palette pal{};
    switch (compression) {
    case 0: // BI_RGB
        break;
    case 1: // BI_RLE8
        if (bpp != 8)
            return 0;
        break;
    case 2: // BI_RLE4: the bit depth check is missing
        if (bpp <= 8 && colors_used > 0)
            load_rle4_palette(pal, colors_used);
        break;
    default:
        return 0;
    }
    volatile unsigned sink = pal.count;
    (void)sink;
    return 0;
}
