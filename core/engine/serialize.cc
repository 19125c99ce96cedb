#include "serialize.h"

#include <bit>
#include <cstring>

namespace arcwise::engine {

namespace {

constexpr char kMagic[4] = {'A', 'W', 'C', 'S'};
constexpr size_t kMaxElements = 1u << 24;

void put_varint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

void put_bytes(std::string& out, const std::string& s) {
    put_varint(out, s.size());
    out += s;
}

class Reader {
public:
    Reader(std::string_view in, std::string* error) : in_(in), error_(error) {}

    bool varint(uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= in_.size())
                return fail("truncated integer");
            const auto byte = static_cast<uint8_t>(in_[pos_++]);
            v |= uint64_t(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return fail("integer longer than 64 bits");
    }
    bool byte(uint8_t& b) {
        if (pos_ >= in_.size())
            return fail("truncated");
        b = static_cast<uint8_t>(in_[pos_++]);
        return true;
    }
    bool bytes(std::string& s) {
        uint64_t n;
        if (!varint(n))
            return false;
        if (n > in_.size() - pos_)
            return fail("byte string runs past the end");
        s.assign(in_.substr(pos_, n));
        pos_ += n;
        return true;
    }
    bool fixed64(uint64_t& v) {
        if (in_.size() - pos_ < 8)
            return fail("truncated float");
        v = 0;
        for (int i = 0; i < 8; ++i)
            v |= uint64_t(static_cast<uint8_t>(in_[pos_ + i])) << (8 * i);
        pos_ += 8;
        return true;
    }
    bool fail(const char* what) {
        if (error_)
            *error_ = std::string(what) + " at byte " + std::to_string(pos_);
        return false;
    }
    bool at_end() const { return pos_ == in_.size(); }
    size_t remaining() const { return in_.size() - pos_; }
    void skip(size_t n) { pos_ += n; }

private:
    std::string_view in_;
    std::string* error_;
    size_t pos_ = 0;
};

void put_fixed64(std::string& out, uint64_t v) {
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>(v >> (8 * i)));
}

} // namespace

bool looks_serialized(std::string_view bytes) {
    return bytes.size() >= 5 && std::memcmp(bytes.data(), kMagic, 4) == 0;
}

std::string serialize(const ChoiceSequence& seq) {
    std::string out(kMagic, 4);
    put_varint(out, kChoiceFormatVersion);
    put_varint(out, seq.choices.size());
    for (const auto& c : seq.choices) {
        out.push_back(static_cast<char>(c.kind));
        const uint8_t flags =
            (c.is_signed ? 1 : 0) | (c.allow_nan ? 2 : 0) | (c.allow_infinity ? 4 : 0);
        out.push_back(static_cast<char>(flags));
        switch (c.kind) {
        case ChoiceKind::Integer:
        case ChoiceKind::Boolean:
            put_varint(out, c.value);
            put_varint(out, c.min);
            put_varint(out, c.max);
            break;
        case ChoiceKind::Float:
            put_fixed64(out, std::bit_cast<uint64_t>(c.real));
            put_fixed64(out, std::bit_cast<uint64_t>(c.real_min));
            put_fixed64(out, std::bit_cast<uint64_t>(c.real_max));
            break;
        case ChoiceKind::Bytes:
        case ChoiceKind::String:
            put_varint(out, c.min);
            put_varint(out, c.max);
            put_bytes(out, c.data);
            break;
        }
    }
    put_varint(out, seq.spans.size());
    for (const auto& s : seq.spans) {
        put_varint(out, s.begin);
        put_varint(out, s.end);
        put_varint(out, s.label);
        put_varint(out, s.depth);
    }
    return out;
}

std::optional<ChoiceSequence> deserialize(std::string_view bytes, std::string* error) {
    Reader r(bytes, error);
    if (bytes.size() < 4 || std::memcmp(bytes.data(), kMagic, 4) != 0) {
        r.fail("not a choice sequence (magic \"AWCS\" missing)");
        return std::nullopt;
    }
    r.skip(4);
    uint64_t version = 0, count = 0;
    if (!r.varint(version))
        return std::nullopt;
    if (version == 0 || version > kChoiceFormatVersion) {
        if (error)
            *error = "choice sequence format version " + std::to_string(version) +
                     " is not supported (this build reads up to " +
                     std::to_string(kChoiceFormatVersion) + ")";
        return std::nullopt;
    }
    if (!r.varint(count))
        return std::nullopt;
    // Every choice takes at least two bytes (kind and flags): a count the rest of the input cannot
    // hold is rejected before anything is reserved for it.
    if (count > kMaxElements || count > r.remaining() / 2) {
        r.fail("implausible choice count");
        return std::nullopt;
    }
    ChoiceSequence seq;
    seq.choices.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        Choice c;
        uint8_t kind = 0, flags = 0;
        if (!r.byte(kind) || !r.byte(flags))
            return std::nullopt;
        c.kind = static_cast<ChoiceKind>(kind);
        c.is_signed = flags & 1;
        c.allow_nan = flags & 2;
        c.allow_infinity = flags & 4;
        bool ok = false;
        switch (c.kind) {
        case ChoiceKind::Integer:
        case ChoiceKind::Boolean:
            ok = r.varint(c.value) && r.varint(c.min) && r.varint(c.max);
            break;
        case ChoiceKind::Float: {
            uint64_t v = 0, lo = 0, hi = 0;
            ok = r.fixed64(v) && r.fixed64(lo) && r.fixed64(hi);
            c.real = std::bit_cast<double>(v);
            c.real_min = std::bit_cast<double>(lo);
            c.real_max = std::bit_cast<double>(hi);
            break;
        }
        case ChoiceKind::Bytes:
        case ChoiceKind::String:
            ok = r.varint(c.min) && r.varint(c.max) && r.bytes(c.data);
            break;
        default:
            r.fail("unknown choice kind");
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
        seq.choices.push_back(std::move(c));
    }
    if (!r.varint(count))
        return std::nullopt;
    if (count > kMaxElements) {
        r.fail("implausible span count");
        return std::nullopt;
    }
    for (uint64_t i = 0; i < count; ++i) {
        uint64_t b = 0, e = 0, l = 0, d = 0;
        if (!r.varint(b) || !r.varint(e) || !r.varint(l) || !r.varint(d))
            return std::nullopt;
        if (b > e || e > seq.choices.size()) {
            r.fail("span outside the choices");
            return std::nullopt;
        }
        seq.spans.push_back({uint32_t(b), uint32_t(e), uint32_t(l), uint32_t(d)});
    }
    if (!r.at_end()) {
        r.fail("trailing bytes");
        return std::nullopt;
    }
    return seq;
}

} // namespace arcwise::engine
