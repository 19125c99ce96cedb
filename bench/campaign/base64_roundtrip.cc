// base64_roundtrip: standard base64 encoding of the input, decoded again and compared with the
// original; the decoder also runs on the raw input (ignoring whitespace, rejecting bad padding).
// No planted bug: a plateau.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t encode(const uint8_t* p, size_t n, char* out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        const uint32_t a = p[i], b = i + 1 < n ? p[i + 1] : 0, c = i + 2 < n ? p[i + 2] : 0;
        const uint32_t v = a << 16 | b << 8 | c;
        out[o++] = kAlphabet[v >> 18 & 63];
        out[o++] = kAlphabet[v >> 12 & 63];
        out[o++] = i + 1 < n ? kAlphabet[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? kAlphabet[v & 63] : '=';
    }
    return o;
}

int value_of(char c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Returns the decoded length, or -1 for malformed input.
long decode(const char* s, size_t n, uint8_t* out) {
    uint32_t acc = 0;
    int bits = 0, pad = 0;
    long o = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '=') {
            ++pad;
            continue;
        }
        if (pad)
            return -1; // data after padding
        const int v = value_of(c);
        if (v < 0)
            return -1;
        acc = acc << 6 | uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = uint8_t(acc >> bits);
        }
    }
    if (pad > 2)
        return -1;
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096)
        return 0;
    static char text[4 * 4096 / 3 + 8];
    static uint8_t back[4096 + 8];
    const size_t len = encode(data, size, text);
    if (decode(text, len, back) != long(size) || memcmp(back, data, size) != 0)
        abort(); // cannot happen: encode and decode are inverse
    volatile long sink = decode(reinterpret_cast<const char*>(data), size, back);
    (void)sink;
    return 0;
}
