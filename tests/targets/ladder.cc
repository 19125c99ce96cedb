// A libFuzzer harness with a byte-by-byte ladder: each matching byte of "LADDER!" opens a new
// branch, and the full word aborts. Coverage guidance alone climbs it; a dictionary jumps it.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const char kWord[] = "LADDER!";
    size_t matched = 0;
    while (matched < sizeof kWord - 1 && matched < size && data[matched] == kWord[matched])
        ++matched;
    if (matched == sizeof kWord - 1)
        std::abort();
    return 0;
}
