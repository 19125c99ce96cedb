#include "tlv.h"

namespace tlv {

std::optional<std::string> encode(const std::vector<Record>& records) {
    std::string out;
    for (const Record& r : records) {
        // The planted bug: a record tagged kPaddingTag is written like any other, so decode()
        // drops it. Fixed, the encoder refuses the reserved tag.
#if ARCWISE_EXAMPLE_FIXED
        if (r.tag == kPaddingTag)
            return std::nullopt;
#endif
        if (r.value.size() > kMaxValue)
            return std::nullopt;
        out += char(r.tag >> 8);
        out += char(r.tag & 0xFF);
        if (r.value.size() < 0x80) {
            out += char(r.value.size());
        } else {
            out += char(0x80 | r.value.size() >> 8);
            out += char(r.value.size() & 0xFF);
        }
        out += r.value;
    }
    return out;
}

std::optional<std::vector<Record>> decode(std::string_view bytes) {
    std::vector<Record> records;
    size_t at = 0;
    const auto byte = [&](size_t i) { return uint8_t(bytes[i]); };
    while (at < bytes.size()) {
        if (bytes.size() - at < 3)
            return std::nullopt;
        Record r;
        r.tag = uint16_t(byte(at) << 8 | byte(at + 1));
        size_t length = byte(at + 2);
        at += 3;
        if (length & 0x80) {
            if (at >= bytes.size())
                return std::nullopt;
            length = (length & 0x7F) << 8 | byte(at);
            ++at;
        }
        if (bytes.size() - at < length)
            return std::nullopt;
        r.value = std::string(bytes.substr(at, length));
        at += length;
        if (r.tag != kPaddingTag)
            records.push_back(std::move(r));
    }
    return records;
}

} // namespace tlv
