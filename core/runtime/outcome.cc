#include "outcome.h"

#include <cstring>

namespace arcwise::runtime {

namespace {

void put_u32(std::string& out, uint32_t v) {
    char b[4];
    std::memcpy(b, &v, 4);
    out.append(b, 4);
}
void put(std::string& out, std::string_view s) {
    put_u32(out, uint32_t(s.size()));
    out.append(s);
}
void put(std::string& out, const std::vector<std::string>& list) {
    put_u32(out, uint32_t(list.size()));
    for (const auto& s : list)
        put(out, s);
}

struct Reader {
    std::string_view in;
    size_t at = 0;
    bool ok = true;
    uint32_t u32() {
        if (at + 4 > in.size()) {
            ok = false;
            return 0;
        }
        uint32_t v;
        std::memcpy(&v, in.data() + at, 4);
        at += 4;
        return v;
    }
    std::string str() {
        const uint32_t n = u32();
        if (!ok || at + n > in.size()) {
            ok = false;
            return {};
        }
        std::string s(in.substr(at, n));
        at += n;
        return s;
    }
    std::vector<std::string> list() {
        const uint32_t n = u32();
        std::vector<std::string> out;
        for (uint32_t i = 0; ok && i < n; ++i)
            out.push_back(str());
        return out;
    }
};

} // namespace

std::string encode_outcome(const Outcome& o) {
    std::string payload;
    put_u32(payload, uint32_t(o.status));
    put_u32(payload, o.crashed ? 1 : 0);
    put(payload, o.kind);
    put(payload, o.message);
    put(payload, o.signature);
    put(payload, o.location);
    put(payload, o.stack);
    put(payload, o.draws);
    put(payload, o.notes);
    put(payload, o.events);
    put(payload, o.targets);
    put(payload, o.realised);
    std::string frame;
    put_u32(frame, uint32_t(payload.size()));
    return frame + payload;
}

std::optional<Outcome> decode_outcome(std::string_view bytes, std::string* error) {
    Reader r{bytes};
    const uint32_t size = r.u32();
    if (!r.ok || bytes.size() < 4 + size) {
        if (error)
            *error = "truncated outcome";
        return std::nullopt;
    }
    r.in = bytes.substr(0, 4 + size);
    Outcome o;
    const uint32_t status = r.u32();
    o.status = status == 1   ? engine::ExecStatus::Discard
               : status == 2 ? engine::ExecStatus::Failure
                             : engine::ExecStatus::Ok;
    o.crashed = r.u32() != 0;
    o.kind = r.str();
    o.message = r.str();
    o.signature = r.str();
    o.location = r.str();
    o.stack = r.list();
    o.draws = r.list();
    o.notes = r.list();
    o.events = r.list();
    o.targets = r.list();
    o.realised = r.str();
    if (!r.ok) {
        if (error)
            *error = "malformed outcome";
        return std::nullopt;
    }
    return o;
}

} // namespace arcwise::runtime
