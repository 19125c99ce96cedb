// Inflates the input (the first byte picks the format: zlib, gzip, raw deflate or zlib/gzip
// detected, and the window size) into a 64 KiB buffer until the stream ends or is broken, as a
// program decompressing untrusted data does. At most 1 MiB of output per input.
#include <zlib.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    static unsigned char out[1 << 16];
    int bits = 8 + data[0] % 8;                       // window: 2^8 .. 2^15 bytes
    static const int format[4] = {0, 16, -1, 32};     // zlib, gzip, raw, zlib or gzip
    int f = format[(data[0] >> 3) % 4];
    z_stream s;
    memset(&s, 0, sizeof s);
    if (inflateInit2(&s, f < 0 ? -bits : bits + f) != Z_OK) return 0;
    s.next_in = (Bytef*)data + 1;
    s.avail_in = (uInt)(size - 1);
    for (int rounds = 0; rounds < 16; ++rounds) {
        s.next_out = out;
        s.avail_out = sizeof out;
        int rc = inflate(&s, Z_NO_FLUSH);
        if (rc == Z_NEED_DICT) rc = inflateSetDictionary(&s, (const Bytef*)"dictionary", 10);
        if (rc != Z_OK || (s.avail_in == 0 && s.avail_out != 0)) break;
    }
    inflateEnd(&s);
    return 0;
}
