#pragma once
// SHA-1 of an input, for libFuzzer-compatible artifact and corpus file names (crash-<sha1>).
// Allocation-free, so crash handlers can use it.

#include <cstddef>
#include <cstdint>

namespace arcwise::runtime {

// Writes 40 lowercase hex digits and a terminating NUL into out[41].
void sha1_hex(const uint8_t* data, size_t size, char out[41]);

} // namespace arcwise::runtime
