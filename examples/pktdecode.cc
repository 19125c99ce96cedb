#include "pktdecode.h"

#include <cstdio>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace pktdecode {
namespace {

constexpr uint8_t kSync = 0xA5;
constexpr uint8_t kVersion = 2;
constexpr uint8_t kFlagAckRequested = 0x80;
constexpr uint8_t kFlagParity = 0x01;

enum Opcode : uint8_t {
    kOpNop = 0x00,
    kOpWrite = 0x10,  // write(reg, value)
    kOpCopy = 0x11,   // copy(dst, src)
    kOpSwapIf = 0x1d, // swap(a, b) if the condition byte equals a ^ b
    kOpReset = 0x7f,
};

struct Command {
    uint8_t opcode = 0;
    uint8_t argc = 0;
    const uint8_t* args = nullptr;
};

// Acknowledgement sink for the commands that report their result to the sender.
struct AckSink {
    Device* device;
    void send(uint8_t opcode, uint8_t result) {
        char line[32];
        std::snprintf(line, sizeof line, "ack %02x -> %02x", opcode, result);
        device->log.emplace_back(line);
        ++device->acks_sent;
    }
};

Status run_command(Device& device, const Command& cmd, AckSink* ack) {
    uint8_t* regs = device.registers;
    switch (cmd.opcode) {
    case kOpNop:
        return Status::Ok;
    case kOpReset:
        for (uint8_t& r : device.registers) {
            r = 0;
        }
        return Status::Ok;
    case kOpWrite:
        if (cmd.argc != 2 || cmd.args[0] >= 16) {
            return Status::BadCommand;
        }
        regs[cmd.args[0]] = cmd.args[1];
        if (ack) {
            ack->send(cmd.opcode, regs[cmd.args[0]]);
        }
        return Status::Ok;
    case kOpCopy:
        if (cmd.argc != 2 || cmd.args[0] >= 16 || cmd.args[1] >= 16) {
            return Status::BadCommand;
        }
        regs[cmd.args[0]] = regs[cmd.args[1]];
        return Status::Ok;
    case kOpSwapIf: {
        if (cmd.argc != 3) {
            return Status::BadCommand;
        }
        const uint8_t a = cmd.args[0] & 0x0f;
        const uint8_t b = cmd.args[1] & 0x0f;
        if (a < b && cmd.args[2] == (cmd.args[0] ^ cmd.args[1]) && regs[a] != regs[b]) {
            const uint8_t t = regs[a];
            regs[a] = regs[b];
            regs[b] = t;
            // Planted bug: the change is acknowledged without checking that an acknowledgement
            // was requested, so `ack` may be null here.
#if ARCWISE_EXAMPLE_FIXED
            if (ack) {
                ack->send(cmd.opcode, regs[a]);
            }
#else
            ack->send(cmd.opcode, regs[a]);
#endif
        }
        return Status::Ok;
    }
    default:
        return Status::BadCommand;
    }
}

} // namespace

Status handle_packet(Device& device, const uint8_t* data, size_t size) {
    if (size < 4) {
        return Status::TooShort;
    }
    if (data[0] != kSync) {
        return Status::BadSync;
    }
    if ((data[1] >> 4) != kVersion) {
        return Status::BadVersion;
    }
    const size_t header_len = data[1] & 0x0f;
    if (header_len < 4 || header_len > size) {
        return Status::BadHeader;
    }
    const uint8_t type = data[2];
    const uint8_t flags = data[3];
    const uint8_t* payload = data + header_len;
    size_t payload_len = size - header_len;

    if (type == 'T') {
        device.log.emplace_back(reinterpret_cast<const char*>(payload), payload_len);
        return Status::Ok;
    }
    if (type == 'A') {
        return Status::Ok;
    }
    if (type != 'C') {
        return Status::BadType;
    }
    // A command packet carries one or more commands back to back.
    AckSink sink{&device};
    AckSink* ack = (flags & kFlagAckRequested) ? &sink : nullptr;
    size_t pos = 0;
    while (pos < payload_len) {
        if (payload_len - pos < 2) {
            return Status::BadCommand;
        }
        Command cmd;
        cmd.opcode = payload[pos];
        cmd.argc = payload[pos + 1];
        cmd.args = payload + pos + 2;
        size_t cmd_len = size_t(cmd.argc) + 2;
        if (flags & kFlagParity) {
            cmd_len += 1;
        }
        if (payload_len - pos < cmd_len) {
            return Status::BadCommand;
        }
        if (flags & kFlagParity) {
            uint8_t parity = 0;
            for (size_t i = 0; i < cmd.argc; ++i) {
                parity ^= cmd.args[i];
            }
            if (parity != cmd.args[cmd.argc]) {
                return Status::BadParity;
            }
        }
        const Status status = run_command(device, cmd, ack);
        if (status != Status::Ok) {
            return status;
        }
        pos += cmd_len;
    }
    return Status::Ok;
}

} // namespace pktdecode
