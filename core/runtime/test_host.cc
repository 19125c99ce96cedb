#include "test_host.h"

#include "driver.h"
#include "registry.h"
#include "report.h"
#include "sdk_modes.h"

#include <algorithm>
#include <arcwise/test_host.hpp>
#include <cstdio>
#include <fnmatch.h>

namespace arcwise::runtime {

namespace {

struct HostState {
    detail::TestHost host;
    bool running = false;
    const Options* options = nullptr; // the command line's, while the host runs
    RunSummary summary;               // for --report=FILE
};

HostState& state() {
    static HostState s;
    return s;
}

bool has_property_tests() {
    for (const auto& t : registered_targets())
        if (t.kind == "property")
            return true;
    return false;
}

} // namespace

bool has_test_host() {
    return state().host.run != nullptr;
}

int run_main_with_test_host(int argc, char** argv) {
    HostState& s = state();
    if (!has_test_host())
        return run_main(argc, argv);
    if (s.host.init)
        s.host.init(&argc, argv);
    if (!has_property_tests()) {
        Options options;
        std::string error;
        if (parse_options(argc, argv, options, &error) && options.mode == Mode::Fuzz &&
            !options.libfuzzer_style)
            return run_test_host(options);
    }
    return run_main(argc, argv);
}

int run_test_host(const Options& options) {
    HostState& s = state();
    std::vector<detail::PropertyTestInfo> tests;
    for (const auto& t : registered_targets()) {
        if (t.kind != "property")
            continue;
        if (!options.target.empty() && ::fnmatch(options.target.c_str(), t.name.c_str(), 0) != 0)
            continue;
        // "Suite.Name": ARCWISE_TEST's two identifiers, so the first dot separates them.
        const size_t dot = t.name.find('.');
        detail::PropertyTestInfo info;
        info.suite = t.name.substr(0, dot);
        info.name = dot == std::string::npos ? std::string() : t.name.substr(dot + 1);
        info.file = t.file;
        info.line = int(t.line);
        tests.push_back(std::move(info));
    }
    s.options = &options;
    s.running = true;
    const int status = s.host.run(tests);
    s.options = nullptr;
    if (!options.report_path.empty()) {
        std::string error;
        if (!write_file(options.report_path, json_report(s.summary), &error)) {
            std::fprintf(stderr, "ERROR: --report: %s\n", error.c_str());
            return 1;
        }
    }
    return status;
}

} // namespace arcwise::runtime

namespace arcwise::detail {

int install_test_host(const TestHost& host) {
    auto& s = runtime::state();
    if (!s.host.run && host.run)
        s.host = host;
    return 0;
}

bool test_host_running() {
    return runtime::state().running;
}

PropertyRun run_property_examples(const std::string& suite, const std::string& name) {
    using runtime::ExampleRun;
    auto& s = runtime::state();
    PropertyRun out;
    const runtime::Options defaults;
    const runtime::Options& options = s.options ? *s.options : defaults;
    const std::string full = suite + "." + name;
    const runtime::Target* target = runtime::find_target(full);
    if (!target || target->kind != "property") {
        out.report = "no property test named " + full;
        return out;
    }
    ExampleRun run = runtime::run_examples(options, *target);
    // The attempt child was forked inside the framework's test, so a crash's stack continues below
    // the property into this function and the framework: not the test's frames, cut them.
    auto& stack = run.failure.outcome.stack;
    stack.erase(std::find_if(stack.begin(), stack.end(),
                             [](const std::string& frame) {
                                 return frame.starts_with(
                                     "arcwise::detail::run_property_examples(");
                             }),
                stack.end());
    out.examples = run.valid;
    out.discarded = run.discarded;
    out.stored = run.replayed;
    switch (run.result) {
    case ExampleRun::Passed:
        out.passed = true;
        ++s.summary.passed;
        return out;
    case ExampleRun::Failed:
        out.report = runtime::format_failure(run.failure);
        break;
    case ExampleRun::Unsatisfiable:
        out.report = "Unsatisfiable: " + full + ": " + run.failure.outcome.message + "\n";
        break;
    }
    ++s.summary.failed;
    s.summary.failures.push_back(std::move(run.failure));
    return out;
}

} // namespace arcwise::detail
