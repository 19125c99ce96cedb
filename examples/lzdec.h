// lzdec: a decoder for AWLZ, a byte-oriented LZ77 compression format.
//
// Stream layout:
//   0  magic "AWLZ"
//   4  u32 decoded size (little endian, at most 1 MiB)
//   8  tokens until the decoded size is reached:
//        0x00-0x7f  literal run: the next (token + 1) bytes are copied to the output
//        0x80-0xff  match: length (token & 0x7f) + 3, followed by a u16 offset (little endian);
//                   copies `length` bytes starting `offset` bytes back in the output (the source
//                   may overlap the bytes being written, as in all LZ77 formats); a stream
//                   starts with a literal run
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lzdec {

enum class Status { Ok, TooShort, BadMagic, TooLarge, Truncated, BadOffset, Overrun };

Status decode(const uint8_t* data, size_t size, std::vector<uint8_t>& out);

// Encodes `data` using literal runs and simple matches (used to build seed inputs and tests).
std::vector<uint8_t> encode(const uint8_t* data, size_t size);

} // namespace lzdec
