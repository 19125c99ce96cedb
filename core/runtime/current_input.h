#pragma once
// The input under test, kept in shared memory: when the process dies hard (SIGKILL from the OOM
// killer, a stack overflow that even the handler cannot survive), the supervisor still reads the
// exact input from the mapping. In standalone mode the mapping is private to the process.
//
// Layout (little-endian), documented in docs/protocol.md:
//   char magic[8] = "AWINPUT1"; uint32 version; uint32 flags (bit 0: serialised choice sequence,
//   bit 1: truncated); uint64 run; uint64 size; then `size` bytes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace arcwise::runtime {

class CurrentInput {
public:
    static constexpr size_t kHeaderSize = 32;
    static constexpr size_t kDefaultCapacity = 64u << 20;

    // Maps an existing file (created and sized by the supervisor). Returns false with *error set.
    bool map_file(const std::string& path, std::string* error);
    // Maps a descriptor the supervisor passed (a memfd: memory, not a file on a disk that may
    // fill). `name` is for error messages. The descriptor may be closed afterwards.
    bool map_fd(int fd, const std::string& name, std::string* error);
    // Maps private, lazily committed memory.
    void map_private(size_t capacity = kDefaultCapacity);

    // Records the input about to run. Inputs larger than the mapping are cut and flagged.
    void set(const void* data, size_t size, bool serialized, uint64_t run);
    std::string_view data() const;
    bool serialized() const;
    bool valid() const { return base_ != nullptr; }

private:
    uint8_t* base_ = nullptr;
    size_t capacity_ = 0; // payload capacity
};

} // namespace arcwise::runtime
