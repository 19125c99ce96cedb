#pragma once
// Options of the runtime, parsed from libFuzzer's command line (-flag=value, then corpus
// directories and input files) plus Arcwise's own modes (--worker, --list, --help).

#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::runtime {

enum class Mode {
    Fuzz,   // libFuzzer-style standalone fuzzing (corpus directories optional)
    Replay, // files given as arguments: run each once
    Merge,  // -merge=1
    MinimizeCrash,
    Worker, // --worker: fuzz under a supervisor over the protocol
    List,   // --list: print the targets as JSON
    Cfg,    // --cfg: print the control-flow graph as JSON (cfg_dump.h)
    Help,
    UnitTest,     // no arguments and property tests: run each for a bounded number of examples
    PropertyFuzz, // --fuzz=NAME: fuzz one target, then shrink and report its first failure
    Shrink,       // --shrink=FILE --target=NAME: reproduce, shrink and report a failing input
    Show,         // --show=PATH --target=NAME: run stored inputs once each and print what they drew
};

struct Options {
#define ARCWISE_FLAG(type, name, def, help) type name = def;
#include "flags.def"
#undef ARCWISE_FLAG
    Mode mode = Mode::Fuzz;
    std::vector<std::string> corpus_dirs; // directories, first is the output corpus
    std::vector<std::string> inputs;      // files to replay (or the crash to minimise)
    std::string target;                   // --target=NAME (binaries with several targets)
    std::vector<std::string> warnings;    // unrecognised flags, reported and ignored

    // The property-test modes (docs/sdk.md).
    std::string fuzz_target;      // --fuzz=NAME
    std::string shrink_input;     // --shrink=FILE
    std::string show_path;        // --show=PATH: an input file or a directory of them
    std::string report_path;      // --report=FILE: the failures as JSON
    std::string regressions_dir;  // --regressions=DIR (default .arcwise/regressions)
    std::string changed_file;     // --changed=FILE: edge counters of changed code
    int64_t examples = 100;       // --examples=N per target in unit-test mode
    int64_t shrink_calls = 20000; // --shrink-calls=N
    double shrink_seconds = 120;  // --shrink-time=SECONDS
    bool progress = false;        // --progress: machine-readable shrink progress on stderr
    bool timeout_given = false;
    bool len_control_given = false; // a custom mutator changes its default (custom_mutator.h)
    bool libfuzzer_style = false;   // a -flag or a positional argument: libFuzzer's command line
};

// Parses argv. Errors a user can cause (a malformed value) are returned in *error, naming the flag.
bool parse_options(int argc, char** argv, Options& options, std::string* error);
void print_help(const char* program);

} // namespace arcwise::runtime
