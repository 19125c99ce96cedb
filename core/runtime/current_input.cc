#include "current_input.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace arcwise::runtime {

namespace {
constexpr char kMagic[8] = {'A', 'W', 'I', 'N', 'P', 'U', 'T', '1'};
constexpr uint32_t kVersion = 1;

void put32(uint8_t* p, uint32_t v) {
    std::memcpy(p, &v, 4);
}
void put64(uint8_t* p, uint64_t v) {
    std::memcpy(p, &v, 8);
}
} // namespace

bool CurrentInput::map_file(const std::string& path, std::string* error) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = "cannot open input mapping " + path + ": " + std::strerror(errno);
        return false;
    }
    const bool ok = map_fd(fd, path, error);
    ::close(fd);
    return ok;
}

bool CurrentInput::map_fd(int fd, const std::string& name, std::string* error) {
    struct stat st {};
    if (::fstat(fd, &st) != 0 || size_t(st.st_size) <= kHeaderSize) {
        if (error)
            *error = "input mapping " + name + " is too small";
        return false;
    }
    void* p = ::mmap(nullptr, size_t(st.st_size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        if (error)
            *error = "cannot map " + name + ": " + std::strerror(errno);
        return false;
    }
    base_ = static_cast<uint8_t*>(p);
    capacity_ = size_t(st.st_size) - kHeaderSize;
    std::memcpy(base_, kMagic, 8);
    put32(base_ + 8, kVersion);
    return true;
}

void CurrentInput::map_private(size_t capacity) {
    void* p = ::mmap(nullptr, capacity + kHeaderSize, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return;
    base_ = static_cast<uint8_t*>(p);
    capacity_ = capacity;
    std::memcpy(base_, kMagic, 8);
    put32(base_ + 8, kVersion);
}

void CurrentInput::set(const void* data, size_t size, bool serialized, uint64_t run) {
    if (!base_)
        return;
    const bool truncated = size > capacity_;
    const size_t n = truncated ? capacity_ : size;
    put32(base_ + 12, (serialized ? 1u : 0u) | (truncated ? 2u : 0u));
    put64(base_ + 16, run);
    put64(base_ + 24, n);
    if (n)
        std::memcpy(base_ + kHeaderSize, data, n);
}

std::string_view CurrentInput::data() const {
    if (!base_)
        return {};
    uint64_t n = 0;
    std::memcpy(&n, base_ + 24, 8);
    return {reinterpret_cast<const char*>(base_ + kHeaderSize), size_t(n)};
}

bool CurrentInput::serialized() const {
    uint32_t flags = 0;
    if (base_)
        std::memcpy(&flags, base_ + 12, 4);
    return flags & 1;
}

} // namespace arcwise::runtime
