// Fuzz target for pktdecode: the planted bug sits behind about eight nested byte-level conditions
// (sync byte, version nibble, header length, packet type, opcode, argument count, argument order
// and an XOR relation between arguments).
#include "pktdecode.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    pktdecode::Device device;
    pktdecode::handle_packet(device, data, size);
    return 0;
}
