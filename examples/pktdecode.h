// pktdecode: a decoder for a compact binary command/telemetry packet protocol.
//
// Packet layout:
//   0  u8 sync          0xA5
//   1  u8 version/hlen  high nibble: protocol version (2), low nibble: header length in bytes (>=
//   4) 2  u8 type          'T' telemetry, 'C' command, 'A' acknowledgement 3  u8 flags         bit
//   7: acknowledgement requested, bit 0: payload has a trailing parity byte hlen..  payload
// Command payload: one or more commands, each u8 opcode, u8 argc, argc argument bytes and, when
// flag bit 0 is set, a parity byte (XOR of the argument bytes).
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
