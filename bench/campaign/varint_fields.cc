// varint_fields: decodes protobuf wire format (varint keys, wire types 0 varint, 1 fixed64,
// 2 length-delimited, 5 fixed32) into a small message with field numbers 1..15.
// Planted bug: the length of a length-delimited field is read as a 64-bit varint and narrowed to
// int32; field 9 ("blob") with a 5-byte length varint of 2^31 or more becomes negative, passes the
// "len <= remaining" check and aborts in the copy guard.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

bool varint(const uint8_t*& p, const uint8_t* end, uint64_t* out) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const uint8_t b = *p++;
        v |= uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}

struct Message {
    uint64_t ints[16] = {};
    uint8_t blob[64];
    int blob_len = 0;
};

__attribute__((noinline)) void copy_blob(Message& m, const uint8_t* src, int len) {
    if (len < 0)
        abort(); // BUG reached: negative length from a narrowed varint
    if (len > int(sizeof m.blob))
        len = int(sizeof m.blob);
    memcpy(m.blob, src, size_t(len));
    m.blob_len = len;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const uint8_t* p = data;
    const uint8_t* end = data + size;
    Message m;
    while (p < end) {
        uint64_t key;
        if (!varint(p, end, &key))
            return 0;
        const uint32_t field = uint32_t(key >> 3), wire = key & 7;
        if (field == 0 || field > 15)
            return 0;
        uint64_t v;
        switch (wire) {
        case 0:
            if (!varint(p, end, &v))
                return 0;
            m.ints[field] = v;
            break;
        case 1:
        case 5: {
            const size_t n = wire == 1 ? 8 : 4;
            if (size_t(end - p) < n)
                return 0;
            p += n;
            break;
        }
        case 2: {
            if (!varint(p, end, &v))
                return 0;
            const int len = int(v); // narrowing
            if (len > end - p)
                return 0;
            if (field == 9)
                copy_blob(m, p, len);
            else if (len < 0)
                return 0;
            p += len > 0 ? len : 0;
            break;
        }
        default:
            return 0;
        }
    }
    return 0;
}
