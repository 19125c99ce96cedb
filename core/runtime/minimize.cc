// -minimize_crash=1: shrink a crashing input by delta debugging. Each attempt runs in a forked
// child, so the crash it looks for cannot take the minimiser down; an attempt counts when the
// child fails with the same signature as the original input.

#include "crash.h"
#include "driver.h"
#include "executor.h"
#include "registry.h"
#include "sha1.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace arcwise::runtime {

namespace {

struct Outcome {
    bool failed = false;
    std::string signature;
};

// Runs the input in a child whose failure report goes to a pipe instead of stderr and files.
Outcome attempt(const Target& target, const std::string& data) {
    int fds[2];
    if (::pipe(fds) != 0)
        return {};
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        CrashHandler::config().signature_fd = fds[1];
        static CurrentInput current;
        current.map_private(data.size() + 1);
        InProcessExecutor executor(target, current);
        std::vector<uint32_t> features;
        executor.execute(engine::ChoiceSequence::from_bytes(data), features);
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string signature;
    char buffer[1024];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        signature.append(buffer, size_t(n));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    Outcome o;
    o.failed = !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    o.signature = signature.empty() && WIFSIGNALED(status)
                      ? "killed by signal " + std::to_string(WTERMSIG(status))
                      : signature;
    return o;
}

} // namespace

int run_minimize(const Options& o) {
    const Target* target = find_target(o.target);
    std::string data, error;
    if (!target || !read_file(o.inputs.front(), data, &error)) {
        std::fprintf(stderr, "ERROR: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "CRASH_MIN: minimizing crash input: '%s' (%zu bytes)\n",
                 o.inputs.front().c_str(), data.size());
    const Outcome original = attempt(*target, data);
    if (!original.failed) {
        std::fprintf(stderr, "ERROR: the input did not crash\n");
        return 1;
    }
    std::fprintf(stderr, "CRASH_MIN: the input fails as: %s\n", original.signature.c_str());
    const auto start = std::chrono::steady_clock::now();
    const uint64_t max_attempts = o.runs > 0 ? uint64_t(o.runs) : 10000;
    const double max_seconds = o.max_total_time > 0 ? o.max_total_time : 600;
    uint64_t attempts = 0;
    auto budget_left = [&] {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return attempts < max_attempts && elapsed < max_seconds;
    };
    auto still_fails = [&](const std::string& candidate) {
        ++attempts;
        const Outcome r = attempt(*target, candidate);
        return r.failed && r.signature == original.signature;
    };
    // ddmin: remove chunks of decreasing size, then simplify the bytes that remain.
    std::string best = data;
    for (size_t chunk = best.size() / 2; chunk >= 1 && budget_left(); chunk /= 2) {
        bool progress = true;
        while (progress && budget_left()) {
            progress = false;
            for (size_t at = 0; at + chunk <= best.size() && budget_left();) {
                std::string candidate = best;
                candidate.erase(at, chunk);
                if (still_fails(candidate)) {
                    best = std::move(candidate);
                    progress = true;
                } else {
                    at += chunk;
                }
            }
        }
        if (chunk == 1)
            break;
    }
    for (size_t i = 0; i < best.size() && budget_left(); ++i) {
        for (char simpler : {'\0', '0', ' '}) {
            if (best[i] == simpler)
                break;
            std::string candidate = best;
            candidate[i] = simpler;
            if (still_fails(candidate)) {
                best = std::move(candidate);
                break;
            }
        }
    }
    char sha[41];
    sha1_hex(reinterpret_cast<const uint8_t*>(data.data()), data.size(), sha);
    const std::string path = o.exact_artifact_path.empty()
                                 ? o.artifact_prefix + "minimized-from-" + sha
                                 : o.exact_artifact_path;
    if (!write_file(path, best, &error)) {
        std::fprintf(stderr, "ERROR: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr,
                 "CRASH_MIN: minimized %zu bytes to %zu bytes in %llu attempts; written to %s\n",
                 data.size(), best.size(), static_cast<unsigned long long>(attempts), path.c_str());
    return 0;
}

} // namespace arcwise::runtime
