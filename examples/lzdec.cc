#include "lzdec.h"

#include <algorithm>
#include <cstring>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace lzdec {
namespace {

constexpr uint8_t kMagic[4] = {'A', 'W', 'L', 'Z'};
constexpr size_t kMaxDecodedSize = size_t(1) << 20;
constexpr size_t kMinMatch = 3;
constexpr size_t kMaxMatch = 0x7f + kMinMatch;
constexpr size_t kMaxLiteralRun = 0x80;

uint32_t read_u32(const uint8_t* p) {
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}

// Appends `length` bytes that start `offset` bytes back. The source may overlap the destination,
// so the copy proceeds in pieces of at most `offset` bytes.
void copy_match(std::vector<uint8_t>& out, size_t offset, size_t length) {
    while (length > 0) {
        const size_t piece = std::min(length, offset);
        const size_t from = out.size() - offset;
        out.resize(out.size() + piece);
        std::memcpy(out.data() + out.size() - piece, out.data() + from, piece);
        length -= piece;
    }
}

} // namespace

Status decode(const uint8_t* data, size_t size, std::vector<uint8_t>& out) {
    out.clear();
    if (size < 8) {
        return Status::TooShort;
    }
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0) {
        return Status::BadMagic;
    }
    const size_t decoded_size = read_u32(data + 4);
    if (decoded_size > kMaxDecodedSize) {
        return Status::TooLarge;
    }
    out.reserve(decoded_size);
    size_t pos = 8;
    while (out.size() < decoded_size) {
        if (pos >= size) {
            return Status::Truncated;
        }
        const uint8_t token = data[pos++];
        if (token < 0x80) {
            const size_t run = size_t(token) + 1;
            if (size - pos < run) {
                return Status::Truncated;
            }
            if (decoded_size - out.size() < run) {
                return Status::Overrun;
            }
            out.insert(out.end(), data + pos, data + pos + run);
            pos += run;
            continue;
        }
        const size_t length = (token & 0x7f) + kMinMatch;
        if (size - pos < 2) {
            return Status::Truncated;
        }
        const size_t offset = size_t(data[pos]) | (size_t(data[pos + 1]) << 8);
        pos += 2;
        // Planted bug: offset 0 is not rejected; copy_match() then makes no progress and never
        // returns.
        if (out.empty() || offset > out.size() || (ARCWISE_EXAMPLE_FIXED && offset == 0)) {
            return Status::BadOffset;
        }
        if (decoded_size - out.size() < length) {
            return Status::Overrun;
        }
        copy_match(out, offset, length);
    }
    return Status::Ok;
}

std::vector<uint8_t> encode(const uint8_t* data, size_t size) {
    std::vector<uint8_t> out(kMagic, kMagic + sizeof kMagic);
    for (int shift = 0; shift < 32; shift += 8) {
        out.push_back(uint8_t(size >> shift));
    }
    size_t i = 0;
    size_t literal_start = 0;
    auto flush_literals = [&](size_t end) {
        while (literal_start < end) {
            const size_t run = std::min(end - literal_start, kMaxLiteralRun);
            out.push_back(uint8_t(run - 1));
            out.insert(out.end(), data + literal_start, data + literal_start + run);
            literal_start += run;
        }
    };
    while (i < size) {
        // Look for the longest match within the last 64 KiB (simple, quadratic search).
        size_t best_len = 0;
        size_t best_off = 0;
        const size_t window = std::min<size_t>(i, 0xffff);
        for (size_t off = 1; off <= window; ++off) {
            size_t len = 0;
            while (i + len < size && len < kMaxMatch && data[i + len] == data[i + len - off]) {
                ++len;
            }
            if (len > best_len) {
                best_len = len;
                best_off = off;
            }
        }
        if (best_len >= kMinMatch) {
            flush_literals(i);
            out.push_back(uint8_t(0x80 | (best_len - kMinMatch)));
            out.push_back(uint8_t(best_off));
            out.push_back(uint8_t(best_off >> 8));
            i += best_len;
            literal_start = i;
        } else {
            ++i;
        }
    }
    flush_literals(size);
    return out;
}

} // namespace lzdec
