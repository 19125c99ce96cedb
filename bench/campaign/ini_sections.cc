// ini_sections: an INI reader ("[section]", "key = value", ';' comments) feeding a cache
// configuration. Planted bug: in section [cache], "shards = N" with N a multiple of 16 above 256
// passes the range check ("N <= 4096") but the shard table has 256 slots; the bounds assertion in
// shard_slot() aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

struct CacheConfig {
    long shards = 16;
    long size_mb = 64;
    bool enabled = true;
    unsigned char table[256] = {};
};

__attribute__((noinline)) void shard_slot(CacheConfig& c, long shard) {
    if (shard < 0 || shard >= long(sizeof c.table))
        abort(); // BUG reached: the table is smaller than the accepted range
    c.table[shard] = 1;
}

void set_key(CacheConfig& c, const char* section, const char* key, const char* value) {
    if (strcmp(section, "cache") != 0)
        return;
    if (strcmp(key, "enabled") == 0) {
        c.enabled = strcmp(value, "true") == 0 || strcmp(value, "yes") == 0;
    } else if (strcmp(key, "size") == 0) {
        c.size_mb = strtol(value, nullptr, 10);
    } else if (strcmp(key, "shards") == 0) {
        const long n = strtol(value, nullptr, 10);
        if (n <= 0 || n > 4096 || n % 16 != 0)
            return;
        c.shards = n;
        shard_slot(c, n - 1);
    }
}

char* trim(char* s) {
    while (*s == ' ' || *s == '\t')
        ++s;
    char* e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = 0;
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096)
        return 0;
    char text[4097];
    memcpy(text, data, size);
    text[size] = 0;
    CacheConfig config;
    char section[64] = "";
    char* save = nullptr;
    for (char* line = strtok_r(text, "\n", &save); line; line = strtok_r(nullptr, "\n", &save)) {
        line = trim(line);
        if (*line == ';' || *line == 0)
            continue;
        if (*line == '[') {
            char* end = strchr(line, ']');
            if (!end || end - line - 1 >= long(sizeof section))
                return 0;
            *end = 0;
            strcpy(section, line + 1);
            continue;
        }
        char* eq = strchr(line, '=');
        if (!eq)
            return 0;
        *eq = 0;
        set_key(config, section, trim(line), trim(eq + 1));
    }
    return 0;
}
