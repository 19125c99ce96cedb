#include "symbolize.h"

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

namespace arcwise::runtime {

namespace {

char g_symbolizer[PATH_MAX];
char g_executable[PATH_MAX];
// The running executable's file for the symbolizer: /proc/<pid>/exe opens the file this process
// was started from even after a rebuild replaced the one at its path.
char g_executable_file[64];

bool executable_file(const char* path) {
    return ::access(path, X_OK) == 0;
}

bool search_path(const char* name, char* out) {
    const char* path = std::getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    std::string_view rest(path);
    while (!rest.empty()) {
        const size_t colon = rest.find(':');
        const std::string dir(rest.substr(0, colon));
        rest = colon == rest.npos ? std::string_view() : rest.substr(colon + 1);
        const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
        if (candidate.size() < PATH_MAX && executable_file(candidate.c_str())) {
            std::memcpy(out, candidate.c_str(), candidate.size() + 1);
            return true;
        }
    }
    return false;
}

std::string demangle(const char* name) {
    int status = 0;
    char* d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    if (status == 0 && d) {
        std::string s(d);
        std::free(d);
        return s;
    }
    return name;
}

struct Location {
    std::string module;
    uintptr_t offset = 0;
};

Location locate(uintptr_t pc) {
    Dl_info info{};
    link_map* map = nullptr;
    Location loc;
    if (dladdr1(reinterpret_cast<void*>(pc), &info, reinterpret_cast<void**>(&map),
                RTLD_DL_LINKMAP) &&
        map) {
        loc.module = (map->l_name && map->l_name[0]) ? map->l_name : g_executable;
        loc.offset = pc - map->l_addr;
    } else {
        loc.module = g_executable;
        loc.offset = pc;
    }
    return loc;
}

// Runs the symbolizer over all queries at once. Returns its stdout, or "" on any problem.
std::string run_symbolizer(const std::string& queries) {
    if (!g_symbolizer[0])
        return {};
    int in[2], out[2];
    if (::pipe(in) != 0)
        return {};
    if (::pipe(out) != 0) {
        ::close(in[0]);
        ::close(in[1]);
        return {};
    }
    const pid_t pid = ::fork();
    if (pid < 0)
        return {};
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0)
            ::dup2(devnull, 2);
        ::close(in[1]);
        ::close(out[0]);
        char arg0[] = "llvm-symbolizer";
        char a1[] = "--demangle";
        char a2[] = "--no-inlines";
        char a3[] = "--functions=linkage";
        char* argv[] = {arg0, a1, a2, a3, nullptr};
        ::execv(g_symbolizer, argv);
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    size_t written = 0;
    while (written < queries.size()) {
        const ssize_t n = ::write(in[1], queries.data() + written, queries.size() - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    ::close(in[1]);
    std::string result;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        result.append(buffer, size_t(n));
    }
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return result;
}

} // namespace

std::string Frame::to_string() const {
    std::string s = function.empty() ? "??" : function;
    if (!file.empty()) {
        s += " " + file;
        if (line)
            s += ":" + std::to_string(line);
    } else if (!module.empty()) {
        char offset[32];
        std::snprintf(offset, sizeof offset, "+0x%lx", static_cast<unsigned long>(pc));
        s += " (" + module + offset + ")";
    }
    return s;
}

void init_symbolizer() {
    // Warm up backtrace(): its first call loads libgcc_s, which must not happen in a handler.
    capture_stack();
    const ssize_t n = ::readlink("/proc/self/exe", g_executable, sizeof g_executable - 1);
    g_executable[n > 0 ? n : 0] = '\0';
    std::snprintf(g_executable_file, sizeof g_executable_file, "/proc/%d/exe", int(::getpid()));
    for (const char* var : {"ARCWISE_SYMBOLIZER", "LLVM_SYMBOLIZER_PATH"}) {
        const char* v = std::getenv(var);
        if (v && *v && std::strlen(v) < PATH_MAX && executable_file(v)) {
            std::strcpy(g_symbolizer, v);
            return;
        }
    }
    if (search_path("llvm-symbolizer", g_symbolizer))
        return;
    for (int version = 30; version >= 14; --version) {
        char name[64];
        std::snprintf(name, sizeof name, "llvm-symbolizer-%d", version);
        if (search_path(name, g_symbolizer))
            return;
    }
}

std::vector<uintptr_t> capture_stack() {
    void* pcs[64];
    const int n = ::backtrace(pcs, 64);
    std::vector<uintptr_t> out;
    for (int i = 0; i < n; ++i)
        out.push_back(reinterpret_cast<uintptr_t>(pcs[i]));
    return out;
}

std::vector<Frame> symbolize(const std::vector<uintptr_t>& pcs) {
    std::vector<Frame> frames(pcs.size());
    std::string queries;
    std::vector<Location> locations;
    for (size_t i = 0; i < pcs.size(); ++i) {
        // Return addresses point after the call: step back into the calling instruction.
        const uintptr_t pc = pcs[i] > 0 ? pcs[i] - 1 : 0;
        Location loc = locate(pc);
        frames[i].pc = loc.offset;
        frames[i].module = loc.module;
        char line[64];
        std::snprintf(line, sizeof line, " 0x%lx\n", static_cast<unsigned long>(loc.offset));
        const bool main_executable = loc.module == g_executable && g_executable_file[0];
        queries +=
            "\"" + (main_executable ? std::string(g_executable_file) : loc.module) + "\"" + line;
        Dl_info info{};
        if (dladdr(reinterpret_cast<void*>(pc), &info) && info.dli_sname)
            frames[i].function = demangle(info.dli_sname);
    }
    const std::string output = run_symbolizer(queries);
    // Output: for each query, "function\nfile:line:column\n\n".
    size_t pos = 0, index = 0;
    while (index < frames.size() && pos < output.size()) {
        const size_t e1 = output.find('\n', pos);
        if (e1 == output.npos)
            break;
        const std::string function = output.substr(pos, e1 - pos);
        const size_t e2 = output.find('\n', e1 + 1);
        if (e2 == output.npos)
            break;
        const std::string where = output.substr(e1 + 1, e2 - e1 - 1);
        pos = e2 + 1;
        while (pos < output.size() && output[pos] == '\n')
            ++pos;
        Frame& f = frames[index++];
        if (function != "??")
            f.function = function;
        const size_t c2 = where.rfind(':');
        const size_t c1 = c2 == where.npos ? where.npos : where.rfind(':', c2 - 1);
        if (c1 != where.npos && where.substr(0, c1) != "??") {
            f.file = where.substr(0, c1);
            f.line = static_cast<unsigned>(std::strtoul(where.c_str() + c1 + 1, nullptr, 10));
        }
    }
    for (auto& f : frames)
        if (f.function.empty())
            f.function = "??";
    return frames;
}

bool is_infrastructure_frame(const Frame& frame) {
    static constexpr std::string_view kPrefixes[] = {"arcwise::runtime::",
                                                     "arcwise::engine::",
                                                     "std::_Function_handler",
                                                     "std::function",
                                                     "std::__invoke",
                                                     "__sanitizer",
                                                     "__asan",
                                                     "__ubsan",
                                                     "__interceptor",
                                                     "__interception",
                                                     "__lsan",
                                                     "backtrace",
                                                     "__restore_rt",
                                                     "raise",
                                                     "abort",
                                                     "__assert_fail",
                                                     "__GI_",
                                                     "pthread_kill",
                                                     "__pthread_kill",
                                                     "gsignal",
                                                     "std::terminate",
                                                     "std::__terminate",
                                                     "__cxxabiv1::",
                                                     "__cxa_",
                                                     "_Unwind_",
                                                     "__gnu_cxx::__verbose_terminate_handler",
                                                     "operator new",
                                                     "(anonymous namespace)::check_allocation",
                                                     "__libc_start",
                                                     "__run_exit_handlers",
                                                     "__libc_"};
    static constexpr std::string_view kExact[] = {"malloc", "calloc", "realloc", "main", "_start",
                                                  "exit",   "??",     "_init",   "_fini"};
    const std::string_view name = frame.function;
    // Template instances over runtime types (std::function thunks, std::__invoke_r<...>).
    if (name.find("arcwise::runtime::") != name.npos || name.find("arcwise::engine::") != name.npos)
        return true;
    for (auto prefix : kPrefixes)
        if (name.starts_with(prefix))
            return true;
    for (auto exact : kExact)
        if (name == exact)
            return true;
    return false;
}

} // namespace arcwise::runtime
