// Fuzz target for chunkfile: a chunk length of 2 GiB or more slips through a signed length check
// and is allocated in full, which a fuzzer reports as out-of-memory (over its malloc or RSS limit).
#include "chunkfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    chunkfile::File file;
    if (chunkfile::read(data, size, file) == chunkfile::Status::Ok) {
        volatile uint32_t checksum = file.data_checksum;
        (void)checksum;
    }
    return 0;
}
