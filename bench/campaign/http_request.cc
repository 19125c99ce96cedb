// http_request: parses an HTTP/1.1 request line and headers ("GET /path HTTP/1.1", "Name: value").
// Planted bug: a "Range: bytes=A-B" header with B < A on a HEAD request computes a negative span,
// which the response builder rejects with an assertion (abort).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

struct Request {
    char method[8] = {};
    bool http11 = false;
    long range_start = -1, range_end = -1;
    int headers = 0;
};

__attribute__((noinline)) void build_head_response(const Request& r) {
    const long span = r.range_end - r.range_start + 1;
    if (span <= 0)
        abort(); // BUG reached: the Range header is not validated
}

bool header(Request& r, char* line) {
    char* colon = strchr(line, ':');
    if (!colon || colon == line)
        return false;
    *colon = 0;
    char* value = colon + 1;
    while (*value == ' ')
        ++value;
    ++r.headers;
    if (strcasecmp(line, "Range") == 0 && strncmp(value, "bytes=", 6) == 0) {
        char* dash = nullptr;
        r.range_start = strtol(value + 6, &dash, 10);
        if (*dash != '-')
            return false;
        r.range_end = strtol(dash + 1, nullptr, 10);
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096)
        return 0;
    char text[4097];
    memcpy(text, data, size);
    text[size] = 0;
    char* save = nullptr;
    char* line = strtok_r(text, "\r\n", &save);
    if (!line)
        return 0;
    Request r;
    char* sp1 = strchr(line, ' ');
    if (!sp1 || sp1 - line >= long(sizeof r.method))
        return 0;
    memcpy(r.method, line, size_t(sp1 - line));
    char* sp2 = strchr(sp1 + 1, ' ');
    if (!sp2 || sp1[1] != '/')
        return 0;
    r.http11 = strcmp(sp2 + 1, "HTTP/1.1") == 0;
    if (!r.http11 && strcmp(sp2 + 1, "HTTP/1.0") != 0)
        return 0;
    while ((line = strtok_r(nullptr, "\r\n", &save)))
        if (!header(r, line))
            return 0;
    if (strcmp(r.method, "HEAD") == 0 && r.range_start >= 0)
        build_head_response(r);
    return 0;
}
