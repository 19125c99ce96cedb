#include "options.h"

#include "protocol/runtime_contract.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <sys/stat.h>

namespace arcwise::runtime {

namespace {

namespace contract = protocol::contract;

bool parse_value(std::string_view text, int64_t& out) {
    char* end = nullptr;
    const std::string s(text);
    out = std::strtoll(s.c_str(), &end, 10);
    return !s.empty() && *end == '\0';
}
bool parse_value(std::string_view text, uint64_t& out) {
    char* end = nullptr;
    const std::string s(text);
    out = std::strtoull(s.c_str(), &end, 10);
    return !s.empty() && *end == '\0' && s[0] != '-';
}
bool parse_value(std::string_view text, double& out) {
    char* end = nullptr;
    const std::string s(text);
    out = std::strtod(s.c_str(), &end);
    return !s.empty() && *end == '\0';
}
bool parse_value(std::string_view text, std::string& out) {
    out = std::string(text);
    return true;
}

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

bool parse_options(int argc, char** argv, Options& o, std::string* error) {
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == contract::kModeWorker) {
            o.mode = Mode::Worker;
            continue;
        }
        if (arg == contract::kModeList) {
            o.mode = Mode::List;
            continue;
        }
        if (arg == contract::kModeCfg) {
            o.mode = Mode::Cfg;
            continue;
        }
        if (arg == contract::kModeProgress) {
            o.progress = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            o.mode = Mode::Help;
            continue;
        }
        if (arg.starts_with("--") && arg.find('=') != arg.npos) {
            const size_t eq = arg.find('=');
            const std::string_view name = arg.substr(2, eq - 2);
            const std::string_view value = arg.substr(eq + 1);
            bool ok = true, known = true;
            if (name == contract::kOptionTarget) {
                o.target = std::string(value);
            } else if (name == contract::kOptionFuzz) {
                o.fuzz_target = std::string(value);
                o.mode = Mode::PropertyFuzz;
            } else if (name == contract::kOptionShrink) {
                o.shrink_input = std::string(value);
                o.mode = Mode::Shrink;
            } else if (name == contract::kOptionShow) {
                o.show_path = std::string(value);
                o.mode = Mode::Show;
            } else if (name == contract::kOptionReport) {
                o.report_path = std::string(value);
            } else if (name == contract::kOptionRegressions) {
                o.regressions_dir = std::string(value);
            } else if (name == contract::kOptionChanged) {
                o.changed_file = std::string(value);
            } else if (name == contract::kOptionCorpus) {
                o.corpus_dirs.emplace_back(value);
            } else if (name == contract::kOptionExamples) {
                ok = parse_value(value, o.examples) && o.examples >= 0;
            } else if (name == contract::kOptionTime) {
                ok = parse_value(value, o.max_total_time) && o.max_total_time >= 0;
            } else if (name == contract::kOptionRuns) {
                ok = parse_value(value, o.runs);
            } else if (name == contract::kOptionSeed) {
                ok = parse_value(value, o.seed);
            } else if (name == contract::kOptionTimeout) {
                ok = parse_value(value, o.timeout) && o.timeout > 0;
                o.timeout_given = true;
            } else if (name == contract::kOptionShrinkCalls) {
                ok = parse_value(value, o.shrink_calls) && o.shrink_calls >= 0;
            } else if (name == contract::kOptionShrinkTime) {
                ok = parse_value(value, o.shrink_seconds) && o.shrink_seconds >= 0;
            } else {
                known = false;
            }
            if (!known) {
                if (error)
                    *error = "unknown option '" + std::string(arg) + "'";
                return false;
            }
            if (!ok) {
                if (error)
                    *error =
                        "invalid value '" + std::string(value) + "' for --" + std::string(name);
                return false;
            }
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-' && arg[1] != '-') {
            const size_t eq = arg.find('=');
            const std::string_view name = arg.substr(1, eq == arg.npos ? arg.npos : eq - 1);
            const std::string_view value =
                eq == arg.npos ? std::string_view("1") : arg.substr(eq + 1);
            bool known = false, ok = true;
            o.libfuzzer_style = true;
            if (name == contract::kOptionTimeout)
                o.timeout_given = true;
            if (name == "len_control")
                o.len_control_given = true;
#define ARCWISE_FLAG(type, fname, def, help)                                                       \
    if (name == #fname) {                                                                          \
        known = true;                                                                              \
        ok = parse_value(value, o.fname);                                                          \
    }
#include "flags.def"
#undef ARCWISE_FLAG
            if (!known) {
                o.warnings.push_back("WARNING: unrecognized flag '" + std::string(arg) +
                                     "'; use -help=1 to list all flags");
                continue;
            }
            if (!ok) {
                if (error)
                    *error =
                        "invalid value '" + std::string(value) + "' for flag -" + std::string(name);
                return false;
            }
            continue;
        }
        positional.emplace_back(arg);
    }
    if (o.help)
        o.mode = Mode::Help;
    if (!positional.empty())
        o.libfuzzer_style = true;
    for (auto& p : positional) {
        if (is_directory(p))
            o.corpus_dirs.push_back(std::move(p));
        else
            o.inputs.push_back(std::move(p));
    }
    if (o.mode == Mode::Fuzz) {
        if (o.merge)
            o.mode = Mode::Merge;
        else if (o.minimize_crash)
            o.mode = Mode::MinimizeCrash;
        else if (!o.inputs.empty())
            o.mode = Mode::Replay;
    }
    if (o.mode == Mode::Merge && o.corpus_dirs.size() < 2) {
        if (error)
            *error =
                "-merge=1 needs at least two corpus directories (the first receives the merge)";
        return false;
    }
    if (o.mode == Mode::Shrink && o.shrink_input.empty()) {
        if (error)
            *error = "--shrink=FILE needs the failing input's file";
        return false;
    }
    if (o.mode == Mode::MinimizeCrash && o.inputs.size() != 1) {
        if (error)
            *error = "-minimize_crash=1 needs exactly one input file (the crashing input)";
        return false;
    }
    if (o.timeout <= 0)
        o.timeout = 1e9;
    return true;
}

void print_help(const char* program) {
    std::printf(
        "Usage:\n\n"
        "To fuzz:     %s [-flag1=val1 [-flag2=val2 ...] ] [dir1 [dir2 ...] ]\n"
        "To replay:   %s [-flag1=val1 ...] file1 [file2 ...]\n"
        "To merge:    %s -merge=1 dir1 dir2 [...]\n"
        "Arcwise:     %s --list | --cfg | --worker (under the Arcwise workbench)\n\n"
        "Property tests (ARCWISE_TEST):\n"
        "  %s                       run every target's examples (unit-test mode)\n"
        "      [--examples=N] [--target=GLOB] [--regressions=DIR] [--seed=S] [--report=FILE]\n"
        "  %s --fuzz=Suite.Name     fuzz one target with coverage guidance\n"
        "      [--time=SECONDS] [--runs=N] [--seed=S] [--corpus=DIR] [--report=FILE]\n"
        "  %s --shrink=FILE --target=NAME   reproduce, shrink and report a failing input\n"
        "      [--shrink-calls=N] [--shrink-time=SECONDS] [--timeout=SECONDS] [--report=FILE]\n"
        "      [--progress]             shrink progress as JSON lines on stderr\n"
        "  %s --show=PATH --target=NAME     run an input file, or every file of a directory,\n"
        "      once each and print its draws, notes, events, target() scores and outcome\n"
        "      [--timeout=SECONDS] [--report=FILE]\n\n",
        program, program, program, program, program, program, program, program);
    std::printf("Arcwise's options:\n");
#define ARCWISE_MODE(id, flag, help) std::printf("  %-24s %s\n", flag, help);
#include "protocol/runtime_contract.def"
#undef ARCWISE_MODE
#define ARCWISE_OPTION(id, name, value, help)                                                      \
    std::printf("  --%-22s %s\n", (std::string(name) + "=" + value).c_str(), help);
#include "protocol/runtime_contract.def"
#undef ARCWISE_OPTION
    std::printf("\nEnvironment (set by the Arcwise supervisor for --worker):\n");
#define ARCWISE_ENV(id, name, help) std::printf("  %-24s %s\n", name, help);
#include "protocol/runtime_contract.def"
#undef ARCWISE_ENV
    std::printf("\nExit statuses of the Arcwise modes:\n");
#define ARCWISE_EXIT(id, code, help) std::printf("  %-24d %s\n", code, help);
#include "protocol/runtime_contract.def"
#undef ARCWISE_EXIT
    std::printf("\nFlags: (strictly in form -flag=value)\n");
#define ARCWISE_FLAG(type, name, def, help) std::printf(" %-20s %s\n", #name, help);
#include "flags.def"
#undef ARCWISE_FLAG
}

} // namespace arcwise::runtime
