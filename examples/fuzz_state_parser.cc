// Fuzz target for confparse: the planted bug needs a particular sequence of parser states, a
// subsection header ([name "sub"]) directly followed by an indented continuation line.
#include "confparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    confparse::Config config;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (config.parse(text).status == confparse::Status::Ok) {
        volatile size_t n = config.values().size();
        (void)n;
    }
    return 0;
}
