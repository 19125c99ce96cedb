// Property tests for rle90: decoding the encoding gives the input back. Two generators: plain
// byte strings, which almost never hold long runs (or two 0x90 bytes in a row), and lists of
// runs (byte, length) with lengths up to 300, which reach the 255-byte limit of a run.
#include "rle90.h"

#include <arcwise/arcwise.hpp>
#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

namespace aw = arcwise;

namespace {

using Run = std::tuple<uint8_t, int>; // the byte, how many times

aw::Strategy<std::vector<Run>> run_lists() {
    return aw::vectors(aw::tuples(aw::integers<uint8_t>(), aw::integers<int>(1, 300)));
}

std::vector<uint8_t> expand(const std::vector<Run>& runs) {
    std::vector<uint8_t> data;
    for (const auto& [byte, length] : runs)
        data.insert(data.end(), size_t(length), byte);
    return data;
}

} // namespace

ARCWISE_TEST(Rle, RoundTripRuns) {
    const auto data = expand(aw::draw(run_lists(), "runs"));
    const auto encoded = rle90::encode(data);
    aw::note("encoded to " + std::to_string(encoded.size()) + " bytes");
    // Long runs print long: compare the sizes first, so the report stays readable.
    const auto decoded = rle90::decode(encoded);
    ARCWISE_ASSERT(decoded.has_value());
    ARCWISE_ASSERT_EQ(decoded->size(), data.size());
    ARCWISE_ASSERT(*decoded == data);
}

// Passes in unit-test mode: random byte strings almost never hold the input that fails.
// `--fuzz=Rle.RoundTripBytes` finds it by coverage and comparison feedback (see README.md).
ARCWISE_TEST(Rle, RoundTripBytes) {
    const auto data = aw::draw(aw::bytes(), "data");
    ARCWISE_ASSERT_EQ(rle90::decode(rle90::encode(data)), std::optional(data));
}

// At worst every byte is an escaped marker: two bytes each.
ARCWISE_TEST(Rle, EncodingIsCompact) {
    const auto data = expand(aw::draw(run_lists(), "runs"));
    const auto encoded = rle90::encode(data);
    aw::target(double(data.size()) - double(encoded.size()), "bytes saved");
    ARCWISE_ASSERT(encoded.size() <= 2 * data.size());
}
