#pragma once
// Failure capture for everything that ends the process: fatal signals (on an alternate stack, so
// stack overflows are caught too), uncaught C++ exceptions, exit() while an input runs, per-input
// timeouts, memory over the RSS or malloc limit, and sanitizer reports. Each failure is reported
// once, with its kind, message, symbolised stack and signature, either as libFuzzer-shaped lines
// plus an artifact file (standalone) or as a Failure message to the supervisor (worker mode).

#include "current_input.h"
#include "symbolize.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace arcwise::protocol {
class Channel;
}

namespace arcwise::runtime {

struct CrashConfig {
    std::string target;
    std::string artifact_prefix;
    std::string exact_artifact_path;
    int error_exitcode = 77;
    int timeout_exitcode = 70;
    double timeout_seconds = 1200;
    size_t rss_limit_mb = 2048;
    protocol::Channel* channel = nullptr; // worker mode: report here instead of an artifact
    // Worker mode: sends the fuzzer's last statistics before the failure, so that the executions
    // since the last heartbeat are not lost with the process.
    void (*send_final_stats)() = nullptr;
    // The mutations that produced the running input, for the "MS:" line; may be null.
    const std::vector<const char*>* mutations = nullptr;
    // When set (an attempt run for the shrinker), the failure is written here as an Outcome
    // (outcome.h) and nothing is printed.
    int report_fd = -1;
};

// What a property test case knew when it failed: the choices it had drawn (serialised, enough to
// replay it exactly), the check that failed, its printed draws and notes, and (when printing) its
// events and target() scores.
struct FailureContext {
    std::string realised;
    std::string location;
    std::vector<std::string> draws;
    std::vector<std::string> notes;
    std::vector<std::string> events;
    std::vector<std::string> targets;
};

struct FailureReport {
    std::string kind;
    std::string message;
    std::string signature;
    std::vector<Frame> stack; // user frames first, infrastructure frames removed
    FailureContext context;
};

// Set by the property-test runtime: fills the context of the running test case, if any.
using FailureContextHook = void (*)(FailureContext&);
void set_failure_context_hook(FailureContextHook hook);

// The failure signature: kind plus the top three user frames' function names.
std::string make_signature(const std::string& kind, const std::vector<Frame>& frames);
// Drops infrastructure frames (see is_infrastructure_frame).
std::vector<Frame> user_frames(const std::vector<Frame>& frames);

class CrashHandler {
public:
    // Installs signal handlers, the terminate and exit hooks, the timeout timer and the RSS
    // watcher. `input` is where the running input lives. Call once, before fuzzing.
    static void install(CrashConfig config, CurrentInput* input);
    static CrashConfig& config();

    // Brackets one execution of the target: arms the timeout and the exit() check.
    static void begin_run();
    static void end_run();

    // Writes `input` as a crash-/timeout-/oom-<sha1> artifact (or to -exact_artifact_path) and
    // returns the libFuzzer-shaped line that reports where it went.
    static std::string write_artifact(const char* kind, std::string_view input, bool is_timeout);

    // Reports a failure of the running input and ends the process. Safe to call from a signal
    // handler or another thread; only the first caller reports.
    [[noreturn]] static void fail(const char* kind, const std::string& message,
                                  bool is_timeout = false);
};

} // namespace arcwise::runtime
