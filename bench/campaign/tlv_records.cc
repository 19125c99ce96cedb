// tlv_records: a stream of tag-length-value records behind the 2-byte magic "TV": 0x01 name
// (text), 0x02 counter (4-byte big-endian), 0x03 flags (1 byte), 0x04 reset.
// Planted bug: a counter record whose value is 0xFFFFFFFF, after a flags record with the
// "wrap" bit (0x80) set, takes the overflow path, which writes to a journal that was never
// allocated (null write).
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

struct Session {
    char name[32] = {};
    uint32_t counter = 0;
    uint8_t flags = 0;
    uint32_t* overflow_journal = nullptr; // only allocated in "journal" mode, which is never set
};

__attribute__((noinline)) void on_counter_overflow(Session& s, uint32_t value) {
    s.overflow_journal[0] = value; // BUG: the journal is null unless journal mode was set
}

bool apply(Session& s, uint8_t tag, const uint8_t* v, size_t len) {
    switch (tag) {
    case 0x01:
        if (len >= sizeof s.name)
            return false;
        memcpy(s.name, v, len);
        s.name[len] = 0;
        return true;
    case 0x02: {
        if (len != 4)
            return false;
        const uint32_t value =
            uint32_t(v[0]) << 24 | uint32_t(v[1]) << 16 | uint32_t(v[2]) << 8 | v[3];
        if (value == 0xffffffffu && (s.flags & 0x80))
            on_counter_overflow(s, value);
        s.counter += value;
        return true;
    }
    case 0x03:
        if (len != 1)
            return false;
        s.flags = v[0];
        return true;
    case 0x04:
        s = Session{};
        return len == 0;
    default:
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2 || data[0] != 'T' || data[1] != 'V')
        return 0;
    Session s;
    size_t i = 2;
    while (i + 2 <= size) {
        const uint8_t tag = data[i], len = data[i + 1];
        i += 2;
        if (len > size - i || !apply(s, tag, data + i, len))
            return 0;
        i += len;
    }
    return 0;
}
