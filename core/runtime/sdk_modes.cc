// The modes of a property-test binary: unit-test mode (no arguments), --fuzz=NAME,
// --shrink=FILE and --show=PATH. This process never runs the target itself: every input runs in an
// ExecChild (or, for --fuzz, a forked fuzzing process), so a crash is reported, shrunk and stored,
// never fatal.

#include "sdk_modes.h"

#include "driver.h"
#include "engine/rng.h"
#include "engine/serialize.h"
#include "engine/shrinker.h"
#include "exec_child.h"
#include "property.h"
#include "protocol/runtime_contract.h"
#include "report.h"
#include "sha1.h"
#include "test_host.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fnmatch.h>
#include <functional>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace arcwise::runtime {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool make_directories(const std::string& path, std::string* error) {
    std::string partial;
    size_t at = 0;
    while (at != std::string::npos) {
        at = path.find('/', at + 1);
        partial = path.substr(0, at);
        if (partial.empty())
            continue;
        if (::mkdir(partial.c_str(), 0755) != 0 && errno != EEXIST) {
            if (error)
                *error = "cannot create " + partial + ": " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

CrashConfig attempt_config(const Options& o, const Target& target) {
    CrashConfig c;
    c.target = target.name;
    c.timeout_seconds = o.timeout_given ? o.timeout : 10;
    c.rss_limit_mb = o.rss_limit_mb > 0 ? size_t(o.rss_limit_mb) : 0;
    return c;
}

RunConfig replay_config() {
    RunConfig c;
    c.extend = engine::Extend::Simplest;
    return c;
}

// The input stored in a file: a serialised choice sequence, or raw bytes (a harness's input).
bool parse_input(const std::string& data, engine::ChoiceSequence& out, std::string* error) {
    if (engine::looks_serialized(data)) {
        auto seq = engine::deserialize(data, error);
        if (!seq)
            return false;
        out = std::move(*seq);
    } else {
        out = engine::ChoiceSequence::from_bytes(data);
    }
    return true;
}

std::string stored_form(const Target& target, const engine::ChoiceSequence& seq) {
    if (target.takes_bytes)
        return seq.is_single_bytes() ? seq.choices[0].data : std::string();
    return engine::serialize(seq);
}

// --progress: one JSON object per line on stderr, for a front end's progress display. Throttled
// to four lines a second, because an attempt can take microseconds and the reader is a GUI.
class ShrinkProgress {
public:
    ShrinkProgress(bool enabled, const Target& target, Clock::time_point start)
        : enabled_(enabled), target_(target), start_(start) {}

    void report(uint64_t calls, const engine::ChoiceSequence& best, bool force) {
        if (!enabled_)
            return;
        const auto now = Clock::now();
        if (!force && now - last_ < std::chrono::milliseconds(250))
            return;
        last_ = now;
        std::fprintf(stderr,
                     "arcwise-progress {\"phase\":\"shrink\",\"calls\":%llu,\"choices\":%zu,"
                     "\"bytes\":%zu,\"elapsed\":%.2f}\n",
                     static_cast<unsigned long long>(calls), best.choices.size(),
                     stored_form(target_, best).size(), seconds_since(start_));
        std::fflush(stderr);
    }

private:
    bool enabled_;
    const Target& target_;
    Clock::time_point start_;
    Clock::time_point last_{};
};

class ChildOracle final : public engine::ShrinkOracle {
public:
    ChildOracle(ExecChild& child, std::string signature)
        : child_(child), signature_(std::move(signature)) {}
    // Called before each attempt with the number of attempts so far.
    std::function<void(uint64_t)> on_attempt;

    bool still_fails(const engine::ChoiceSequence& candidate,
                     engine::ChoiceSequence* realised) override {
        if (on_attempt)
            on_attempt(calls_);
        ++calls_;
        const Outcome o = child_.run(candidate, replay_config());
        if (o.status != engine::ExecStatus::Failure || o.signature != signature_)
            return false;
        if (auto seq = engine::deserialize(o.realised))
            *realised = std::move(*seq);
        return true;
    }

private:
    ExecChild& child_;
    std::string signature_;
    uint64_t calls_ = 0;
};

} // namespace

FailureSummary shrink_and_report(const Options& o, const Target& target,
                                 const engine::ChoiceSequence& failing, const Outcome& first) {
    FailureSummary f;
    f.target = target.name;
    f.takes_bytes = target.takes_bytes;
    f.original_choices = failing.choices.size();
    f.original_bytes = failing.payload_size();
    const CrashConfig crash = attempt_config(o, target);
    const auto start = Clock::now();
    engine::ChoiceSequence best = failing;
    std::string signature = first.signature;
    ShrinkProgress progress(o.progress, target, start);
    progress.report(0, best, /*force=*/true);
    {
        ExecChild child(target, crash, /*quiet=*/true);
        // The failing input replayed as the shrinker will run its candidates.
        Outcome again = child.run(failing, replay_config());
        if (again.status != engine::ExecStatus::Failure) {
            f.warning = "flaky: the failure did not happen again on the same input; shown "
                        "unshrunk";
        } else {
            if (again.signature != signature)
                f.warning = "the input failed differently when run again (" + again.signature + ")";
            signature = again.signature;
            if (auto seq = engine::deserialize(again.realised);
                seq && engine::compare_sequences(*seq, best) <= 0)
                best = std::move(*seq);
            ChildOracle oracle(child, signature);
            engine::ShrinkOptions so;
            so.max_calls = uint64_t(o.shrink_calls);
            so.max_seconds = o.shrink_seconds;
            engine::Shrinker shrinker(oracle, best, so);
            oracle.on_attempt = [&](uint64_t calls) {
                progress.report(calls, shrinker.best(), /*force=*/false);
            };
            best = shrinker.shrink();
            f.shrink = shrinker.stats();
        }
    }
    progress.report(f.shrink.calls, best, /*force=*/true);
    f.shrink_seconds = seconds_since(start);
    f.minimal = stored_form(target, best);
    f.minimal_choices = best.choices.size();
    // The final run prints the draws; the target's own output is shown too.
    ExecChild printer(target, crash, /*quiet=*/false);
    RunConfig print = replay_config();
    print.printing = true;
    f.outcome = printer.run(best, print);
    if (f.outcome.status != engine::ExecStatus::Failure) {
        f.warning = "flaky: the minimal example passed when run again";
        f.outcome.kind = first.kind;
        f.outcome.message = first.message;
        f.outcome.signature = first.signature;
    }
    return f;
}

std::string store_regression(const Options& o, const FailureSummary& f) {
    const std::string root =
        o.regressions_dir.empty() ? std::string(".arcwise/regressions") : o.regressions_dir;
    const std::string dir = root + "/" + f.target;
    std::string error;
    if (!make_directories(dir, &error)) {
        std::fprintf(stderr, "WARNING: the failure is not stored: %s\n", error.c_str());
        return {};
    }
    char sha[41];
    sha1_hex(reinterpret_cast<const uint8_t*>(f.minimal.data()), f.minimal.size(), sha);
    const std::string path = dir + "/" + sha;
    if (!write_file(path, f.minimal, &error)) {
        std::fprintf(stderr, "WARNING: the failure is not stored: %s\n", error.c_str());
        return {};
    }
    return path;
}

int finish(const Options& o, const RunSummary& summary) {
    if (!o.report_path.empty()) {
        std::string error;
        if (!write_file(o.report_path, json_report(summary), &error)) {
            std::fprintf(stderr, "ERROR: --report: %s\n", error.c_str());
            return 1;
        }
    }
    return summary.failed ? 1 : 0;
}

ExampleRun run_examples(const Options& o, const Target& target) {
    ExampleRun run;
    const std::string root =
        o.regressions_dir.empty() ? std::string(".arcwise/regressions") : o.regressions_dir;
    const auto start = Clock::now();
    ExecChild child(target, attempt_config(o, target), /*quiet=*/false);
    engine::ChoiceSequence failing;
    Outcome failure;
    bool found = false;

    // Examples kept in the source (ARCWISE_EXAMPLE) first, then stored failures, as Hypothesis
    // runs its @example decorators and then its example database.
    std::vector<InputFile> replays;
    for (const SourceExample& e : source_examples(target.name))
        replays.push_back({"ARCWISE_EXAMPLE at " + e.where, e.input});
    const std::string stored = root + "/" + target.name;
    struct stat st {};
    if (::stat(stored.c_str(), &st) == 0)
        for (auto& file : read_corpus({stored}, nullptr))
            replays.push_back(std::move(file));
    for (const auto& file : replays) {
        engine::ChoiceSequence input;
        std::string error;
        if (!parse_input(file.data, input, &error)) {
            std::fprintf(stderr, "WARNING: skipping regression file %s: %s\n", file.path.c_str(),
                         error.c_str());
            continue;
        }
        ++run.replayed;
        Outcome r = child.run(input, replay_config());
        if (r.status == engine::ExecStatus::Failure) {
            failure = std::move(r);
            failing = engine::deserialize(failure.realised).value_or(input);
            found = true;
            break;
        }
    }

    // Then generated examples: `examples` valid ones, at most ten times as many tries.
    const uint64_t seed_base = engine::label_hash(target.name.c_str()) ^ o.seed;
    engine::Rng rng(seed_base);
    for (uint64_t i = 0;
         !found && run.valid < uint64_t(o.examples) && i < uint64_t(o.examples) * 10; ++i) {
        RunConfig rc;
        rc.seed_from_input = false;
        rc.seed = seed_base * 0x9E3779B97F4A7C15ULL + i;
        engine::ChoiceSequence input;
        if (target.takes_bytes) {
            std::string data(size_t(rng.below(i < 8 ? 8 : 256)), '\0');
            for (auto& b : data)
                b = char(rng.below(256));
            input = engine::ChoiceSequence::from_bytes(std::move(data));
        }
        Outcome r = child.run(input, rc);
        if (r.status == engine::ExecStatus::Discard) {
            ++run.discarded;
            continue;
        }
        ++run.valid;
        if (r.status == engine::ExecStatus::Failure) {
            failure = std::move(r);
            failing = engine::deserialize(failure.realised).value_or(input);
            found = true;
        }
    }
    run.seconds = seconds_since(start);
    if (found) {
        run.result = ExampleRun::Failed;
        run.failure = shrink_and_report(o, target, failing, failure);
        run.failure.regression_path = store_regression(o, run.failure);
    } else if (run.valid == 0 && o.examples > 0) {
        run.result = ExampleRun::Unsatisfiable;
        run.failure.target = target.name;
        run.failure.outcome.kind = "unsatisfiable";
        run.failure.outcome.message = "every one of " + std::to_string(run.discarded) +
                                      " examples was discarded by assume() or filter()";
    }
    return run;
}

int run_unit_tests(const Options& o) {
    if (has_test_host())
        return run_test_host(o);
    RunSummary summary;
    size_t matched = 0;
    for (const Target& target : registered_targets()) {
        if (!o.target.empty() && ::fnmatch(o.target.c_str(), target.name.c_str(), 0) != 0)
            continue;
        ++matched;
        ExampleRun run = run_examples(o, target);
        if (run.result == ExampleRun::Failed) {
            ++summary.failed;
            std::printf("%s", format_failure(run.failure).c_str());
            std::printf("FAILED  %s\n\n", target.name.c_str());
            summary.failures.push_back(std::move(run.failure));
        } else if (run.result == ExampleRun::Unsatisfiable) {
            ++summary.failed;
            std::printf("Unsatisfiable: %s: %s\nFAILED  %s\n\n", target.name.c_str(),
                        run.failure.outcome.message.c_str(), target.name.c_str());
            summary.failures.push_back(std::move(run.failure));
        } else {
            ++summary.passed;
            std::printf("passed  %s (%llu examples", target.name.c_str(),
                        static_cast<unsigned long long>(run.valid));
            if (run.discarded)
                std::printf(", %llu discarded", static_cast<unsigned long long>(run.discarded));
            if (run.replayed)
                std::printf(", %zu stored regression%s", run.replayed,
                            run.replayed == 1 ? "" : "s");
            std::printf(", %.2f s)\n", run.seconds);
        }
        std::fflush(stdout);
    }
    if (matched == 0 && !o.target.empty()) {
        std::fprintf(stderr,
                     "ERROR: no target matches --target=%s; this binary has:", o.target.c_str());
        for (const auto& t : registered_targets())
            std::fprintf(stderr, " %s", t.name.c_str());
        std::fprintf(stderr, "\n");
        return 1;
    }
    std::printf("%zu passed, %zu failed\n", summary.passed, summary.failed);
    return finish(o, summary);
}

int run_shrink_mode(const Options& o) {
    const Target* target = find_target(o.target);
    if (!target) {
        std::fprintf(stderr, "ERROR: --shrink needs --target=NAME naming one of:");
        for (const auto& t : registered_targets())
            std::fprintf(stderr, " %s", t.name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    std::string data, error;
    engine::ChoiceSequence input;
    if (!read_file(o.shrink_input, data, &error) || !parse_input(data, input, &error)) {
        std::fprintf(stderr, "ERROR: --shrink: %s: %s\n", o.shrink_input.c_str(), error.c_str());
        return 2;
    }
    // The input may be a fuzzing candidate: run it as fuzzing did (values past its end drawn
    // from its hash), then shrink what the test really drew.
    ExecChild child(*target, attempt_config(o, *target), /*quiet=*/true);
    const Outcome first = child.run(input, RunConfig{});
    RunSummary summary;
    if (first.status != engine::ExecStatus::Failure) {
        std::printf("The input does not fail: %s passed on %s\n", target->name.c_str(),
                    o.shrink_input.c_str());
        summary.passed = 1;
        finish(o, summary);
        return protocol::contract::kExitDoesNotFail;
    }
    const engine::ChoiceSequence failing = engine::deserialize(first.realised).value_or(input);
    FailureSummary f = shrink_and_report(o, *target, failing, first);
    if (!o.exact_artifact_path.empty() && !write_file(o.exact_artifact_path, f.minimal, &error))
        std::fprintf(stderr, "ERROR: %s\n", error.c_str());
    f.regression_path = o.exact_artifact_path;
    std::printf("%s", format_failure(f).c_str());
    summary.failed = 1;
    summary.failures.push_back(std::move(f));
    finish(o, summary);
    return 1;
}

int run_show_mode(const Options& o) {
    const Target* target = find_target(o.target);
    if (!target) {
        std::fprintf(stderr, "ERROR: --show needs --target=NAME naming one of:");
        for (const auto& t : registered_targets())
            std::fprintf(stderr, " %s", t.name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    struct stat st {};
    if (o.show_path.empty() || ::stat(o.show_path.c_str(), &st) != 0) {
        std::fprintf(stderr, "ERROR: --show: cannot open %s: %s\n", o.show_path.c_str(),
                     o.show_path.empty() ? "no path given" : std::strerror(errno));
        return 2;
    }
    std::vector<std::string> files;
    if (S_ISDIR(st.st_mode)) {
        DIR* dir = ::opendir(o.show_path.c_str());
        if (!dir) {
            std::fprintf(stderr, "ERROR: --show: cannot read the directory %s: %s\n",
                         o.show_path.c_str(), std::strerror(errno));
            return 2;
        }
        while (const dirent* entry = ::readdir(dir)) {
            const std::string path = o.show_path + "/" + entry->d_name;
            struct stat file {};
            if (::stat(path.c_str(), &file) == 0 && S_ISREG(file.st_mode))
                files.push_back(path);
        }
        ::closedir(dir);
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(o.show_path);
    }

    // Each input runs as fuzzing ran it (values past its end drawn from its hash), printing its
    // draws. The target's own output would interleave with the listing, so it is not shown.
    ExecChild child(*target, attempt_config(o, *target), /*quiet=*/true);
    RunConfig config;
    config.printing = true;
    std::vector<ShownInput> shown;
    size_t passed = 0, failed = 0, invalid = 0;
    for (const auto& path : files) {
        ShownInput s;
        s.file = path;
        std::string data, error;
        engine::ChoiceSequence input;
        if (!read_file(path, data, &error) || !parse_input(data, input, &error)) {
            s.size = data.size();
            s.outcome = "invalid";
            s.result.message = "cannot read the input: " + error;
        } else {
            s.size = data.size();
            s.result = child.run(input, config);
            switch (s.result.status) {
            case engine::ExecStatus::Ok:
                s.outcome = "pass";
                break;
            case engine::ExecStatus::Failure:
                s.outcome = "fail";
                break;
            case engine::ExecStatus::Discard:
                s.outcome = s.result.kind == "overrun" ? "overrun" : "invalid";
                s.result.kind.clear();
                break;
            }
            if (target->takes_bytes)
                s.draws.emplace_back(
                    "data", quote_bytes(input.is_single_bytes() ? input.choices[0].data : data));
            else
                for (const auto& d : s.result.draws)
                    s.draws.push_back(split_draw(d));
        }
        (s.outcome == "pass" ? passed : s.outcome == "fail" ? failed : invalid)++;
        std::printf("%s", format_shown(s).c_str());
        std::fflush(stdout);
        shown.push_back(std::move(s));
    }
    std::printf("%zu input%s: %zu passed, %zu failed, %zu invalid\n", files.size(),
                files.size() == 1 ? "" : "s", passed, failed, invalid);
    if (!o.report_path.empty()) {
        std::string error;
        if (!write_file(o.report_path, json_show_report(target->name, shown), &error)) {
            std::fprintf(stderr, "ERROR: --report: %s\n", error.c_str());
            return 2;
        }
    }
    return 0;
}

int run_property_fuzz(const Options& o) {
    const Target* target = find_target(o.fuzz_target);
    if (!target) {
        std::fprintf(
            stderr, "ERROR: --fuzz: no target named '%s'; this binary has:", o.fuzz_target.c_str());
        for (const auto& t : registered_targets())
            std::fprintf(stderr, " %s", t.name.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    for (const auto& dir : o.corpus_dirs) {
        std::string error;
        if (!make_directories(dir, &error)) {
            std::fprintf(stderr, "ERROR: --corpus: %s\n", error.c_str());
            return 2;
        }
    }
    int fds[2];
    if (::pipe(fds) != 0) {
        std::perror("pipe");
        return 2;
    }
    std::fflush(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlives the process that reports for it
        if (::getppid() != parent)
            ::_exit(1);
        ::close(fds[0]);
        static CurrentInput current;
        current.map_private();
        CrashConfig config = attempt_config(o, *target);
        config.report_fd = fds[1];
        CrashHandler::install(config, &current);
        install_property_context_hook();
        ::_exit(fuzz_standalone(o, *target, current) == 0 ? 0 : 1);
    }
    ::close(fds[1]);
    std::string frame;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        frame.append(buffer, size_t(n));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunSummary summary;
    std::string error;
    auto outcome = frame.empty() ? std::nullopt : decode_outcome(frame, &error);
    if (!outcome) {
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            std::printf("passed  %s (no failure found)\n1 passed, 0 failed\n",
                        target->name.c_str());
            summary.passed = 1;
            return finish(o, summary);
        }
        std::fprintf(stderr, "ERROR: the fuzzing process ended without a report (%s)\n",
                     WIFSIGNALED(status) ? ::strsignal(WTERMSIG(status)) : "exit");
        return 2;
    }
    const engine::ChoiceSequence failing =
        engine::deserialize(outcome->realised).value_or(engine::ChoiceSequence{});
    std::fprintf(stderr, "Shrinking the failure (%s)...\n", outcome->signature.c_str());
    FailureSummary f = shrink_and_report(o, *target, failing, *outcome);
    f.regression_path = store_regression(o, f);
    std::printf("%sFAILED  %s\n\n0 passed, 1 failed\n", format_failure(f).c_str(),
                target->name.c_str());
    summary.failed = 1;
    summary.failures.push_back(std::move(f));
    finish(o, summary);
    return 1;
}

} // namespace arcwise::runtime
