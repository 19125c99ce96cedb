// session_fsm: the server side of a small binary session protocol. Messages are one type byte
// plus fixed-size fields: HELLO (nonce:4), AUTH (token:2, derived from the nonce), OPEN
// (channel:1), DATA (channel:1, seq:1), CLOSE (channel:1, count:1). Each message is only valid in
// the state the previous ones left. Planted bug: closing channel 0xA5 after exactly three DATA
// messages with sequence numbers 1, 2, 3 flushes the channel's log, which only the audit build
// allocates (null write).
#include <cstddef>
#include <cstdint>

namespace {

enum class State { Start, Hello, Authed, Open };

struct Session {
    State state = State::Start;
    uint32_t nonce = 0;
    uint8_t channel = 0;
    uint8_t seq = 0;
    uint8_t* audit_log = nullptr; // audit builds only
};

uint16_t token_for(uint32_t nonce) {
    uint32_t h = nonce * 2654435761u;
    h ^= h >> 15;
    return uint16_t(h ^ (h >> 16));
}

__attribute__((noinline)) void flush_channel(Session& s) {
    if (s.channel == 0xa5 && s.seq == 3)
        s.audit_log[s.seq] = s.channel; // BUG: the audit log is not allocated
    s.seq = 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Session s;
    size_t i = 0;
    while (i < size) {
        const uint8_t type = data[i++];
        const size_t left = size - i;
        const uint8_t* f = data + i;
        switch (type) {
        case 'H':
            if (s.state != State::Start || left < 4)
                return 0;
            s.nonce =
                uint32_t(f[0]) | uint32_t(f[1]) << 8 | uint32_t(f[2]) << 16 | uint32_t(f[3]) << 24;
            s.state = State::Hello;
            i += 4;
            break;
        case 'A':
            if (s.state != State::Hello || left < 2 ||
                uint16_t(f[0] | f[1] << 8) != token_for(s.nonce))
                return 0;
            s.state = State::Authed;
            i += 2;
            break;
        case 'O':
            if (s.state != State::Authed || left < 1)
                return 0;
            s.channel = f[0];
            s.seq = 0;
            s.state = State::Open;
            i += 1;
            break;
        case 'D':
            if (s.state != State::Open || left < 2 || f[0] != s.channel || f[1] != s.seq + 1)
                return 0;
            s.seq = f[1];
            i += 2;
            break;
        case 'C':
            if (s.state != State::Open || left < 2 || f[0] != s.channel || f[1] != s.seq)
                return 0;
            flush_channel(s);
            s.state = State::Authed;
            i += 2;
            break;
        default:
            return 0;
        }
    }
    return 0;
}
