#include "crash.h"

#include "driver.h"
#include "engine/choice.h"
#include "engine/serialize.h"
#include "hooks_state.h"
#include "outcome.h"
#include "protocol/channel.h"
#include "report.h"
#include "sha1.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <exception>
#include <fcntl.h>
#include <pthread.h>
#include <sys/time.h>
#include <thread>
#include <typeinfo>
#include <unistd.h>

extern "C" __attribute__((weak)) const char* __asan_get_report_description();

namespace arcwise::runtime {

namespace {

CrashConfig g_config;
CurrentInput* g_input = nullptr;
FailureContextHook g_context_hook = nullptr;
std::atomic<int64_t> g_run_start_ns{0};
std::atomic<bool> g_reporting{false};
uintptr_t g_stack_low = 0, g_stack_high = 0;

int64_t now_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void write_all(int fd, const std::string& s) {
    size_t done = 0;
    while (done < s.size()) {
        const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
        if (n <= 0 && errno != EINTR)
            return;
        if (n > 0)
            done += size_t(n);
    }
}

const char* signal_name(int sig) {
    switch (sig) {
    case SIGSEGV:
        return "SIGSEGV";
    case SIGBUS:
        return "SIGBUS";
    case SIGFPE:
        return "SIGFPE";
    case SIGILL:
        return "SIGILL";
    case SIGABRT:
        return "SIGABRT";
    default:
        return "signal";
    }
}

// libFuzzer's wording for the ERROR and SUMMARY lines, which drivers parse.
std::string libfuzzer_summary(const std::string& kind, const std::string& message) {
    if (kind == "timeout")
        return "timeout";
    if (kind == "oom")
        return "out-of-memory";
    if (kind == "exit")
        return "fuzz target exited";
    (void)message;
    return "deadly signal";
}

// Writes the artifact, first thing after a failure: symbolising the stack runs a child process
// and may itself fail, and the input must be safe by then. Returns the line that reports it.
} // namespace

std::string CrashHandler::write_artifact(const char* kind, std::string_view input,
                                         bool is_timeout) {
    char sha[41];
    sha1_hex(reinterpret_cast<const uint8_t*>(input.data()), input.size(), sha);
    const std::string_view k = kind;
    const char* prefix = is_timeout ? "timeout-" : (k == "oom" ? "oom-" : "crash-");
    const std::string path = g_config.exact_artifact_path.empty()
                                 ? g_config.artifact_prefix + prefix + sha
                                 : g_config.exact_artifact_path;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return "Arcwise: cannot write the artifact " + path + ": " + std::strerror(errno) + "\n";
    write_all(fd, std::string(input));
    ::close(fd);
    return "artifact_prefix='" + g_config.artifact_prefix + "'; Test unit written to " + path +
           "\n";
}

namespace {

void report_standalone(const FailureReport& r, std::string_view input, bool is_timeout,
                       const std::string& artifact_line) {
    const std::string pid = std::to_string(::getpid());
    std::string out;
    if (is_timeout) {
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "ALARM: working on the last Unit for %.0f seconds\n"
                      "       and the timeout value is %.0f (use -timeout=N to change)\n",
                      g_config.timeout_seconds, g_config.timeout_seconds);
        out += buf;
        out += "==" + pid + "== ERROR: libFuzzer: timeout after " +
               std::to_string(int(g_config.timeout_seconds)) + " seconds\n";
    } else if (r.kind == "oom") {
        out += "==" + pid + "== ERROR: libFuzzer: " + r.message + "\n";
    } else {
        out += "==" + pid + "== ERROR: libFuzzer: " + libfuzzer_summary(r.kind, r.message) + "\n";
    }
    out += "Arcwise: " + r.kind + ": " + r.message + "\n";
    for (size_t i = 0; i < r.stack.size(); ++i) {
        char head[48];
        std::snprintf(head, sizeof head, "    #%zu 0x%lx in ", i,
                      static_cast<unsigned long>(r.stack[i].pc));
        out += head + r.stack[i].function;
        if (!r.stack[i].file.empty())
            out += " " + r.stack[i].file + ":" + std::to_string(r.stack[i].line);
        out += "\n";
    }
    out += "SUMMARY: libFuzzer: " + libfuzzer_summary(r.kind, r.message) + "\n";
    out += "Arcwise signature: " + r.signature + "\n";
    if (g_config.mutations) {
        out += "MS: " + std::to_string(g_config.mutations->size()) + " ";
        for (const char* m : *g_config.mutations)
            out += std::string(m) + "-";
        out += "; \n";
    }
    if (input.size() <= 64) {
        char hex[8];
        for (unsigned char c : input) {
            std::snprintf(hex, sizeof hex, "0x%x,", c);
            out += hex;
        }
        out += "\n";
        for (unsigned char c : input) {
            if (c == '\\' || c == '"') {
                out += '\\';
                out += char(c);
            } else if (c >= 32 && c < 127) {
                out += char(c);
            } else {
                std::snprintf(hex, sizeof hex, "\\x%02x", c);
                out += hex;
            }
        }
        out += "\n";
    }
    out += artifact_line;
    if (input.size() <= 4096)
        out += "Base64: " + base64(input) + "\n";
    write_all(2, out);
}

void report_worker(const FailureReport& r, std::string_view input, bool serialized) {
    protocol::Failure f;
    f.target = g_config.target;
    f.kind = r.kind;
    f.message = r.message;
    f.signature = r.signature;
    for (const auto& frame : r.stack)
        f.stack.push_back(frame.to_string());
    // A property test's realised choices replay it exactly, even when the input it started from
    // was shorter than what the test drew.
    f.input = !r.context.realised.empty() ? r.context.realised
              : serialized
                  ? std::string(input)
                  : engine::serialize(engine::ChoiceSequence::from_bytes(std::string(input)));
    f.location = r.context.location;
    f.draws = r.context.draws;
    f.notes = r.context.notes;
    const std::string frame = protocol::encode(f);
    g_config.channel->send_raw(frame.data(), frame.size());
    write_all(2, "==" + std::to_string(::getpid()) + "== Arcwise: " + r.kind + ": " + r.message +
                     " (reported to the supervisor)\n");
}

void on_signal(int sig, siginfo_t* info, void*) {
    if (!hooks().running.load()) {
        // Not in the target: a crash of the runtime itself or of start-up code. Let it die as it
        // would have, so it is not mistaken for a finding.
        std::signal(sig, SIG_DFL);
        ::raise(sig);
        return;
    }
    const char* kind = sig == SIGABRT ? "abort" : "crash";
    std::string message = std::string("deadly signal ") + signal_name(sig);
    if ((sig == SIGSEGV || sig == SIGBUS) && info) {
        const auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
        char where[64];
        std::snprintf(where, sizeof where, " at 0x%lx", static_cast<unsigned long>(addr));
        message += where;
        if (g_stack_high && addr < g_stack_high && addr + (1u << 20) >= g_stack_low) {
            kind = "stack-overflow";
            message = "stack overflow (" + message + ")";
        }
    }
    CrashHandler::fail(kind, message);
}

void on_alarm(int) {
    const int64_t start = g_run_start_ns.load();
    if (!start || !hooks().running.load())
        return;
    const double elapsed = double(now_ns() - start) / 1e9;
    if (elapsed > g_config.timeout_seconds) {
        char message[96];
        std::snprintf(message, sizeof message, "timeout after %.1f seconds (limit %.1f)", elapsed,
                      g_config.timeout_seconds);
        CrashHandler::fail("timeout", message, /*is_timeout=*/true);
    }
}

void on_terminate() {
    std::string message = "uncaught C++ exception";
    if (auto ep = std::current_exception()) {
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            int status = 0;
            char* name = abi::__cxa_demangle(typeid(e).name(), nullptr, nullptr, &status);
            message = std::string("uncaught C++ exception ") +
                      (status == 0 ? name : typeid(e).name()) + ": " + e.what();
            std::free(name);
        } catch (...) {
            if (const std::type_info* t = abi::__cxa_current_exception_type()) {
                int status = 0;
                char* name = abi::__cxa_demangle(t->name(), nullptr, nullptr, &status);
                message += std::string(" of type ") + (status == 0 ? name : t->name());
                std::free(name);
            }
        }
    }
    if (!hooks().running.load()) {
        write_all(2, "Arcwise: " + message + " outside of a test input\n");
        std::abort();
    }
    CrashHandler::fail("exception", message);
}

void on_exit() {
    if (hooks().running.load())
        CrashHandler::fail("exit", "fuzz target exited");
}

void watch_rss() {
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        // The alarm reports timeouts on the target's thread; a target that blocks SIGALRM never
        // sees it, so past a second's grace the timeout is reported from here.
        const int64_t start = g_run_start_ns.load();
        if (start && hooks().running.load()) {
            const double elapsed = double(now_ns() - start) / 1e9;
            if (elapsed > g_config.timeout_seconds + 1) {
                char message[128];
                std::snprintf(message, sizeof message,
                              "timeout after %.1f seconds (limit %.1f; signals blocked)", elapsed,
                              g_config.timeout_seconds);
                CrashHandler::fail("timeout", message, /*is_timeout=*/true);
            }
        }
        const size_t used = current_rss_mb();
        if (g_config.rss_limit_mb && used > g_config.rss_limit_mb && hooks().running.load()) {
            CrashHandler::fail("oom", "out-of-memory (used: " + std::to_string(used) +
                                          "Mb; exceeds: " + std::to_string(g_config.rss_limit_mb) +
                                          "Mb)");
        }
    }
}

void find_stack_bounds() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
        g_stack_low = reinterpret_cast<uintptr_t>(addr);
        g_stack_high = g_stack_low + size;
    }
    pthread_attr_destroy(&attr);
}

} // namespace

void on_sanitizer_death() {
    std::string message = "sanitizer report";
    if (__asan_get_report_description) {
        const char* d = __asan_get_report_description();
        if (d && *d)
            message = std::string("AddressSanitizer: ") + d;
    }
    CrashHandler::fail("sanitizer", message);
}

[[noreturn]] void report_malloc_limit(size_t size) {
    CrashHandler::fail("oom", "out-of-memory (malloc(" + std::to_string(size) + "))");
}

std::vector<Frame> user_frames(const std::vector<Frame>& frames) {
    std::vector<Frame> out;
    for (const auto& f : frames)
        if (!is_infrastructure_frame(f))
            out.push_back(f);
    return out;
}

std::string make_signature(const std::string& kind, const std::vector<Frame>& frames) {
    std::string s = kind;
    size_t taken = 0;
    for (const auto& f : frames) {
        if (taken == 3)
            break;
        // System libraries (memcpy, snprintf) say where it happened, not whose bug it is: the same
        // bug often fails in one of several of them. The user's frames identify it.
        if (is_infrastructure_frame(f) || f.module.starts_with("/lib/") ||
            f.module.starts_with("/usr/lib/") || f.module.starts_with("/lib64/"))
            continue;
        // Standard-library templates instantiated in the user's binary are not the user's code
        // either (a hang interrupted in vector::resize or in the loop around it is one bug).
        if (f.function.starts_with("std::") || f.function.starts_with("__gnu_cxx::"))
            continue;
        s += "|" + f.function;
        ++taken;
    }
    return s;
}

void set_failure_context_hook(FailureContextHook hook) {
    g_context_hook = hook;
}

CrashConfig& CrashHandler::config() {
    return g_config;
}

void CrashHandler::install(CrashConfig config, CurrentInput* input) {
    g_config = std::move(config);
    g_input = input;
    init_symbolizer();
    find_stack_bounds();

    static std::vector<char> alt_stack(1 << 20);
    stack_t ss{};
    ss.ss_sp = alt_stack.data();
    ss.ss_size = alt_stack.size();
    ::sigaltstack(&ss, nullptr);

    struct sigaction sa {};
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        ::sigaction(sig, &sa, nullptr);

    struct sigaction alarm {};
    alarm.sa_handler = on_alarm;
    alarm.sa_flags = SA_RESTART | SA_ONSTACK;
    sigemptyset(&alarm.sa_mask);
    ::sigaction(SIGALRM, &alarm, nullptr);
    if (g_config.timeout_seconds > 0 && g_config.timeout_seconds < 1e8) {
        const double period = std::min(1.0, std::max(0.05, g_config.timeout_seconds / 4));
        itimerval timer{};
        timer.it_interval.tv_sec = time_t(period);
        timer.it_interval.tv_usec = suseconds_t((period - double(time_t(period))) * 1e6);
        timer.it_value = timer.it_interval;
        ::setitimer(ITIMER_REAL, &timer, nullptr);
    }

    std::set_terminate(on_terminate);
    std::atexit(on_exit);

    // The watcher must never take SIGALRM or a crash signal meant for the target's thread.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    std::thread(watch_rss).detach();
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

void CrashHandler::begin_run() {
    g_run_start_ns.store(now_ns(), std::memory_order_relaxed);
    hooks().running.store(true, std::memory_order_relaxed);
}

void CrashHandler::end_run() {
    hooks().running.store(false, std::memory_order_relaxed);
    g_run_start_ns.store(0, std::memory_order_relaxed);
}

void CrashHandler::fail(const char* kind_in, const std::string& message, bool is_timeout) {
    if (g_reporting.exchange(true)) {
        for (;;)
            ::pause(); // another thread is reporting and will end the process
    }
    hooks().running.store(false);
    const std::vector<uintptr_t> pcs = capture_stack();
    const std::string_view input = g_input ? g_input->data() : std::string_view();
    const bool standalone = g_config.report_fd < 0 && !g_config.channel;
    const std::string artifact_line =
        standalone ? CrashHandler::write_artifact(kind_in, input, is_timeout) : std::string();
    const std::vector<Frame> frames = symbolize(pcs);
    FailureReport r;
    r.kind = kind_in;
    for (const auto& f : frames)
        if (r.kind == "abort" && f.function.starts_with("__assert_fail"))
            r.kind = "assertion";
    r.message = message;
    r.stack = user_frames(frames);
    r.signature = make_signature(r.kind, r.stack);
    if (g_context_hook)
        g_context_hook(r.context);
    if (g_config.report_fd >= 0) {
        Outcome o;
        o.status = engine::ExecStatus::Failure;
        o.crashed = true;
        o.kind = r.kind;
        o.message = r.message;
        o.signature = r.signature;
        o.location = r.context.location;
        for (const auto& frame : r.stack)
            o.stack.push_back(frame.to_string());
        o.draws = r.context.draws;
        o.notes = r.context.notes;
        o.events = r.context.events;
        o.targets = r.context.targets;
        o.realised =
            !r.context.realised.empty() ? r.context.realised
            : g_input && g_input->serialized()
                ? std::string(input)
                : engine::serialize(engine::ChoiceSequence::from_bytes(std::string(input)));
        write_all(g_config.report_fd, encode_outcome(o));
    } else if (g_config.channel) {
        if (g_config.send_final_stats)
            g_config.send_final_stats();
        report_worker(r, input, g_input && g_input->serialized());
    } else
        report_standalone(r, input, is_timeout, artifact_line);
    ::_exit(is_timeout ? g_config.timeout_exitcode : g_config.error_exitcode);
}

} // namespace arcwise::runtime
