#include "chunkfile.h"

#include <algorithm>
#include <cstring>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace chunkfile {
namespace {

constexpr uint8_t kMagic[4] = {'A', 'C', 'F', '1'};
constexpr int64_t kMaxChunkSize = 64 * 1024;

uint32_t read_u32(const uint8_t* p) {
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}

bool known_tag(const uint8_t* tag) {
    return std::memcmp(tag, "META", 4) == 0 || std::memcmp(tag, "DATA", 4) == 0 ||
           std::memcmp(tag, "END ", 4) == 0;
}

} // namespace

uint32_t adler32(const uint8_t* data, size_t size, uint32_t adler) {
    uint32_t a = adler & 0xffff;
    uint32_t b = adler >> 16;
    for (size_t i = 0; i < size; ++i) {
        a = (a + data[i]) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

Status read(const uint8_t* data, size_t size, File& out) {
    if (size < sizeof kMagic) {
        return Status::TooShort;
    }
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0) {
        return Status::BadMagic;
    }
    size_t pos = sizeof kMagic;
    uint32_t checksum = 1;
    while (size - pos >= 8) {
        const uint8_t* header = data + pos;
        if (!known_tag(header)) {
            return Status::BadTag;
        }
#if ARCWISE_EXAMPLE_FIXED
        const uint32_t length = read_u32(header + 4);
#else
        // Planted bug: the length is checked as a signed 32-bit number, so every length of
        // 2 GiB or more passes the check and is allocated below.
        const int32_t length = int32_t(read_u32(header + 4));
#endif
        if (length > kMaxChunkSize) {
            return Status::ChunkTooLarge;
        }
        pos += 8;
        Chunk chunk;
        std::memcpy(chunk.tag, header, 4);
        // The chunk is allocated at its declared size (zero-filled) and gets whatever data the
        // file still has.
        const size_t declared = uint32_t(length);
        chunk.data.resize(declared);
        const size_t available = std::min(declared, size - pos);
        if (available > 0) {
            std::memcpy(chunk.data.data(), data + pos, available);
        }
        pos += available;
        if (std::memcmp(chunk.tag, "DATA", 4) == 0) {
            checksum = adler32(chunk.data.data(), chunk.data.size(), checksum);
        }
        const bool end = std::memcmp(chunk.tag, "END ", 4) == 0;
        out.chunks.push_back(std::move(chunk));
        if (end) {
            out.data_checksum = checksum;
            return Status::Ok;
        }
    }
    return Status::MissingEnd;
}

} // namespace chunkfile
