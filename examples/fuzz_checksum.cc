// Fuzz target for recordio: every record carries a 32-bit FNV-1a checksum compared with ==, so
// the planted bug (in the truncate record) is only reachable with a valid checksum, which a fuzzer
// learns from comparison feedback.
#include "recordio.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    recordio::Journal journal;
    journal.replay(data, size);
    return 0;
}
