// pktdecode: a decoder for a compact binary command/telemetry packet protocol.
//
// Packet layout:
//   0      u8 sync     0xA5
//   1      u8 vh       high nibble: protocol version (2); low nibble: header length (>= 4)
//   2      u8 type     'T' telemetry, 'C' command, 'A' acknowledgement
//   3      u8 flags    bit 7: acknowledgement requested; bit 0: commands carry a parity byte
//   hlen.. payload
// A command payload holds one or more commands: u8 opcode, u8 argc, argc argument bytes and, with
// flag bit 0, a parity byte (XOR of the arguments). Opcodes (registers are 0..15):
//   0x00 nop   0x10 write(reg, value)   0x11 copy(dst, src)   0x7f reset
//   0x1d swap-if(a, b, check): swaps registers a and b (low nibbles, a < b) when check == a ^ b
//        and the registers differ, and reports the change.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pktdecode {

enum class Status { Ok, TooShort, BadSync, BadVersion, BadHeader, BadType, BadCommand, BadParity };

struct Device {
    uint8_t registers[16] = {};
    uint32_t acks_sent = 0;
    std::vector<std::string> log;
};

// Decodes one packet and applies it to `device`.
Status handle_packet(Device& device, const uint8_t* data, size_t size);

} // namespace pktdecode
