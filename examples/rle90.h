// rle90: the run-length encoding of BinHex 4.0 ("RLE90"). Bytes stand for themselves, except the
// marker 0x90:
//   c 0x90 n   (n = 2 .. 255)  c repeated n times in all: the byte before the marker, n - 1 more
//   0x90 0x00                  a literal 0x90
// Runs longer than 255 are split. Pairs are written as two literals (no shorter as a run).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace rle90 {

inline constexpr uint8_t kMarker = 0x90;
inline constexpr size_t kMaxRun = 255;

std::vector<uint8_t> encode(const std::vector<uint8_t>& data);

// The decoded bytes, or std::nullopt when `encoded` is malformed: a marker at the end, a run with
// no byte before it, or a run count of 1.
std::optional<std::vector<uint8_t>> decode(const std::vector<uint8_t>& encoded);

} // namespace rle90
