// record_codec: a small binary record format shared by the record_decode and record_roundtrip
// targets. A message is the magic "RC", a version byte (1 or 2), a record count, then that many
// records of a type byte, a length byte and the payload. Version 2 adds a checksum byte after
// every payload.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace rc {

enum Type : uint8_t { Text = 1, Number = 2, Pair = 3, Blob = 4, Extension = 7 };

struct Record {
    uint8_t type = 0;
    std::string payload;
};

struct Message {
    uint8_t version = 1;
    std::vector<Record> records;
};

// Parses `data`; false on any malformed message. Every record is validated by its type.
bool decode(const uint8_t* data, size_t size, Message& out);
// The bytes of `m`; decode(encode(m)) gives `m` back for every message decode accepted.
std::string encode(const Message& m);
// A summary value of the records (what a consumer would compute from them).
uint32_t summarize(const Message& m);

} // namespace rc
