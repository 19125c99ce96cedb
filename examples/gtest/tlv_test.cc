// The TLV codec's tests: property tests (ARCWISE_TEST) and ordinary GoogleTest tests in one
// GoogleTest binary. `ctest` runs each as a test; `tlv_test --fuzz=Tlv.RoundTrip` or
// `arcwise-cli fuzz .` fuzzes the properties.
#include "tlv.h"

#include <algorithm>
#include <arcwise/gtest.hpp>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace aw = arcwise;

// How reports print a record.
template <> struct arcwise::Printer<tlv::Record> {
    static void print(std::ostream& os, const tlv::Record& r) {
        os << "{tag " << r.tag << ", " << aw::repr(r.value) << "}";
    }
};

namespace {

aw::Strategy<tlv::Record> records() {
    return aw::builds<tlv::Record>(aw::integers<uint16_t>(),
                                   aw::bytes(0, 300).map([](const std::vector<uint8_t>& b) {
                                       return std::string(b.begin(), b.end());
                                   }));
}

} // namespace

// Whatever is encoded decodes to the same records. Passes its 100 examples: the planted bug
// (examples/README.md) needs one tag out of 65536, which coverage-guided fuzzing finds through
// the decoder's comparison with it.
ARCWISE_TEST(Tlv, RoundTrip) {
    const auto in = aw::draw(aw::vectors(records(), 0, 8), "records");
    const auto encoded = tlv::encode(in);
    if (!encoded) { // refused: only what the format cannot hold may be
        ARCWISE_ASSERT(std::any_of(in.begin(), in.end(), [](const tlv::Record& r) {
            return r.tag == tlv::kPaddingTag || r.value.size() > tlv::kMaxValue;
        }));
        return;
    }
    const auto decoded = tlv::decode(*encoded);
    ARCWISE_ASSERT(decoded.has_value());
    ARCWISE_ASSERT_EQ(*decoded, in);
}

// Any buffer either is refused or decodes to records that encode and decode to themselves.
ARCWISE_TEST(Tlv, DecodeIsStable) {
    const auto data = aw::draw(aw::bytes(0, 64), "data");
    const auto decoded =
        tlv::decode(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
    aw::event(decoded ? "decoded" : "refused");
    if (!decoded)
        return;
    const auto again = tlv::decode(tlv::encode(*decoded).value());
    ARCWISE_ASSERT(again.has_value());
    ARCWISE_ASSERT_EQ(*again, *decoded);
}

TEST(Tlv, LengthTakesTwoBytesFrom128) {
    const auto short_value = tlv::encode({{1, std::string(127, 'x')}});
    const auto long_value = tlv::encode({{1, std::string(128, 'x')}});
    ASSERT_TRUE(short_value && long_value);
    EXPECT_EQ(short_value->size(), 3u + 127u);
    EXPECT_EQ(long_value->size(), 4u + 128u);
}

TEST(Tlv, TruncatedBufferIsRefused) {
    EXPECT_FALSE(tlv::decode(std::string_view("\x00\x01\x05"
                                              "abc",
                                              6))
                     .has_value());
}
