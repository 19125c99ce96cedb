#include "rle90.h"

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bugs (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace rle90 {
namespace {

void put_literal(std::vector<uint8_t>& out, uint8_t c) {
    out.push_back(c);
    if (c == kMarker)
        out.push_back(0x00); // escaped
}

} // namespace

std::vector<uint8_t> encode(const std::vector<uint8_t>& data) {
    std::vector<uint8_t> out;
    out.reserve(data.size() + data.size() / 8 + 2);
    size_t i = 0;
    while (i < data.size()) {
        const uint8_t c = data[i];
        size_t run = 1;
#if ARCWISE_EXAMPLE_FIXED
        while (i + run < data.size() && data[i + run] == c && run < kMaxRun)
            ++run;
#else
        // Planted bug: `<=` lets a run reach 256, whose count byte wraps to 0 (a literal 0x90).
        while (i + run < data.size() && data[i + run] == c && run <= kMaxRun)
            ++run;
#endif
        put_literal(out, c);
        if (run == 2) {
            // A pair: two literals are as short as a run.
#if ARCWISE_EXAMPLE_FIXED
            put_literal(out, c);
#else
            // Planted bug: the second copy of a doubled marker byte is not escaped.
            out.push_back(c);
#endif
        } else if (run > 2) {
            out.push_back(kMarker);
            out.push_back(uint8_t(run));
        }
        i += run;
    }
    return out;
}

std::optional<std::vector<uint8_t>> decode(const std::vector<uint8_t>& encoded) {
    std::vector<uint8_t> out;
    out.reserve(encoded.size());
    bool have_last = false;
    uint8_t last = 0;
    for (size_t i = 0; i < encoded.size(); ++i) {
        const uint8_t b = encoded[i];
        if (b != kMarker) {
            out.push_back(b);
            last = b;
            have_last = true;
            continue;
        }
        if (i + 1 == encoded.size())
            return std::nullopt; // a marker with no count
        const uint8_t n = encoded[++i];
        if (n == 0) {
            out.push_back(kMarker);
            last = kMarker;
            have_last = true;
            continue;
        }
        if (!have_last || n == 1)
            return std::nullopt;
        out.insert(out.end(), size_t(n) - 1, last);
        have_last = false; // a run cannot follow a run
    }
    return out;
}

} // namespace rle90
