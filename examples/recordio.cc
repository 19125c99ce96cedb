#include "recordio.h"

#include <cstdio>
#include <cstdlib>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace recordio {
namespace {

constexpr uint8_t kPut = 1;
constexpr uint8_t kDelete = 2;
constexpr uint8_t kNote = 3;
constexpr uint8_t kTruncate = 4;

uint16_t read_u16(const uint8_t* p) {
    return uint16_t(p[0] | (p[1] << 8));
}

uint32_t read_u32(const uint8_t* p) {
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}

} // namespace

uint32_t fnv1a(const uint8_t* data, size_t size, uint32_t hash) {
    for (size_t i = 0; i < size; ++i) {
        hash ^= data[i];
        hash *= 16777619u;
    }
    return hash;
}

Status Journal::replay(const uint8_t* data, size_t size) {
    size_t pos = 0;
    while (pos < size) {
        if (size - pos < 8) {
            return Status::Truncated;
        }
        const uint8_t* header = data + pos;
        const uint8_t type = header[0];
        const uint8_t arg = header[1];
        const size_t length = read_u16(header + 2);
        if (length == 0) {
            return Status::BadLength;
        }
        if (size - pos - 8 < length) {
            return Status::Truncated;
        }
        const uint8_t* payload = header + 4;
        const uint32_t stored = read_u32(payload + length);
        if (fnv1a(payload, length) != stored) {
            return Status::BadChecksum;
        }
        if (type != kPut && type != kTruncate && arg != 0) {
            return Status::BadArg;
        }
        switch (type) {
        case kPut: {
            const size_t key_len = arg;
            if (key_len == 0 || key_len > length) {
                return Status::BadPayload;
            }
            put(std::string(reinterpret_cast<const char*>(payload), key_len),
                std::string(reinterpret_cast<const char*>(payload + key_len), length - key_len));
            break;
        }
        case kDelete:
            erase(std::string(reinterpret_cast<const char*>(payload), length));
            break;
        case kNote:
            notes_.emplace_back(reinterpret_cast<const char*>(payload), length);
            break;
        case kTruncate: {
            notes_.emplace_back(reinterpret_cast<const char*>(payload), length);
            if (entries_.empty()) {
                break; // nothing to truncate
            }
            const size_t keep = arg;
            // Planted bug: off by one, a record may ask to keep one entry more than there are.
            if (keep > entries_.size() + (ARCWISE_EXAMPLE_FIXED ? 0 : 1)) {
                return Status::BadArg;
            }
            truncate(keep);
            break;
        }
        default:
            return Status::BadType;
        }
        pos += 8 + length;
    }
    return Status::Ok;
}

void Journal::put(std::string key, std::string value) {
    for (Entry& e : entries_) {
        if (e.key == key) {
            e.value = std::move(value);
            return;
        }
    }
    entries_.push_back(Entry{std::move(key), std::move(value)});
}

void Journal::erase(const std::string& key) {
    for (size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].key == key) {
            entries_.erase(entries_.begin() + long(i));
            return;
        }
    }
}

void Journal::truncate(size_t keep) {
    if (keep > entries_.size()) {
        std::fprintf(stderr, "recordio: internal error: cannot keep %zu of %zu entries\n", keep,
                     entries_.size());
        std::abort();
    }
    entries_.resize(keep);
}

} // namespace recordio
