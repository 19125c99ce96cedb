// chunkfile: a reader for ACF, a RIFF-like container of tagged chunks.
//
// File layout (integers little endian):
//   0  magic "ACF1"
//   4  chunks, each: 4-byte tag, u32 length (at most 64 KiB), `length` bytes of data
// Known tags: "META" (key=value text), "DATA" (opaque bytes), "END " (no data, ends the file).
// Chunks may be truncated at the end of the file; the missing bytes read as zero.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace chunkfile {

enum class Status { Ok, TooShort, BadMagic, BadTag, ChunkTooLarge, MissingEnd };

struct Chunk {
    char tag[5] = {};
    std::vector<uint8_t> data;
};

struct File {
    std::vector<Chunk> chunks;
    uint32_t data_checksum = 0; // Adler-32 of all DATA chunks
};

Status read(const uint8_t* data, size_t size, File& out);

uint32_t adler32(const uint8_t* data, size_t size, uint32_t adler = 1);

} // namespace chunkfile
