// Worker mode: the binary fuzzes under a supervising Arcwise process. The control channel is a
// Unix-domain socket named in ARCWISE_CONTROL_SOCKET; the input under test lives in the file named
// by ARCWISE_INPUT_SHM. The target's own stdout and stderr are left alone. See docs/protocol.md.

#include "crash.h"
#include "custom_mutator.h"
#include "driver.h"
#include "engine/serialize.h"
#include "executor.h"
#include "frontier.h"
#include "hooks_state.h"
#include "observations.h"
#include "property.h"
#include "protocol/channel.h"
#include "protocol/runtime_contract.h"
#include "registry.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <map>
#include <memory>
#include <optional>
#include <unistd.h>

namespace arcwise::runtime {

namespace {

// The GNU build-id of the main executable, hex; empty when the linker did not emit one.
std::string build_id() {
    std::string id;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* out) -> int {
            auto& result = *static_cast<std::string*>(out);
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const auto& ph = info->dlpi_phdr[i];
                if (ph.p_type != PT_NOTE)
                    continue;
                auto* p = reinterpret_cast<const uint8_t*>(info->dlpi_addr + ph.p_vaddr);
                const uint8_t* end = p + ph.p_memsz;
                while (p + sizeof(ElfW(Nhdr)) <= end) {
                    const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
                    const uint8_t* name = p + sizeof(ElfW(Nhdr));
                    const uint8_t* desc = name + ((note->n_namesz + 3) & ~3u);
                    if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4) {
                        static const char* kHex = "0123456789abcdef";
                        for (unsigned k = 0; k < note->n_descsz; ++k) {
                            result += kHex[desc[k] >> 4];
                            result += kHex[desc[k] & 15];
                        }
                        return 1;
                    }
                    p = desc + ((note->n_descsz + 3) & ~3u);
                }
            }
            return 1; // only the first object: the main executable
        },
        &id);
    return id;
}

// Messages read while fuzzing that are not for the running fuzzer (a Stop, entries of another
// target): the main loop takes them before it reads the channel again.
std::deque<protocol::Message> g_deferred;

// A corpus entry as sent: a serialised choice sequence, or raw bytes (an imported libFuzzer
// corpus file), taken as the single bytes choice of a libFuzzer harness.
std::optional<engine::ChoiceSequence> parse_entry(const std::string& input) {
    if (!engine::looks_serialized(input))
        return engine::ChoiceSequence::from_bytes(input);
    std::string error;
    auto seq = engine::deserialize(input, &error);
    if (!seq)
        std::fprintf(stderr, "WARNING: skipping a corpus entry: %s\n", error.c_str());
    return seq;
}

class WorkerObserver final : public engine::Observer {
public:
    WorkerObserver(protocol::Channel& channel, std::string target, const Observations& observations)
        : channel_(channel), target_(std::move(target)), observations_(observations) {}

    void on_new(const engine::CorpusEntry& entry, const engine::FuzzStats& s,
                const std::vector<const char*>&) override {
        protocol::NewEntry m;
        m.target = target_;
        m.input = engine::serialize(entry.input);
        m.features = entry.features;
        m.run = s.runs;
        channel_.send(m);
    }
    // A smaller input with the same features: the supervisor stores it like a new one.
    void on_reduce(const engine::CorpusEntry& entry, const engine::FuzzStats& s,
                   const std::vector<const char*>& how) override {
        on_new(entry, s, how);
    }
    bool on_failure(const engine::ChoiceSequence& input, const engine::ExecResult& result,
                    const engine::FuzzStats&) override {
        protocol::Failure f;
        f.target = target_;
        f.kind = result.failure_kind.empty() ? "assertion" : result.failure_kind;
        f.message = result.failure_message;
        f.signature =
            result.failure_signature.empty() ? f.kind + "|" + target_ : result.failure_signature;
        f.input = engine::serialize(input);
        f.location = last_case().location;
        // Printed draws come from the supervisor's shrink run (--shrink), not from fuzzing.
        channel_.send(f);
        return true;
    }
    void attach(engine::Fuzzer* fuzzer, engine::Executor* executor) {
        fuzzer_ = fuzzer;
        executor_ = executor;
    }
    void on_pulse(const engine::FuzzStats& s) override {
        take_messages();
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(900))
            return;
        last_ = now;
        check_stability();
        send_stats(s);
    }
    // Stability, as AFL++ and HypoFuzz report it: a few corpus entries a second are run again
    // and their coverage compared with what they reached when they were kept. A target whose
    // coverage depends on more than its input (global state, time, threads) gets a share below 1.
    void check_stability() {
        if (!fuzzer_ || !executor_ || fuzzer_->corpus().size() == 0)
            return;
        const auto& entries = fuzzer_->corpus().entries();
        constexpr int kPerPulse = 4;
        for (int i = 0; i < kPerPulse && i < int(entries.size()); ++i) {
            const engine::CorpusEntry& entry = *entries[next_rerun_++ % entries.size()];
            rerun_features_.clear();
            const engine::ExecResult r = executor_->execute(entry.input, rerun_features_);
            ++rerun_runs_; // an execution like any other (its events are counted too)
            if (r.status != engine::ExecStatus::Ok)
                continue; // discarded or failing now: not a coverage comparison
            ++reruns_;
            if (rerun_features_ == entry.features)
                ++stable_reruns_;
        }
    }
    void send_stats(const engine::FuzzStats& s) {
        protocol::Stats m;
        m.target = target_;
        m.runs = s.runs + rerun_runs_;
        m.features = s.features;
        m.edges = s.edges;
        m.corpus_size = s.corpus_size;
        m.corpus_bytes = s.corpus_bytes;
        m.execs_per_second = s.execs_per_second;
        m.seconds = s.seconds;
        m.discovery_estimate = s.discovery_estimate;
        m.rss_mb = current_rss_mb();
        m.discards = s.discards;
        m.reruns = reruns_;
        m.stable_reruns = stable_reruns_;
        observations_.fill(m);
        channel_.send(m);
    }

private:
    // Entries other workers of this target found arrive while this one fuzzes: they are run into
    // its corpus within about a second (a pulse), not at the next slice. A worker whose
    // supervisor is gone (killed, or it closed the channel) has nobody to report to: it ends here
    // too, instead of fuzzing on until its slice ends. (The supervisor's death also kills it
    // through PR_SET_PDEATHSIG; this covers a supervisor that only closed the channel.)
    void take_messages() {
        if (!fuzzer_)
            return;
        std::string error;
        while (auto m = channel_.poll(&error)) {
            auto* entry = std::get_if<protocol::CorpusEntryIn>(&*m);
            if (entry && (entry->target.empty() || entry->target == target_)) {
                if (auto seq = parse_entry(entry->input))
                    fuzzer_->inject(std::move(*seq));
                continue;
            }
            if (std::holds_alternative<protocol::Stop>(*m))
                fuzzer_->stop();
            g_deferred.push_back(std::move(*m));
        }
        if (channel_.peer_gone())
            ::_exit(0);
    }

    protocol::Channel& channel_;
    engine::Fuzzer* fuzzer_ = nullptr;
    engine::Executor* executor_ = nullptr;
    std::vector<uint32_t> rerun_features_;
    uint64_t next_rerun_ = 0;
    uint64_t rerun_runs_ = 0;
    uint64_t reruns_ = 0;
    uint64_t stable_reruns_ = 0;
    std::string target_;
    const Observations& observations_;
    std::chrono::steady_clock::time_point last_{};
};

// A target being fuzzed in this worker, kept across slices.
struct Session {
    Session(const Target& target, CurrentInput& input, protocol::Channel& channel,
            engine::FuzzOptions options, int64_t frontier_flag)
        : executor(target, input), observer(channel, target.name, observations),
          fuzzer(executor, observer, with_frontier(options, frontier_flag)) {
        observer.attach(&fuzzer, &executor);
    }
    engine::FuzzOptions with_frontier(engine::FuzzOptions options, int64_t flag) {
        options.frontier = frontier_from_flag(flag, frontier, options);
        return options;
    }
    // Every example run for the target in this process, corpus runs included: the counts are
    // cumulative, as runs are.
    Observations observations;
    CoverageFrontier frontier; // before the fuzzer, which points to it
    InProcessExecutor executor;
    WorkerObserver observer;
    engine::Fuzzer fuzzer;
};

// The session being fuzzed, for the crash handler's last statistics.
Session* g_running = nullptr;

void send_running_stats() {
    if (g_running)
        g_running->observer.send_stats(g_running->fuzzer.stats());
}

int fail(protocol::Channel& channel, const std::string& message) {
    std::fprintf(stderr, "ERROR: %s\n", message.c_str());
    protocol::Error e;
    e.message = message;
    channel.send(e);
    return 1;
}

} // namespace

int run_worker(const Options& options) {
    namespace contract = protocol::contract;
    std::string error;
    static protocol::Channel channel;
    if (const char* fd = std::getenv(contract::kEnvControlFd); fd && *fd) {
        char* end = nullptr;
        const long n = std::strtol(fd, &end, 10);
        if (*end != '\0' || n < 3 || ::fcntl(int(n), F_GETFD) < 0) {
            std::fprintf(stderr, "ERROR: %s=%s is not an open descriptor\n",
                         contract::kEnvControlFd, fd);
            return 1;
        }
        ::fcntl(int(n), F_SETFD, FD_CLOEXEC); // not for what the target starts
        channel = protocol::Channel(int(n));
    } else if (const char* socket_path = std::getenv(contract::kEnvControlSocket);
               socket_path && *socket_path) {
        channel = protocol::Channel::connect_unix(socket_path, &error);
        if (!channel.valid()) {
            std::fprintf(stderr, "ERROR: %s\n", error.c_str());
            return 1;
        }
    } else {
        std::fprintf(stderr,
                     "ERROR: --worker needs %s or %s (the supervisor's control channel) in the "
                     "environment\n",
                     contract::kEnvControlFd, contract::kEnvControlSocket);
        return 1;
    }
    static CurrentInput current;
    if (const char* fd = std::getenv(contract::kEnvInputFd); fd && *fd) {
        char* end = nullptr;
        const long n = std::strtol(fd, &end, 10);
        if (*end != '\0' || n < 3 || !current.map_fd(int(n), contract::kEnvInputFd, &error))
            return fail(channel, error.empty() ? std::string(contract::kEnvInputFd) +
                                                     " is not an open descriptor"
                                               : error);
        ::close(int(n));
    } else if (const char* shm = std::getenv(contract::kEnvInputShm); shm && *shm) {
        if (!current.map_file(shm, &error))
            return fail(channel, error);
    } else {
        current.map_private();
    }

    protocol::Hello hello;
    hello.pid = uint32_t(::getpid());
    hello.runtime_version = ARCWISE_VERSION;
    hello.build_id = build_id();
    for (const auto& t : registered_targets())
        hello.targets.push_back({t.name, t.kind, t.file, t.line});
    if (!channel.send(hello))
        return 1;

    CrashConfig config;
    config.channel = &channel;
    config.send_final_stats = send_running_stats;
    config.timeout_seconds = options.timeout;
    config.rss_limit_mb = options.rss_limit_mb > 0 ? size_t(options.rss_limit_mb) : 0;
    CrashHandler::install(config, &current);

    // Entries sent since the last slice, with the target they belong to (empty: the next one).
    std::vector<std::pair<std::string, engine::ChoiceSequence>> pending;
    std::map<std::string, std::unique_ptr<Session>> sessions;
    for (;;) {
        std::optional<protocol::Message> message;
        if (!g_deferred.empty()) {
            message = std::move(g_deferred.front());
            g_deferred.pop_front();
        } else {
            message = channel.receive(&error);
        }
        if (!message) {
            if (error != "end of stream")
                std::fprintf(stderr, "ERROR: control channel: %s\n", error.c_str());
            return error == "end of stream" ? 0 : 1;
        }
        if (std::holds_alternative<protocol::Stop>(*message))
            return 0;
        if (auto* entry = std::get_if<protocol::CorpusEntryIn>(&*message)) {
            if (auto seq = parse_entry(entry->input))
                pending.emplace_back(entry->target, std::move(*seq));
            continue;
        }
        auto* fuzz = std::get_if<protocol::Fuzz>(&*message);
        if (!fuzz)
            return fail(channel,
                        std::string("unexpected message ") + protocol::type_name(*message));
        const Target* target = find_target(fuzz->target);
        if (!target)
            return fail(channel, "no target named '" + fuzz->target + "' in this binary");

        CrashConfig& c = CrashHandler::config();
        c.target = target->name;
        c.timeout_seconds = fuzz->timeout_ms ? fuzz->timeout_ms / 1000.0 : 1e9;
        c.rss_limit_mb = fuzz->rss_limit_mb;
        const uint32_t malloc_mb =
            fuzz->malloc_limit_mb ? fuzz->malloc_limit_mb : fuzz->rss_limit_mb;
        hooks().malloc_limit = owns_allocator() ? size_t(malloc_mb) << 20 : 0;

        // Entries for this target go in now; those of another target this worker fuzzed before
        // wait in that fuzzer until its next slice.
        std::vector<engine::ChoiceSequence> corpus;
        for (auto& [name, seq] : pending) {
            if (name.empty() || name == target->name)
                corpus.push_back(std::move(seq));
            else if (auto other = sessions.find(name); other != sessions.end())
                other->second->fuzzer.inject(std::move(seq));
        }
        pending.clear();

        // One fuzzer per target, kept between slices: a campaign comes back to a target without
        // the cost of re-running its corpus, and entries sent in between are run into it.
        Session* session = nullptr;
        uint64_t runs_before = 0; // the slice's budget counts the corpus runs too
        if (auto it = sessions.find(target->name); it != sessions.end()) {
            session = it->second.get();
            runs_before = session->fuzzer.stats().runs;
            set_observations(&session->observations);
            for (const auto& entry : corpus)
                if (!session->fuzzer.run_one(entry, nullptr))
                    break;
            session->fuzzer.renew_budget(fuzz->max_runs, double(fuzz->max_time_ms) / 1000.0);
        } else {
            engine::FuzzOptions fo;
            fo.seed = fuzz->seed;
            fo.max_len = fuzz->max_len ? fuzz->max_len : 4096;
            fo.max_runs = fuzz->max_runs;
            fo.max_seconds = double(fuzz->max_time_ms) / 1000.0;
            apply_mutation_options(options, *target, fo);
            auto created =
                std::make_unique<Session>(*target, current, channel, fo, options.arcwise_frontier);
            session = created.get();
            sessions.emplace(target->name, std::move(created));
            hooks().cmp_log = &session->fuzzer.cmp_log();
            set_observations(&session->observations);
            session->fuzzer.load(corpus);
        }
        hooks().cmp_log = &session->fuzzer.cmp_log();
        set_builtin_mutator(&session->fuzzer.byte_mutator());
        c.mutations = &session->fuzzer.last_mutations();
        g_running = session;
        session->fuzzer.loop();
        g_running = nullptr;
        set_observations(nullptr);
        hooks().cmp_log = nullptr;
        set_builtin_mutator(nullptr);
        c.mutations = nullptr;
        const auto s = session->fuzzer.stats();
        session->observer.send_stats(s);
        protocol::Done done;
        done.target = target->name;
        done.runs = s.runs - runs_before;
        done.reason = session->fuzzer.stopped_by_failure()              ? "failure"
                      : (fuzz->max_runs && done.runs >= fuzz->max_runs) ? "runs"
                                                                        : "time";
        channel.send(done);
    }
}

} // namespace arcwise::runtime
