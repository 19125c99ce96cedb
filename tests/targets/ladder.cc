// A libFuzzer harness with a byte-by-byte ladder: each matching byte of "LADDER!" is its own
// branch (written out, so that every optimisation level keeps one edge per rung), and the full word
// aborts. Coverage guidance alone climbs it; a dictionary jumps it.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 0 && data[0] == 'L')
        if (size > 1 && data[1] == 'A')
            if (size > 2 && data[2] == 'D')
                if (size > 3 && data[3] == 'D')
                    if (size > 4 && data[4] == 'E')
                        if (size > 5 && data[5] == 'R')
                            if (size > 6 && data[6] == '!')
                                std::abort();
    return 0;
}
