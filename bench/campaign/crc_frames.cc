// crc_frames: a serial firmware-update protocol. Frames are 0x7E, type, length, payload, CRC-16
// (CCITT, big-endian) of type+length+payload. BEGIN (type 1) announces the image size (2 bytes),
// CHUNK (type 5) carries an offset (2 bytes) and data, COMMIT (type 9) ends the transfer.
// Planted bug: a CHUNK whose offset + data length lands exactly on the announced size, followed
// by a COMMIT whose payload is the 2-byte image size, commits with a partially written image and
// aborts in the verify step. Three frames, all with valid CRCs.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

uint16_t crc16(const uint8_t* p, size_t n) {
    uint16_t crc = 0xffff;
    for (size_t i = 0; i < n; ++i) {
        crc ^= uint16_t(p[i] << 8);
        for (int k = 0; k < 8; ++k)
            crc = crc & 0x8000 ? uint16_t(crc << 1 ^ 0x1021) : uint16_t(crc << 1);
    }
    return crc;
}

struct Update {
    bool started = false;
    uint16_t size = 0;
    uint16_t written = 0;
    bool reached_end = false;
    uint8_t image[1024];
};

__attribute__((noinline)) void verify_image(const Update& u) {
    if (u.written < u.size)
        abort(); // BUG reached: COMMIT trusts reached_end, not the written byte count
}

bool frame(Update& u, uint8_t type, const uint8_t* p, uint8_t len) {
    switch (type) {
    case 1:
        if (len != 2 || u.started)
            return false;
        u.started = true;
        u.size = uint16_t(p[0] << 8 | p[1]);
        return u.size > 0 && u.size <= sizeof u.image;
    case 5: {
        if (!u.started || len < 3)
            return false;
        const uint16_t off = uint16_t(p[0] << 8 | p[1]);
        const size_t n = len - 2u;
        if (off + n > u.size)
            return false;
        memcpy(u.image + off, p + 2, n);
        u.written = uint16_t(u.written + n);
        if (off + n == u.size)
            u.reached_end = true;
        return true;
    }
    case 9:
        if (!u.reached_end || len != 2 || uint16_t(p[0] << 8 | p[1]) != u.size)
            return false;
        verify_image(u);
        return true;
    default:
        return false;
    }
}

// The length each frame type must have (0 = variable, at least 3); -1 for unknown types.
int expected_length(uint8_t type) {
    switch (type) {
    case 1:
    case 9:
        return 2;
    case 5:
        return 0;
    default:
        return -1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Update u;
    size_t i = 0;
    while (i + 5 <= size) {
        if (data[i] != 0x7e)
            return 0;
        const uint8_t type = data[i + 1], len = data[i + 2];
        // Header first (a receiver rejects unknown types before it buffers the payload)...
        const int want = expected_length(type);
        if (want < 0 || (want > 0 && len != want) || (want == 0 && len < 3))
            return 0;
        if (i + 5 + len > size)
            return 0;
        // ... then the CRC over type, length and payload.
        const uint16_t crc = uint16_t(data[i + 3 + len] << 8 | data[i + 4 + len]);
        if (crc != crc16(data + i + 1, 2u + len))
            return 0;
        if (!frame(u, type, data + i + 3, len))
            return 0;
        i += 5u + len;
    }
    return 0;
}
