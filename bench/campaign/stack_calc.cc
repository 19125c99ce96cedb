// stack_calc: a line-oriented RPN calculator ("PUSH n", "POP", "DUP", "SWAP", "ADD", "MUL",
// "ROT", "CLEAR"). Planted bug: ROT with exactly three entries on the stack whose top is 7 takes
// the "rotate into the spill area" path, which writes through the spill pointer; the spill area
// only exists when the stack overflowed before, so it is null here.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

struct Calc {
    long stack[16];
    int depth = 0;
    long* spill = nullptr;
};

bool push(Calc& c, long v) {
    if (c.depth == 16)
        return false;
    c.stack[c.depth++] = v;
    return true;
}

__attribute__((noinline)) void rot(Calc& c) {
    if (c.depth < 3)
        return;
    if (c.depth == 3 && c.stack[2] == 7) {
        c.spill[0] = c.stack[0]; // BUG: spill is only allocated after an overflow
        return;
    }
    const long a = c.stack[c.depth - 3];
    c.stack[c.depth - 3] = c.stack[c.depth - 2];
    c.stack[c.depth - 2] = c.stack[c.depth - 1];
    c.stack[c.depth - 1] = a;
}

bool run(Calc& c, const char* line) {
    if (strncmp(line, "PUSH ", 5) == 0)
        return push(c, strtol(line + 5, nullptr, 10));
    if (strcmp(line, "POP") == 0) {
        if (c.depth == 0)
            return false;
        --c.depth;
    } else if (strcmp(line, "DUP") == 0) {
        return c.depth > 0 && push(c, c.stack[c.depth - 1]);
    } else if (strcmp(line, "SWAP") == 0) {
        if (c.depth < 2)
            return false;
        const long t = c.stack[c.depth - 1];
        c.stack[c.depth - 1] = c.stack[c.depth - 2];
        c.stack[c.depth - 2] = t;
    } else if (strcmp(line, "ADD") == 0 || strcmp(line, "MUL") == 0) {
        if (c.depth < 2)
            return false;
        const long b = c.stack[--c.depth], a = c.stack[c.depth - 1];
        c.stack[c.depth - 1] = line[0] == 'A' ? a + b : a * b;
    } else if (strcmp(line, "ROT") == 0) {
        rot(c);
    } else if (strcmp(line, "CLEAR") == 0) {
        c.depth = 0;
    } else {
        return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 2048)
        return 0;
    char text[2049];
    memcpy(text, data, size);
    text[size] = 0;
    Calc calc;
    char* save = nullptr;
    for (char* line = strtok_r(text, "\n", &save); line; line = strtok_r(nullptr, "\n", &save))
        if (!run(calc, line))
            break;
    return 0;
}
