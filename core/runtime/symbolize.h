#pragma once
// Stack traces for failure reports: raw return addresses turned into function, file and line by
// llvm-symbolizer (run as a child process, as the sanitizers do), with dladdr() as the fallback.

#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::runtime {

struct Frame {
    uintptr_t pc = 0;
    std::string function; // demangled; "??" when unknown
    std::string file;     // may be empty
    unsigned line = 0;
    std::string module;

    std::string to_string() const; // "function file:line" or "function (module+0xoffset)"
};

// Finds llvm-symbolizer once (ARCWISE_SYMBOLIZER, LLVM_SYMBOLIZER_PATH, or llvm-symbolizer[-N]
// on PATH) and remembers the main executable's path. Call early, outside any signal handler.
void init_symbolizer();

// Captures the calling thread's stack (up to 64 frames).
std::vector<uintptr_t> capture_stack();

std::vector<Frame> symbolize(const std::vector<uintptr_t>& pcs);

// Frames that belong to the runtime, libc's abort machinery, the C++ ABI or a sanitizer: not the
// user's code, so they do not identify a bug.
bool is_infrastructure_frame(const Frame& frame);

} // namespace arcwise::runtime
