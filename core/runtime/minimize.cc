// -minimize_crash=1: shrink a crashing input with the engine's shrinker (delta debugging on the
// bytes of a harness's input, all passes on a property's choices). Each attempt runs in a child
// process, so the crash it looks for cannot take the minimiser down; an attempt counts when it
// fails with the same signature as the original input.

#include "driver.h"
#include "engine/serialize.h"
#include "exec_child.h"
#include "registry.h"
#include "sdk_modes.h"
#include "sha1.h"

#include <cstdio>

namespace arcwise::runtime {

int run_minimize(const Options& o) {
    const Target* target = find_target(o.target);
    std::string data, error;
    if (!target || !read_file(o.inputs.front(), data, &error)) {
        std::fprintf(stderr, "ERROR: %s\n", target ? error.c_str() : "choose a target (--target)");
        return 1;
    }
    std::fprintf(stderr, "CRASH_MIN: minimizing crash input: '%s' (%zu bytes)\n",
                 o.inputs.front().c_str(), data.size());
    engine::ChoiceSequence input;
    if (!target->takes_bytes && engine::looks_serialized(data)) {
        auto seq = engine::deserialize(data, &error);
        if (!seq) {
            std::fprintf(stderr, "ERROR: %s: %s\n", o.inputs.front().c_str(), error.c_str());
            return 1;
        }
        input = std::move(*seq);
    } else {
        input = engine::ChoiceSequence::from_bytes(data);
    }
    Options options = o;
    if (o.runs > 0)
        options.shrink_calls = o.runs;
    if (o.max_total_time > 0)
        options.shrink_seconds = o.max_total_time;
    CrashConfig crash;
    crash.target = target->name;
    crash.timeout_seconds = o.timeout;
    crash.rss_limit_mb = o.rss_limit_mb > 0 ? size_t(o.rss_limit_mb) : 0;
    Outcome first;
    {
        ExecChild child(*target, crash, /*quiet=*/true);
        first = child.run(input, RunConfig{});
    }
    if (first.status != engine::ExecStatus::Failure) {
        std::fprintf(stderr, "ERROR: the input did not crash\n");
        return 1;
    }
    std::fprintf(stderr, "CRASH_MIN: the input fails as: %s\n", first.signature.c_str());
    const engine::ChoiceSequence failing =
        target->takes_bytes ? input : engine::deserialize(first.realised).value_or(input);
    const FailureSummary f = shrink_and_report(options, *target, failing, first);
    char sha[41];
    sha1_hex(reinterpret_cast<const uint8_t*>(data.data()), data.size(), sha);
    const std::string path = o.exact_artifact_path.empty()
                                 ? o.artifact_prefix + "minimized-from-" + sha
                                 : o.exact_artifact_path;
    if (!write_file(path, f.minimal, &error)) {
        std::fprintf(stderr, "ERROR: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr,
                 "CRASH_MIN: minimized %zu bytes to %zu bytes in %llu attempts; written to %s\n",
                 data.size(), f.minimal.size(), static_cast<unsigned long long>(f.shrink.calls),
                 path.c_str());
    return 0;
}

} // namespace arcwise::runtime
