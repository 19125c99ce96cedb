// recordio: a reader for an append-only journal of checksummed records.
//
// A journal is a sequence of records (integers little endian):
//   0  u8  type     1 = put, 2 = delete, 3 = note, 4 = truncate
//   1  u8  arg      put: key length; truncate: number of entries to keep; zero otherwise
//   2  u16 length   payload length, at least 1
//   4  payload      `length` bytes
//   .. u32 checksum FNV-1a of the payload
//
// Payloads: put: key (`arg` bytes), then the value; delete: key; note: free text;
// truncate: the reason, as text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace recordio {

enum class Status { Ok, Truncated, BadLength, BadChecksum, BadArg, BadType, BadPayload };

struct Entry {
    std::string key;
    std::string value;
};

class Journal {
public:
    // Replays the records in `data` on top of the current state. Stops at the first bad record.
    Status replay(const uint8_t* data, size_t size);

    const std::vector<Entry>& entries() const { return entries_; }
    const std::vector<std::string>& notes() const { return notes_; }

private:
    void put(std::string key, std::string value);
    void erase(const std::string& key);
    void truncate(size_t keep);

    std::vector<Entry> entries_;
    std::vector<std::string> notes_;
};

uint32_t fnv1a(const uint8_t* data, size_t size, uint32_t hash = 2166136261u);

} // namespace recordio
