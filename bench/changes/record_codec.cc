// record_codec.cc: decoding, validation and encoding of the record format (record_codec.h).
#include "record_codec.h"

#include <cstring>

namespace rc {
namespace {

uint8_t checksum(const std::string& payload) {
    uint8_t sum = 0x5A;
    for (unsigned char c : payload)
        sum = uint8_t((sum << 1 | sum >> 7) ^ c);
    return sum;
}

bool valid_text(const std::string& p) {
    for (unsigned char c : p)
        if (c < 0x20 || c > 0x7E)
            return false;
    return true;
}

bool valid_number(const std::string& p) {
    if (p.empty() || p.size() > 10)
        return false;
    size_t i = p[0] == '-' ? 1 : 0;
    if (i == p.size())
        return false;
    for (; i < p.size(); ++i)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

bool valid_pair(const std::string& p) {
    const size_t eq = p.find('=');
    return eq != std::string::npos && eq > 0 && valid_text(p.substr(0, eq)) &&
           valid_number(p.substr(eq + 1));
}

bool validate(const Record& r) {
    switch (r.type) {
    case Text:
        return valid_text(r.payload);
    case Number:
        return valid_number(r.payload);
    case Pair:
        return valid_pair(r.payload);
    case Blob:
        return r.payload.size() % 4 == 0;
    default:
        return false;
    }
}

} // namespace

bool decode(const uint8_t* data, size_t size, Message& out) {
    if (size < 4 || data[0] != 'R' || data[1] != 'C')
        return false;
    out.version = data[2];
    if (out.version != 1 && out.version != 2)
        return false;
    const size_t count = data[3];
    size_t at = 4;
    out.records.clear();
    for (size_t i = 0; i < count; ++i) {
        if (at + 2 > size)
            return false;
        Record r;
        r.type = data[at];
        const size_t len = data[at + 1];
        at += 2;
        if (at + len > size)
            return false;
        r.payload.assign(reinterpret_cast<const char*>(data + at), len);
        at += len;
        if (out.version == 2) {
            if (at >= size || data[at] != checksum(r.payload))
                return false;
            ++at;
        }
        if (!validate(r))
            return false;
        out.records.push_back(std::move(r));
    }
    return at == size;
}

std::string encode(const Message& m) {
    std::string out = "RC";
    out += char(m.version);
    out += char(m.records.size());
    for (const Record& r : m.records) {
        out += char(r.type);
        out += char(r.payload.size());
        out += r.payload;
        if (m.version == 2)
            out += char(checksum(r.payload));
    }
    return out;
}

uint32_t summarize(const Message& m) {
    uint32_t h = 0;
    for (const Record& r : m.records) {
        switch (r.type) {
        case Number:
            h += uint32_t(strtol(r.payload.c_str(), nullptr, 10));
            break;
        case Pair:
            h ^= uint32_t(r.payload.size()) << 8;
            break;
        default:
            h = h * 31 + uint32_t(r.payload.size());
            break;
        }
    }
    return h;
}

} // namespace rc
