// csv_stats: row and field statistics of an RFC 4180-style CSV document (quoted fields, doubled
// quotes, CRLF or LF line ends). No planted bug: a small plateau that saturates within seconds.
#include <cstddef>
#include <cstdint>

namespace {

struct CsvStats {
    size_t rows = 0;
    size_t fields = 0;
    size_t max_fields = 0;
    size_t max_width = 0;
    size_t quoted = 0;
    size_t errors = 0;
};

CsvStats scan(const uint8_t* p, size_t n) {
    CsvStats s;
    size_t i = 0, in_row = 0, width = 0;
    bool quoted = false, field_open = false;
    while (i < n) {
        const uint8_t c = p[i++];
        if (quoted) {
            if (c == '"') {
                if (i < n && p[i] == '"') {
                    ++i;
                    ++width;
                } else {
                    quoted = false;
                }
            } else {
                ++width;
            }
            continue;
        }
        if (c == '"') {
            if (width == 0) {
                quoted = true;
                ++s.quoted;
            } else {
                ++s.errors;
            }
            field_open = true;
        } else if (c == ',' || c == '\n' || c == '\r') {
            if (c == '\r' && i < n && p[i] == '\n')
                ++i;
            ++s.fields;
            ++in_row;
            if (width > s.max_width)
                s.max_width = width;
            width = 0;
            field_open = false;
            if (c != ',') {
                ++s.rows;
                if (in_row > s.max_fields)
                    s.max_fields = in_row;
                in_row = 0;
            }
        } else {
            ++width;
            field_open = true;
        }
    }
    if (quoted)
        ++s.errors;
    if (field_open || in_row) {
        ++s.fields;
        ++s.rows;
    }
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    volatile size_t sink = scan(data, size).max_fields;
    (void)sink;
    return 0;
}
