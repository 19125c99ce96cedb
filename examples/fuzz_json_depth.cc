// Fuzz target for jsonlite: the recursive-descent parser has no depth limit, and deeply nested
// arrays or objects overflow the stack.
#include "jsonlite.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    jsonlite::ParseResult result = jsonlite::parse(text);
    if (result.ok) {
        volatile size_t n = jsonlite::count_values(result.value);
        (void)n;
    }
    return 0;
}
