#pragma once
// TLV, a tag-length-value record format. A buffer is a sequence of records, each a 16-bit tag
// (big-endian), a length (one byte below 128, otherwise two bytes, big-endian with the high bit
// set) and that many bytes of value. Records tagged kPaddingTag are padding: decoders skip them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tlv {

struct Record {
    uint16_t tag = 0;
    std::string value;
    bool operator==(const Record&) const = default;
};

constexpr uint16_t kPaddingTag = 0xFEED;
constexpr size_t kMaxValue = 0x7FFF;

// The records, encoded; nullopt when a value is longer than kMaxValue.
std::optional<std::string> encode(const std::vector<Record>& records);
// The records of a whole buffer, padding skipped; nullopt when it is truncated.
std::optional<std::vector<Record>> decode(std::string_view bytes);

} // namespace tlv
