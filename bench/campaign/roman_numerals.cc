// roman_numerals: parses a Roman numeral (I V X L C D M, subtractive pairs), then formats the
// value back in canonical form. No planted bug: a plateau.
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

int digit(char c) {
    switch (c) {
    case 'I':
        return 1;
    case 'V':
        return 5;
    case 'X':
        return 10;
    case 'L':
        return 50;
    case 'C':
        return 100;
    case 'D':
        return 500;
    case 'M':
        return 1000;
    default:
        return 0;
    }
}

// Returns the value, or -1 when the text is not a numeral.
int parse(const char* s, size_t n) {
    if (n == 0 || n > 15)
        return -1;
    int total = 0;
    for (size_t i = 0; i < n; ++i) {
        const int v = digit(s[i]);
        if (v == 0)
            return -1;
        const int next = i + 1 < n ? digit(s[i + 1]) : 0;
        if (next > v) {
            if (next > 10 * v || (v != 1 && v != 10 && v != 100))
                return -1;
            total -= v;
        } else {
            total += v;
        }
    }
    return total > 0 && total < 4000 ? total : -1;
}

size_t format(int value, char* out) {
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char* names[] = {"M",  "CM", "D",  "CD", "C",  "XC", "L",
                                  "XL", "X",  "IX", "V",  "IV", "I"};
    size_t o = 0;
    for (int i = 0; i < 13; ++i)
        while (value >= values[i]) {
            value -= values[i];
            for (const char* p = names[i]; *p; ++p)
                out[o++] = *p;
        }
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int v = parse(reinterpret_cast<const char*>(data), size);
    if (v > 0) {
        char out[32];
        volatile size_t sink = format(v, out);
        (void)sink;
    }
    return 0;
}
