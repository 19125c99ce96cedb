#include "codec.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

namespace arcwise::protocol {

namespace {

// Each message's fields in wire order, applied to a writer or a reader. One list per message, so
// encoding and decoding cannot drift apart.
// A list element that is a (label, value) pair: the label, then the value.
template <class V, class T> void fields(V& v, std::pair<std::string, T>& m) {
    v(m.first);
    v(m.second);
}
template <class V> void fields(V& v, TargetInfo& m) {
    v(m.name);
    v(m.kind);
    v(m.file);
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
}
template <class V> void fields(V& v, Fuzz& m) {
    v(m.target);
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
    v(m.target);
    v(m.input);
    v(m.features);
    v(m.run);
}
template <class V> void fields(V& v, Failure& m) {
    v(m.target);
    v(m.kind);
    v(m.message);
    v(m.signature);
    v(m.stack);
    v(m.input);
    v(m.location);
    v(m.draws);
    v(m.notes);
}
template <class V> void fields(V& v, Stats& m) {
    v(m.target);
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
}
template <class V> void fields(V& v, Done& m) {
    v(m.target);
    v(m.reason);
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
        x = std::bit_cast<double>(bits);
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

template <class M> std::optional<Message> read_as(std::string_view payload, std::string* error) {
    M m;
    Reader r;
    r.in = payload;
    fields(r, m);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
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

std::optional<Message> decode(uint8_t type, std::string_view payload, std::string* error) {
    switch (static_cast<MessageType>(type)) {
    case MessageType::Hello:
        return read_as<Hello>(payload, error);
    case MessageType::CorpusEntryIn:
        return read_as<CorpusEntryIn>(payload, error);
    case MessageType::Fuzz:
        return read_as<Fuzz>(payload, error);
    case MessageType::Stop:
        return read_as<Stop>(payload, error);
    case MessageType::NewEntry:
        return read_as<NewEntry>(payload, error);
    case MessageType::Failure:
        return read_as<Failure>(payload, error);
    case MessageType::Stats:
        return read_as<Stats>(payload, error);
    case MessageType::Done:
        return read_as<Done>(payload, error);
    case MessageType::Error:
        return read_as<Error>(payload, error);
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
    auto message = decode(type, payload, &error_);
    offset_ += kFrameHeaderSize + length;
    if (offset_ > (1u << 20) && offset_ * 2 > buffer_.size()) {
        buffer_.erase(0, offset_);
        offset_ = 0;
    }
    return message;
}

} // namespace arcwise::protocol
