#include "driver.h"

#include "cfg_dump.h"
#include "coverage.h"
#include "crash.h"
#include "custom_mutator.h"
#include "engine/dictionary.h"
#include "engine/fuzzer.h"
#include "engine/serialize.h"
#include "executor.h"
#include "frontier.h"
#include "hooks_state.h"
#include "outcome.h"
#include "parallel.h"
#include "property.h"
#include "protocol/messages.h"
#include "protocol/runtime_contract.h"
#include "registry.h"
#include "report.h"
#include "sdk_modes.h"
#include "sha1.h"
#include "value_profile.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

extern "C" {
__attribute__((weak)) int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
__attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);
}

// Read from the file, without running it, to recognise a binary that carries the runtime.
extern "C" __attribute__((used, retain, visibility("default")))
const char arcwise_runtime_marker[] = "ARCWISE-RUNTIME-MARKER protocol=1 version=" ARCWISE_VERSION;

namespace arcwise::runtime {

std::string base_name(const char* path) {
    const char* slash = std::strrchr(path, '/');
    return slash ? slash + 1 : path;
}

namespace {

void register_libfuzzer_target(const char* argv0) {
    if (!LLVMFuzzerTestOneInput)
        return;
    Target t;
    t.name = base_name(argv0);
    t.kind = "libfuzzer";
    t.takes_bytes = true;
    t.run = [](const engine::ChoiceSequence& input) {
        engine::ExecResult result;
        const std::string empty;
        const std::string& data = input.is_single_bytes() ? input.choices[0].data : empty;
        // A fresh heap copy of exactly the input's size, so a sanitizer sees any overflow.
        auto* copy = new uint8_t[data.size() ? data.size() : 1];
        if (!data.empty())
            std::memcpy(copy, data.data(), data.size());
        const int rc = LLVMFuzzerTestOneInput(copy, data.size());
        delete[] copy;
        if (rc == -1)
            result.status = engine::ExecStatus::Discard;
        return result;
    };
    register_target(std::move(t));
}

int list_targets() {
    std::string out = "{\"runtime\": \"arcwise\", \"version\": \"" ARCWISE_VERSION
                      "\", \"protocol\": " +
                      std::to_string(protocol::kProtocolVersion) + ", \"targets\": [";
    bool first = true;
    for (const auto& t : registered_targets()) {
        out += first ? "" : ", ";
        first = false;
        out += "{\"name\": " + json_string(t.name) + ", \"kind\": " + json_string(t.kind) +
               ", \"file\": " + json_string(t.file) + ", \"line\": " + std::to_string(t.line) + "}";
    }
    out += "]}\n";
    std::fputs(out.c_str(), stdout);
    return 0;
}

std::string stats_line(const char* what, const engine::FuzzStats& s) {
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "#%llu\t%s cov: %zu ft: %zu corp: %zu/%zub lim: %zu exec/s: %llu rss: %zuMb",
                  static_cast<unsigned long long>(s.runs), what, s.edges, s.features, s.corpus_size,
                  s.corpus_bytes, s.max_len, static_cast<unsigned long long>(s.execs_per_second),
                  current_rss_mb());
    return buf;
}

// Prints libFuzzer-shaped progress and writes new inputs to the output corpus directory.
class StandaloneObserver final : public engine::Observer {
public:
    StandaloneObserver(std::string output_dir, bool takes_bytes)
        : output_dir_(std::move(output_dir)), takes_bytes_(takes_bytes) {}

    void on_new(const engine::CorpusEntry& entry, const engine::FuzzStats& s,
                const std::vector<const char*>& how) override {
        if (inited_) // while loading the initial corpus: summarised by INITED
            report("NEW   ", entry, s, how);
    }
    void on_reduce(const engine::CorpusEntry& entry, const engine::FuzzStats& s,
                   const std::vector<const char*>& how) override {
        report("REDUCE", entry, s, how);
    }
    // A failure the target reported without dying (a failed property): keep the input as a crash
    // artifact and stop, with the same exit status as a crash.
    bool on_failure(const engine::ChoiceSequence& input, const engine::ExecResult& result,
                    const engine::FuzzStats&) override {
        if (const int fd = CrashHandler::config().report_fd; fd >= 0) {
            // The child of --fuzz: hand the failure to the parent, which shrinks it.
            Outcome o;
            o.status = engine::ExecStatus::Failure;
            o.kind = result.failure_kind;
            o.message = result.failure_message;
            o.signature = result.failure_signature;
            o.location = last_case().location;
            o.realised = engine::serialize(input);
            const std::string frame = encode_outcome(o);
            if (::write(fd, frame.data(), frame.size()) < 0)
                std::perror("arcwise: report");
            std::fprintf(stderr, "Arcwise: %s: %s\n", o.kind.c_str(), o.message.c_str());
            return true;
        }
        const std::string data =
            input.is_single_bytes() ? input.choices[0].data : engine::serialize(input);
        std::fprintf(stderr,
                     "==%d== ERROR: libFuzzer: deadly signal\nArcwise: assertion: the "
                     "target reported a failure\nSUMMARY: libFuzzer: deadly signal\n%s",
                     int(::getpid()),
                     CrashHandler::write_artifact("assertion", data, /*is_timeout=*/false).c_str());
        return true;
    }
    void on_pulse(const engine::FuzzStats& s) override {
        if (inited_ && s.runs > 0 && (s.runs & (s.runs - 1)) == 0 && s.runs != last_pulse_) {
            last_pulse_ = s.runs;
            std::fprintf(stderr, "%s\n", stats_line("pulse ", s).c_str());
        }
    }
    void inited(const engine::Fuzzer& fuzzer) {
        inited_ = true;
        std::fprintf(stderr, "%s\n", stats_line("INITED", fuzzer.stats()).c_str());
    }
    void report(const char* what, const engine::CorpusEntry& entry, const engine::FuzzStats& s,
                const std::vector<const char*>& how) {
        std::string line = stats_line(what, s);
        line += " L: " + std::to_string(entry.size) + "/" + std::to_string(s.max_len);
        line += " MS: " + std::to_string(how.size()) + " ";
        for (const char* m : how)
            line += std::string(m) + "-";
        std::fprintf(stderr, "%s\n", line.c_str());
        save(entry);
    }
    void save(const engine::CorpusEntry& entry) {
        if (output_dir_.empty())
            return;
        // Harness inputs as raw bytes (libFuzzer's corpus format); property inputs serialised.
        const std::string data =
            takes_bytes_
                ? (entry.input.is_single_bytes() ? entry.input.choices[0].data : std::string())
                : engine::serialize(entry.input);
        char sha[41];
        sha1_hex(reinterpret_cast<const uint8_t*>(data.data()), data.size(), sha);
        // A reduced entry replaces the file this run wrote for it, as libFuzzer does; files that
        // were there before the run are never deleted.
        if (entry.id < written_.size() && !written_[entry.id].empty() && written_[entry.id] != sha)
            ::unlink((output_dir_ + "/" + written_[entry.id]).c_str());
        if (write_file(output_dir_ + "/" + sha, data, nullptr)) {
            if (written_.size() <= entry.id)
                written_.resize(entry.id + 1);
            written_[entry.id] = sha;
        }
    }

private:
    std::string output_dir_;
    bool takes_bytes_;
    std::vector<std::string> written_; // per corpus entry: the file this run wrote for it
    bool inited_ = false;
    uint64_t last_pulse_ = 0;
};

CrashConfig crash_config(const Options& o, const Target& target) {
    CrashConfig c;
    c.target = target.name;
    c.artifact_prefix = o.artifact_prefix;
    c.exact_artifact_path = o.exact_artifact_path;
    c.error_exitcode = int(o.error_exitcode);
    c.timeout_exitcode = int(o.timeout_exitcode);
    c.timeout_seconds = o.timeout;
    c.rss_limit_mb = o.rss_limit_mb > 0 ? size_t(o.rss_limit_mb) : 0;
    return c;
}

void set_malloc_limit(const Options& o) {
    const int64_t mb = o.malloc_limit_mb > 0 ? o.malloc_limit_mb : o.rss_limit_mb;
    hooks().malloc_limit = mb > 0 ? size_t(mb) << 20 : 0;
    if (hooks().malloc_limit && !owns_allocator()) {
        std::fprintf(stderr, "INFO: the program brings its own malloc: -malloc_limit_mb is not "
                             "enforced (-rss_limit_mb still is).\n");
        hooks().malloc_limit = 0;
    }
}

void print_modules() {
    const auto& cov = Coverage::instance();
    size_t pcs = 0;
    for (const auto& m : cov.modules())
        pcs += size_t(m.pcs_end - m.pcs_begin);
    std::fprintf(stderr, "INFO: Loaded %zu modules   (%zu inline 8-bit counters)\n",
                 cov.modules().size(), cov.total_counters());
    std::fprintf(stderr, "INFO: Loaded %zu PC tables (%zu PCs)\n", cov.modules().size(), pcs);
    if (cov.total_counters() == 0)
        std::fprintf(stderr,
                     "WARNING: no coverage instrumentation found: was the target built with "
                     "arcwise-c++ or arcwise_add_fuzz_target()? Fuzzing blind.\n");
}

uint64_t choose_seed(uint64_t given) {
    if (given)
        return given;
    std::random_device rd;
    return (uint64_t(rd()) << 32 ^ rd() ^ uint64_t(::getpid())) & 0xFFFFFFFFu;
}

} // namespace

int fuzz_standalone(const Options& o, const Target& target, CurrentInput& current) {
    const uint64_t seed = choose_seed(o.seed);
    std::fprintf(stderr, "INFO: Running with entropic power schedule (0xFF, 100).\n");
    std::fprintf(stderr, "INFO: Seed: %llu\n", static_cast<unsigned long long>(seed));
    print_modules();

    engine::Dictionary dictionary;
    if (!o.dict.empty()) {
        std::string text, error;
        if (!read_file(o.dict, text, &error)) {
            std::fprintf(stderr, "ERROR: -dict: %s\n", error.c_str());
            return 1;
        }
        auto parsed = engine::Dictionary::parse(text, o.dict, &error);
        if (!parsed) {
            std::fprintf(stderr, "ERROR: dictionary: %s\n", error.c_str());
            return 1;
        }
        dictionary = std::move(*parsed);
        std::fprintf(stderr, "Dictionary: %zu entries\n", dictionary.size());
    }

    size_t total = 0;
    std::vector<InputFile> files = read_corpus(o.corpus_dirs, &total);
    size_t largest = 0;
    for (const auto& f : files)
        largest = std::max(largest, f.data.size());
    size_t max_len = o.max_len > 0 ? size_t(o.max_len) : std::max<size_t>(4096, largest);
    if (o.max_len <= 0)
        std::fprintf(stderr,
                     "INFO: -max_len is not provided; libFuzzer will not generate inputs larger "
                     "than %zu bytes\n",
                     max_len);
    if (files.empty())
        std::fprintf(stderr, "INFO: A corpus is not provided, starting from an empty corpus\n");
    else
        std::fprintf(stderr,
                     "INFO: seed corpus: files: %zu min: %zub max: %zub total: %zub rss: %zuMb\n",
                     files.size(), files.front().data.size(), largest, total, current_rss_mb());

    engine::FuzzOptions fo;
    fo.seed = seed;
    fo.max_len = max_len;
    fo.len_control = unsigned(std::max<int64_t>(0, o.len_control));
    fo.max_runs = o.runs >= 0 ? uint64_t(o.runs) : 0;
    fo.max_seconds = o.max_total_time;
    fo.entropic = o.entropic != 0;
    fo.dictionary = dictionary.empty() ? nullptr : &dictionary;
    apply_mutation_options(o, target, fo);
    if (fo.custom && o.verbosity >= 1) {
        if (fo.custom->has_mutator())
            std::fprintf(stderr, "INFO: mutating with the harness's LLVMFuzzerCustomMutator%s.\n",
                         fo.custom->has_cross_over() ? " and LLVMFuzzerCustomCrossOver" : "");
        else
            std::fprintf(stderr, "INFO: mutating with the built-in mutators and the harness's "
                                 "LLVMFuzzerCustomCrossOver.\n");
    }
    CoverageFrontier frontier;
    frontier.verbose = o.verbosity >= 2;
    fo.frontier = frontier_from_flag(o.arcwise_frontier, frontier, fo);
    if (fo.frontier && o.verbosity >= 1)
        std::fprintf(stderr, "INFO: Frontier guidance on (-arcwise_frontier=%lld).\n",
                     static_cast<long long>(o.arcwise_frontier));

    InProcessExecutor executor(target, current);
    StandaloneObserver observer(o.corpus_dirs.empty() ? std::string() : o.corpus_dirs.front(),
                                target.takes_bytes);
    engine::Fuzzer fuzzer(executor, observer, fo);
    hooks().cmp_log = &fuzzer.cmp_log();
    set_builtin_mutator(&fuzzer.byte_mutator());
    CrashHandler::config().mutations = &fuzzer.last_mutations();
    std::vector<engine::ChoiceSequence> seeds;
    seeds.reserve(files.size());
    for (auto& f : files) {
        if (!target.takes_bytes && engine::looks_serialized(f.data)) {
            std::string error;
            if (auto seq = engine::deserialize(f.data, &error))
                seeds.push_back(std::move(*seq));
            else
                std::fprintf(stderr, "WARNING: skipping %s: %s\n", f.path.c_str(), error.c_str());
            continue;
        }
        seeds.push_back(engine::ChoiceSequence::from_bytes(std::move(f.data)));
    }
    fuzzer.load(seeds);
    observer.inited(fuzzer);
    if (o.runs != 0) {
        fuzzer.loop();
        std::fprintf(stderr, "%s\n", stats_line("DONE  ", fuzzer.stats()).c_str());
    }
    set_builtin_mutator(nullptr);
    const auto s = fuzzer.stats();
    const double seconds = s.seconds;
    if (o.print_final_stats) {
        std::fprintf(stderr, "stat::number_of_executed_units: %llu\n",
                     static_cast<unsigned long long>(s.runs));
        std::fprintf(stderr, "stat::average_exec_per_sec:     %llu\n",
                     static_cast<unsigned long long>(s.execs_per_second));
        std::fprintf(stderr, "stat::new_units_added:          %zu\n", s.corpus_size);
        std::fprintf(stderr, "stat::peak_rss_mb:              %zu\n", current_rss_mb());
    }
    std::fprintf(stderr, "Done %llu runs in %lld second(s)\n",
                 static_cast<unsigned long long>(s.runs), static_cast<long long>(seconds));
    return fuzzer.stopped_by_failure() ? int(o.error_exitcode) : 0;
}

namespace {

int replay(const Options& o, const Target& target, CurrentInput& current) {
    InProcessExecutor executor(target, current);
    std::vector<uint32_t> features;
    std::fprintf(stderr, "INFO: Seed: %llu\n", static_cast<unsigned long long>(o.seed));
    print_modules();
    std::fprintf(stderr, "Running %zu inputs 1 time(s) each.\n", o.inputs.size());
    int failures = 0;
    for (const auto& path : o.inputs) {
        std::string data, error;
        if (!read_file(path, data, &error)) {
            std::fprintf(stderr, "ERROR: %s\n", error.c_str());
            ++failures;
            continue;
        }
        std::fprintf(stderr, "Running: %s\n", path.c_str());
        const auto start = std::chrono::steady_clock::now();
        engine::ChoiceSequence input;
        if (!target.takes_bytes && engine::looks_serialized(data)) {
            auto parsed = engine::deserialize(data, &error);
            if (!parsed) {
                std::fprintf(stderr, "ERROR: %s: %s\n", path.c_str(), error.c_str());
                ++failures;
                continue;
            }
            input = std::move(*parsed);
        } else {
            input = engine::ChoiceSequence::from_bytes(std::move(data));
        }
        features.clear();
        executor.execute(input, features);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
        std::fprintf(stderr, "Executed %s in %lld ms\n", path.c_str(), static_cast<long long>(ms));
    }
    std::fprintf(stderr, "*** NOTE: fuzzing was not performed, you have only\n"
                         "***       executed the target code on a fixed set of inputs.\n");
    return failures ? 1 : 0;
}

int merge(const Options& o, const Target& target, CurrentInput& current) {
    print_modules();
    InProcessExecutor executor(target, current);
    engine::Corpus corpus;
    std::vector<uint32_t> features;
    size_t total = 0;
    const auto existing = read_corpus({o.corpus_dirs.front()}, &total);
    for (const auto& f : existing) {
        features.clear();
        executor.execute(engine::ChoiceSequence::from_bytes(f.data), features);
        if (corpus.observe(features, nullptr))
            corpus.add(engine::ChoiceSequence::from_bytes(f.data), features);
    }
    const size_t before = corpus.feature_count();
    std::vector<std::string> others(o.corpus_dirs.begin() + 1, o.corpus_dirs.end());
    const auto candidates = read_corpus(others, &total);
    std::fprintf(stderr, "MERGE-OUTER: %zu files, %zu in the initial corpus\n",
                 candidates.size() + existing.size(), existing.size());
    size_t added = 0;
    for (const auto& f : candidates) {
        features.clear();
        if (o.max_len > 0 && f.data.size() > size_t(o.max_len))
            continue;
        executor.execute(engine::ChoiceSequence::from_bytes(f.data), features);
        if (corpus.observe(features, nullptr) == 0)
            continue;
        corpus.add(engine::ChoiceSequence::from_bytes(f.data), features);
        char sha[41];
        sha1_hex(reinterpret_cast<const uint8_t*>(f.data.data()), f.data.size(), sha);
        std::string error;
        if (!write_file(o.corpus_dirs.front() + "/" + sha, f.data, &error))
            std::fprintf(stderr, "ERROR: %s\n", error.c_str());
        ++added;
    }
    std::fprintf(stderr,
                 "MERGE-OUTER: %zu new files with %zu new features added; %zu new coverage edges\n",
                 added, corpus.feature_count() - before, Coverage::instance().covered_edges());
    return 0;
}

} // namespace

bool read_file(const std::string& path, std::string& out, std::string* error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = "cannot open " + path + ": " + std::strerror(errno);
        return false;
    }
    out.clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            if (error)
                *error = "cannot read " + path + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        out.append(buffer, size_t(n));
    }
    ::close(fd);
    return true;
}

bool write_file(const std::string& path, std::string_view data, std::string* error) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error)
            *error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (error)
                *error = "cannot write " + path + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        done += size_t(n);
    }
    ::close(fd);
    return true;
}

std::vector<InputFile> read_corpus(const std::vector<std::string>& dirs, size_t* total_bytes) {
    std::vector<InputFile> files;
    size_t total = 0;
    for (const auto& dir : dirs) {
        DIR* d = ::opendir(dir.c_str());
        if (!d) {
            std::fprintf(stderr, "WARNING: cannot read corpus directory %s: %s\n", dir.c_str(),
                         std::strerror(errno));
            continue;
        }
        std::vector<std::string> names;
        while (dirent* e = ::readdir(d))
            if (e->d_name[0] != '.')
                names.emplace_back(e->d_name);
        ::closedir(d);
        std::sort(names.begin(), names.end());
        for (const auto& name : names) {
            const std::string path = dir + "/" + name;
            struct stat st {};
            if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
                continue;
            InputFile f;
            f.path = path;
            if (read_file(path, f.data, nullptr)) {
                total += f.data.size();
                files.push_back(std::move(f));
            }
        }
    }
    // (std::stable_sort trips a deprecation inside libstdc++ 12 under clang; the path breaks ties.)
    std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) {
        return a.data.size() != b.data.size() ? a.data.size() < b.data.size() : a.path < b.path;
    });
    if (total_bytes)
        *total_bytes = total;
    return files;
}

size_t current_rss_mb() {
    FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    unsigned long pages = 0, resident = 0;
    if (std::fscanf(f, "%lu %lu", &pages, &resident) != 2)
        resident = 0;
    std::fclose(f);
    return size_t(resident) * size_t(::sysconf(_SC_PAGESIZE)) >> 20;
}

int run_main(int argc, char** argv) {
    Options options;
    std::string error;
    if (!parse_options(argc, argv, options, &error)) {
        std::fprintf(stderr, "ERROR: %s (see -help=1)\n", error.c_str());
        return 1;
    }
    register_libfuzzer_target(argv[0]);
    if (options.mode == Mode::Help) {
        print_help(argv[0]);
        return 0;
    }
    if (options.mode == Mode::List)
        return list_targets();
    if (options.mode == Mode::Cfg)
        return dump_control_flow();
    if (!options.changed_file.empty() && !CoverageFrontier::load_changed(options.changed_file)) {
        std::fprintf(stderr, "ERROR: cannot read %s (--%s)\n", options.changed_file.c_str(),
                     protocol::contract::kOptionChanged);
        return 1;
    }
    for (const auto& w : options.warnings)
        std::fprintf(stderr, "%s\n", w.c_str());
    if (options.mode == Mode::Fuzz && !options.libfuzzer_style)
        for (const auto& t : registered_targets())
            if (t.kind == "property")
                options.mode = Mode::UnitTest;
    if (registered_targets().empty()) {
        std::fprintf(stderr,
                     "ERROR: %s has no fuzz target: define LLVMFuzzerTestOneInput or an "
                     "ARCWISE_TEST.\n",
                     argv[0]);
        return 1;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    install_variant_hooks();
    set_malloc_limit(options);
    if (options.use_value_profile)
        enable_value_profile();
    hooks().pc_base = reinterpret_cast<uintptr_t>(&run_main);
    install_property_context_hook();
    if (options.mode == Mode::Worker)
        return run_worker(options);
    // These modes run every input in child processes; this one stays single-threaded.
    if (options.mode == Mode::UnitTest)
        return run_unit_tests(options);
    if (options.mode == Mode::PropertyFuzz)
        return run_property_fuzz(options);
    if (options.mode == Mode::Shrink)
        return run_shrink_mode(options);
    if (options.mode == Mode::Show)
        return run_show_mode(options);

    const Target* target = find_target(options.target);
    if (!target) {
        std::fprintf(stderr, "ERROR: %s target '%s'; this binary has:",
                     options.target.empty() ? "choose a" : "no such", options.target.c_str());
        for (const auto& t : registered_targets())
            std::fprintf(stderr, " %s", t.name.c_str());
        std::fprintf(stderr, " (use --target=NAME)\n");
        return 1;
    }
    static CurrentInput current;
    current.map_private();
    CrashHandler::install(crash_config(options, *target), &current);
    switch (options.mode) {
    case Mode::Replay:
        return replay(options, *target, current);
    case Mode::Merge:
        return merge(options, *target, current);
    case Mode::MinimizeCrash:
        return run_minimize(options);
    default:
        // -fork=N, -jobs=N: N workers of the campaign, not a second parallel fuzzer here.
        if (parallel_workers(options) > 1) {
            bool ran = false;
            const int status = fuzz_in_parallel(options, *target, &ran);
            if (ran)
                return status;
        }
        return fuzz_standalone(options, *target, current);
    }
}

} // namespace arcwise::runtime
