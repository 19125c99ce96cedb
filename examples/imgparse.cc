#include "imgparse.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace imgparse {
namespace {

uint16_t read_u16(const uint8_t* p) {
    return uint16_t(p[0] | (p[1] << 8));
}

// Internal consistency check of a decoded image; a failure is a bug in this library.
void check_layout(const Image& image, size_t data_size) {
    if (size_t(image.stride) * image.height != data_size) {
        std::fprintf(stderr,
                     "imgparse: internal error: %u rows of %u bytes in %zu bytes of pixel data\n",
                     image.height, image.stride, data_size);
        std::abort();
    }
}

} // namespace

Status parse(const uint8_t* data, size_t size, Image& out) {
    if (size < kHeaderSize) {
        return Status::TooShort;
    }
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0) {
        return Status::BadMagic;
    }
    const uint32_t width = read_u16(data + 8);
    const uint32_t height = read_u16(data + 10);
    const uint32_t channels = data[12];
    const uint8_t flags = data[13];
    const uint32_t data_size = read_u16(data + 14);

    if (width == 0 || height == 0 || width > 4096 || height > 4096) {
        return Status::BadDimensions;
    }
    if (channels != 1 && channels != 3 && channels != 4) {
        return Status::BadChannels;
    }
    if (flags & ~kFlagPaddedRows) {
        return Status::BadFlags; // reserved flag bits must be zero
    }
    const uint32_t row_bytes = width * channels;
    uint32_t stride = row_bytes;
    if (flags & kFlagPaddedRows) {
        // Padded rows: each row occupies data_size / height bytes.
        // Planted bug: data_size is not checked to be a multiple of height.
        stride = data_size / height;
#if ARCWISE_EXAMPLE_FIXED
        if (data_size % height != 0) {
            return Status::BadStride;
        }
#endif
        if (stride < row_bytes) {
            return Status::BadStride;
        }
    } else if (size_t(row_bytes) * height != data_size) {
        return Status::BadSize;
    }

    out.width = width;
    out.height = height;
    out.channels = channels;
    out.stride = stride;
    check_layout(out, data_size);
    if (data_size > size - kHeaderSize) {
        return Status::Truncated;
    }
    out.pixels.assign(data + kHeaderSize, data + kHeaderSize + data_size);
    return Status::Ok;
}

uint32_t mean_intensity(const Image& image) {
    uint64_t sum = 0;
    for (uint32_t y = 0; y < image.height; ++y) {
        const uint8_t* row = image.row(y);
        for (uint32_t x = 0; x < image.width; ++x) {
            sum += row[size_t(x) * image.channels];
        }
    }
    const uint64_t count = uint64_t(image.width) * image.height;
    return count ? uint32_t(sum / count) : 0;
}

const char* status_name(Status status) {
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::TooShort:
        return "too short";
    case Status::BadMagic:
        return "bad magic";
    case Status::BadDimensions:
        return "bad dimensions";
    case Status::BadChannels:
        return "bad channel count";
    case Status::BadFlags:
        return "reserved flags set";
    case Status::Truncated:
        return "truncated";
    case Status::BadSize:
        return "pixel data size does not match the dimensions";
    case Status::BadStride:
        return "row stride smaller than a row";
    }
    return "unknown";
}

} // namespace imgparse
