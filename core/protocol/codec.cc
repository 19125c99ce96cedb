#include "codec.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

namespace arcwise::protocol {

namespace {

// A string field that names something (a target, a kind, a label): a name is shown in lists,
// used as a key and stored, so a control character in it (a NUL that truncates it, an escape
// sequence that rewrites a terminal) makes the message malformed. Texts (messages, stack frames,
// notes) may hold any bytes: they are escaped where they are shown.
struct Name {
    std::string& text;
    const char* field; // "Stats.target", for the error line
};

// Each message's fields in wire order, applied to a writer or a reader. One list per message, so
// encoding and decoding cannot drift apart.
// A list element that is a (label, value) pair: the label, then the value.
template <class V, class T> void fields(V& v, std::pair<std::string, T>& m) {
    v(Name{m.first, "label"});
    v(m.second);
}
template <class V> void fields(V& v, TargetInfo& m) {
    v(Name{m.name, "TargetInfo.name"});
    v(Name{m.kind, "TargetInfo.kind"});
    v(Name{m.file, "TargetInfo.file"});
    v(m.line);
}
template <class V> void fields(V& v, Hello& m) {
    v(m.protocol_version);
    v(m.pid);
    v(m.runtime_version);
    v(m.build_id);
    v(m.targets);
}
template <class V> void fields(V& v, CorpusEntryIn& m) {
    v(m.input);
    v(Name{m.target, "CorpusEntryIn.target"});
}
template <class V> void fields(V& v, Fuzz& m) {
    v(Name{m.target, "Fuzz.target"});
    v(m.seed);
    v(m.max_runs);
    v(m.max_time_ms);
    v(m.max_len);
    v(m.timeout_ms);
    v(m.rss_limit_mb);
    v(m.malloc_limit_mb);
}
template <class V> void fields(V&, Stop&) {}
template <class V> void fields(V& v, NewEntry& m) {
    v(Name{m.target, "NewEntry.target"});
    v(m.input);
    v(m.features);
    v(m.run);
}
template <class V> void fields(V& v, Failure& m) {
    v(Name{m.target, "Failure.target"});
    v(Name{m.kind, "Failure.kind"});
    v(m.message);
    v(m.signature);
    v(m.stack);
    v(m.input);
    v(m.location);
    v(m.draws);
    v(m.notes);
}
template <class V> void fields(V& v, Stats& m) {
    v(Name{m.target, "Stats.target"});
    v(m.runs);
    v(m.features);
    v(m.edges);
    v(m.corpus_size);
    v(m.corpus_bytes);
    v(m.execs_per_second);
    v(m.seconds);
    v(m.discovery_estimate);
    v(m.rss_mb);
    v(m.events);
    v(m.targets);
    v(m.target_counts);
    v(m.discards);
    v(m.reruns);
    v(m.stable_reruns);
}
template <class V> void fields(V& v, Done& m) {
    v(Name{m.target, "Done.target"});
    v(Name{m.reason, "Done.reason"});
    v(m.runs);
}
template <class V> void fields(V& v, Error& m) {
    v(m.message);
}

struct Writer {
    std::string& out;

    void varint(uint64_t x) {
        while (x >= 0x80) {
            out.push_back(static_cast<char>((x & 0x7F) | 0x80));
            x >>= 7;
        }
        out.push_back(static_cast<char>(x));
    }
    void operator()(uint32_t& x) { varint(x); }
    void operator()(uint64_t& x) { varint(x); }
    void operator()(double& x) {
        const uint64_t bits = std::bit_cast<uint64_t>(x);
        for (int i = 0; i < 8; ++i)
            out.push_back(static_cast<char>(bits >> (8 * i)));
    }
    void operator()(std::string& s) {
        varint(s.size());
        out += s;
    }
    void operator()(Name n) { (*this)(n.text); }
    template <class T> void operator()(std::vector<T>& items) {
        varint(items.size());
        for (auto& item : items) {
            if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>)
                fields(*this, item);
            else
                (*this)(item);
        }
    }
};

struct Reader {
    std::string_view in;
    size_t pos = 0;
    std::string error;
    unsigned list_depth = 0;
    uint32_t invalid_numbers = 0; // fields dropped by a range check, see operator()(double&)

    bool ok() const { return error.empty(); }
    void fail(const char* what) {
        if (error.empty())
            error = std::string(what) + " at payload byte " + std::to_string(pos);
    }
    uint64_t varint() {
        uint64_t x = 0;
        for (int shift = 0; shift < 64 && ok(); shift += 7) {
            if (pos >= in.size()) {
                fail("truncated integer");
                return 0;
            }
            const auto b = static_cast<uint8_t>(in[pos++]);
            x |= uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                return x;
        }
        fail("integer longer than 64 bits");
        return 0;
    }
    // A field missing at the end of the payload keeps its default: older peers send fewer fields.
    // List elements are always complete (the count says how many follow): a field missing inside
    // a list means the payload was cut short.
    bool present() const { return list_depth > 0 || pos < in.size(); }
    void operator()(uint32_t& x) {
        if (!present())
            return;
        const uint64_t v = varint();
        if (v > UINT32_MAX)
            fail("32-bit field out of range");
        x = static_cast<uint32_t>(v);
    }
    void operator()(uint64_t& x) {
        if (present())
            x = varint();
    }
    void operator()(double& x) {
        if (!present())
            return;
        if (in.size() - pos < 8) {
            fail("truncated double");
            return;
        }
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= uint64_t(static_cast<uint8_t>(in[pos + i])) << (8 * i);
        pos += 8;
        // NaN and infinities are no measurement: the field keeps its default and the message
        // its other fields (one bad number must not cost a second's statistics).
        const double value = std::bit_cast<double>(bits);
        if (std::isfinite(value))
            x = value;
        else
            ++invalid_numbers;
    }
    void operator()(std::string& s) {
        if (!present())
            return;
        const uint64_t n = varint();
        if (!ok())
            return;
        if (n > in.size() - pos) {
            fail("string runs past the end of the frame");
            return;
        }
        s.assign(in.substr(pos, n));
        pos += n;
    }
    void operator()(Name n) {
        (*this)(n.text);
        if (!ok())
            return;
        const size_t bad = control_character(n.text);
        if (bad != std::string::npos) {
            char code[8];
            std::snprintf(code, sizeof code, "0x%02x", static_cast<uint8_t>(n.text[bad]));
            error = std::string(n.field) + ": a name with a control character (" + code +
                    " at offset " + std::to_string(bad) + ") at payload byte " +
                    std::to_string(pos);
        }
    }
    template <class T> void operator()(std::vector<T>& items) {
        if (!present())
            return;
        const uint64_t n = varint();
        if (!ok())
            return;
        if (n > in.size() - pos) { // every element takes at least one byte
            fail("list longer than the frame");
            return;
        }
        // Grow with the elements actually read: a bogus count must not allocate up front.
        items.clear();
        items.reserve(std::min<uint64_t>(n, 1024));
        ++list_depth;
        for (uint64_t i = 0; i < n && ok(); ++i) {
            T item{};
            if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>)
                fields(*this, item);
            else
                (*this)(item);
            items.push_back(std::move(item));
        }
        --list_depth;
    }
};

// Ranges beyond "finite" that a field's meaning gives: a value outside them is dropped like a
// NaN, field by field.
template <class M> void check_ranges(M&, Reader&) {}
void check_ranges(Stats& m, Reader& r) {
    auto at_least_zero = [&r](double& x, double most) {
        if (x < 0 || x > most) {
            x = 0;
            ++r.invalid_numbers;
        }
    };
    at_least_zero(m.execs_per_second, 1e12);
    at_least_zero(m.seconds, 1e12);
    at_least_zero(m.discovery_estimate, 1); // a fraction of the executions
}

template <class M>
std::optional<Message> read_as(std::string_view payload, std::string* error,
                               uint32_t* invalid_numbers) {
    M m;
    Reader r;
    r.in = payload;
    fields(r, m);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    check_ranges(m, r);
    if (invalid_numbers)
        *invalid_numbers = r.invalid_numbers;
    return Message(std::move(m));
}

} // namespace

const char* type_name(const Message& message) {
    static constexpr const char* kNames[] = {"Hello",   "CorpusEntryIn", "Fuzz", "Stop", "NewEntry",
                                             "Failure", "Stats",         "Done", "Error"};
    return kNames[message.index()];
}

std::string encode(const Message& message) {
    std::string frame(kFrameHeaderSize, '\0');
    Writer w{frame};
    std::visit([&w](const auto& m) { fields(w, const_cast<std::decay_t<decltype(m)>&>(m)); },
               message);
    const uint32_t length = static_cast<uint32_t>(frame.size() - kFrameHeaderSize);
    for (int i = 0; i < 4; ++i)
        frame[i] = static_cast<char>(length >> (8 * i));
    frame[4] = static_cast<char>(message.index() + 1);
    return frame;
}

size_t control_character(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<uint8_t>(text[i]);
        if (c < 0x20 || c == 0x7F)
            return i;
        // U+0080..U+009F (C1 controls, CSI among them) are C2 80..C2 9F in UTF-8.
        if (c == 0xC2 && i + 1 < text.size() && static_cast<uint8_t>(text[i + 1]) >= 0x80 &&
            static_cast<uint8_t>(text[i + 1]) <= 0x9F)
            return i;
    }
    return std::string_view::npos;
}

std::optional<Message> decode(uint8_t type, std::string_view payload, std::string* error,
                              uint32_t* invalid_numbers) {
    if (invalid_numbers)
        *invalid_numbers = 0;
    switch (static_cast<MessageType>(type)) {
    case MessageType::Hello:
        return read_as<Hello>(payload, error, invalid_numbers);
    case MessageType::CorpusEntryIn:
        return read_as<CorpusEntryIn>(payload, error, invalid_numbers);
    case MessageType::Fuzz:
        return read_as<Fuzz>(payload, error, invalid_numbers);
    case MessageType::Stop:
        return read_as<Stop>(payload, error, invalid_numbers);
    case MessageType::NewEntry:
        return read_as<NewEntry>(payload, error, invalid_numbers);
    case MessageType::Failure:
        return read_as<Failure>(payload, error, invalid_numbers);
    case MessageType::Stats:
        return read_as<Stats>(payload, error, invalid_numbers);
    case MessageType::Done:
        return read_as<Done>(payload, error, invalid_numbers);
    case MessageType::Error:
        return read_as<Error>(payload, error, invalid_numbers);
    }
    if (error)
        *error = "unknown message type " + std::to_string(type);
    return std::nullopt;
}

std::optional<Message> FrameDecoder::next() {
    if (!error_.empty() || buffer_.size() - offset_ < kFrameHeaderSize)
        return std::nullopt;
    const auto* p = reinterpret_cast<const uint8_t*>(buffer_.data() + offset_);
    const uint32_t length = p[0] | (p[1] << 8) | (p[2] << 16) | (uint32_t(p[3]) << 24);
    if (length > kMaxFrameSize) {
        error_ = "frame of " + std::to_string(length) + " bytes exceeds the limit of " +
                 std::to_string(kMaxFrameSize);
        return std::nullopt;
    }
    if (buffer_.size() - offset_ < kFrameHeaderSize + length)
        return std::nullopt;
    const uint8_t type = p[4];
    const std::string_view payload(buffer_.data() + offset_ + kFrameHeaderSize, length);
    uint32_t invalid = 0;
    auto message = decode(type, payload, &error_, &invalid);
    invalid_numbers_ += invalid;
    offset_ += kFrameHeaderSize + length;
    if (offset_ > (1u << 20) && offset_ * 2 > buffer_.size()) {
        buffer_.erase(0, offset_);
        offset_ = 0;
    }
    return message;
}

} // namespace arcwise::protocol
