// bytecode_vm: a tiny register machine for device scripts: 8 registers, 2-byte instructions
// (opcode, operand), LOADI with an 8-bit immediate, ADD/XOR/SHL between registers, conditional
// jumps and OUT to a port. Planted bug: OUT to port 0x0F (the debug port) when r3 holds 0x1337
// dereferences the debug console, which is not attached (null write). 0x1337 cannot be loaded
// directly: the script has to build it from 8-bit pieces.
#include <cstddef>
#include <cstdint>

namespace {

struct Console {
    uint32_t* mailbox;
};

struct Machine {
    uint32_t r[8] = {};
    Console* debug = nullptr; // attached only on development boards
    uint32_t ports[16] = {};
};

__attribute__((noinline)) void out(Machine& m, unsigned port, uint32_t value) {
    if (port == 0x0f && m.r[3] == 0x1337) {
        m.debug->mailbox[0] = value; // BUG: no debug console on this board
        return;
    }
    m.ports[port & 15] = value;
}

void run(Machine& m, const uint8_t* code, size_t n) {
    size_t pc = 0;
    for (int steps = 0; steps < 256 && pc + 1 < n; ++steps) {
        const uint8_t op = code[pc], arg = code[pc + 1];
        const unsigned a = arg >> 4 & 7, b = arg & 7;
        pc += 2;
        switch (op) {
        case 0x10: // LOADI imm8: r0 = imm8
            m.r[0] = arg;
            break;
        case 0x11: // MOV ra, rb
            m.r[a] = m.r[b];
            break;
        case 0x20: // ADD ra, rb
            m.r[a] += m.r[b];
            break;
        case 0x21: // XOR ra, rb
            m.r[a] ^= m.r[b];
            break;
        case 0x22: // SHL ra, rb
            m.r[a] <<= (m.r[b] & 15);
            break;
        case 0x23: // INC ra
            ++m.r[a];
            break;
        case 0x30: // JZ ra, instruction b (forward only)
            if (m.r[a] == 0 && size_t(b) * 2 > pc)
                pc = size_t(b) * 2;
            break;
        case 0x40: // OUT port (low bit of a, b), r0
            out(m, b | (a & 1) << 3, m.r[0]);
            break;
        default: // HALT and unknown opcodes
            return;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 512)
        return 0;
    Machine m;
    run(m, data, size);
    return 0;
}
