// hexdump: formats input the way `hexdump -C` does (offset, 16 hex bytes in two groups, printable
// characters), collapsing repeated lines into "*". No planted bug: a plateau.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace {

size_t dump(const uint8_t* p, size_t n, char* out, size_t cap) {
    size_t used = 0;
    bool starred = false;
    for (size_t off = 0; off < n; off += 16) {
        const size_t len = n - off < 16 ? n - off : 16;
        if (off >= 16 && len == 16 && memcmp(p + off, p + off - 16, 16) == 0) {
            if (!starred && used + 2 < cap) {
                out[used++] = '*';
                out[used++] = '\n';
            }
            starred = true;
            continue;
        }
        starred = false;
        char line[80];
        int w = snprintf(line, sizeof line, "%08zx ", off);
        for (size_t i = 0; i < 16; ++i) {
            if (i == 8)
                line[w++] = ' ';
            if (i < len)
                w += snprintf(line + w, sizeof line - size_t(w), " %02x", p[off + i]);
            else
                w += snprintf(line + w, sizeof line - size_t(w), "   ");
        }
        w += snprintf(line + w, sizeof line - size_t(w), "  |");
        for (size_t i = 0; i < len; ++i)
            line[w++] = p[off + i] >= 0x20 && p[off + i] < 0x7f ? char(p[off + i]) : '.';
        line[w++] = '|';
        line[w++] = '\n';
        if (used + size_t(w) > cap)
            break;
        memcpy(out + used, line, size_t(w));
        used += size_t(w);
    }
    return used;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static char out[1 << 16];
    volatile size_t sink = dump(data, size, out, sizeof out);
    (void)sink;
    return 0;
}
