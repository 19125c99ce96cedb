// imgparse: a reader for AWIMG, a small uncompressed raster format.
//
// Layout (integers little endian):
//   0   magic      "AWIMG\r\n\x1a" (8 bytes)
//   8   u16 width  (1 .. 4096)
//   10  u16 height (1 .. 4096)
//   12  u8  channels (1 = grey, 3 = RGB, 4 = RGBA)
//   13  u8  flags    (bit 0: rows are padded, the row stride is data_size / height;
//                     the other bits are reserved and must be zero)
//   14  u16 data_size
//   16  pixel data, data_size bytes
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace imgparse {

inline constexpr uint8_t kMagic[8] = {'A', 'W', 'I', 'M', 'G', '\r', '\n', 0x1a};
inline constexpr size_t kHeaderSize = 16;
inline constexpr uint8_t kFlagPaddedRows = 0x01;

enum class Status {
    Ok,
    TooShort,
    BadMagic,
    BadDimensions,
    BadChannels,
    BadFlags,
    Truncated,
    BadSize,
    BadStride,
};

struct Image {
    uint32_t width = 0;
    uint32_t height = 0;
    uint32_t channels = 0;
    uint32_t stride = 0; // bytes per row, at least width * channels
    std::vector<uint8_t> pixels;

    const uint8_t* row(uint32_t y) const { return pixels.data() + size_t(y) * stride; }
};

// Parses an AWIMG file. On success `out` holds the pixel rows.
Status parse(const uint8_t* data, size_t size, Image& out);

// Mean value of the first channel over all pixels (0 .. 255).
uint32_t mean_intensity(const Image& image);

const char* status_name(Status status);

} // namespace imgparse
