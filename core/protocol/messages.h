#pragma once
// The messages a worker (the user's fuzz binary started with --worker) and its supervisor (the
// Arcwise campaign) exchange over the control channel. Qt-free: both ends link this. The wire
// format is in codec.h and docs/protocol.md.

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace arcwise::protocol {

inline constexpr uint32_t kProtocolVersion = 1;

struct TargetInfo {
    std::string name; // "Suite.Name" for property tests, the binary's name for a libFuzzer harness
    std::string kind; // "libfuzzer" or "property"
    std::string file;
    uint32_t line = 0;
};

// worker → supervisor, first message on the channel.
struct Hello {
    uint32_t protocol_version = kProtocolVersion;
    uint32_t pid = 0;
    std::string runtime_version;
    std::string build_id; // identifies this build of the binary (for caches and "fixed" checks)
    std::vector<TargetInfo> targets;
};

// supervisor → worker: one corpus entry to execute before fuzzing (warm start), sent between
// Hello and Fuzz; or, while the worker fuzzes `target`, an entry another worker of that target
// found, which the worker runs into its corpus within about a second. Entries are serialised
// choice sequences (raw bytes: a libFuzzer harness's one bytes choice). `target` (appended in
// protocol 1 as an optional field): the target it belongs to; empty means the next Fuzz's.
struct CorpusEntryIn {
    std::string input;
    std::string target;
};

// supervisor → worker: fuzz `target` with the corpus sent so far, for at most the given budget.
struct Fuzz {
    std::string target;
    uint64_t seed = 0;
    uint64_t max_runs = 0;    // 0 = unlimited
    uint64_t max_time_ms = 0; // 0 = unlimited
    uint32_t max_len = 4096;
    uint32_t timeout_ms = 1200 * 1000;
    uint32_t rss_limit_mb = 2048;
    uint32_t malloc_limit_mb = 0; // 0 = same as rss_limit_mb
};

// supervisor → worker: finish the current slice and exit cleanly.
struct Stop {};

// worker → supervisor: an input that reached new features.
struct NewEntry {
    std::string target;
    std::string input; // serialised choice sequence
    std::vector<uint32_t> features;
    uint64_t run = 0;
};

// worker → supervisor: a failure. Fatal failures (signals, timeouts, out-of-memory) are sent from
// the dying process when it can still write; the supervisor also recovers the input from shared
// memory when it cannot.
struct Failure {
    std::string target;
    std::string
        kind; // crash, abort, exception, timeout, oom, stack-overflow, exit, sanitizer, assertion
    std::string message;            // one line, e.g. "deadly signal SIGSEGV at 0x0"
    std::string signature;          // kind + top three symbolised frames, for deduplication
    std::vector<std::string> stack; // symbolised frames, innermost first
    std::string input;              // serialised choice sequence
    // Property tests: where the failing check is ("file:line"), the printed draws (label, U+001F,
    // printed value: "xs\x1f{0, 1}") and the notes of the failing example, as far as they were made
    // before the failure.
    std::string location;
    std::vector<std::string> draws;
    std::vector<std::string> notes;
};

// worker → supervisor, about once a second while fuzzing.
struct Stats {
    std::string target;
    uint64_t runs = 0;
    uint64_t features = 0;
    uint64_t edges = 0;
    uint64_t corpus_size = 0;
    uint64_t corpus_bytes = 0;
    double execs_per_second = 0;
    double seconds = 0;
    double discovery_estimate = 0; // Good-Turing: singletons / executions
    uint64_t rss_mb = 0;
    // What the target's examples reported through the SDK, over every example this worker process
    // ran for the target (cumulative, like runs): each event() label with the number of examples
    // that made it, each target() label with the highest score and the number of examples that
    // reported it. Empty for a libFuzzer harness.
    std::vector<std::pair<std::string, uint64_t>> events;
    std::vector<std::pair<std::string, double>> targets;
    std::vector<std::pair<std::string, uint64_t>> target_counts;
    // Appended in protocol 1 as optional fields (0 from older workers: not measured). Cumulative
    // per worker process, like runs: executions discarded by assume() or filter(); and corpus
    // entries run again to measure stability, with how many of them reached exactly the features
    // they had (stability = stable_reruns / reruns).
    uint64_t discards = 0;
    uint64_t reruns = 0;
    uint64_t stable_reruns = 0;
};

// worker → supervisor: the slice ended (budget spent, stop requested, or a non-fatal failure).
struct Done {
    std::string target;
    std::string reason; // "runs", "time", "stop", "failure"
    uint64_t runs = 0;
};

// worker → supervisor: the worker cannot go on (unknown target, bad option...).
struct Error {
    std::string message;
};

using Message =
    std::variant<Hello, CorpusEntryIn, Fuzz, Stop, NewEntry, Failure, Stats, Done, Error>;

// The message type byte on the wire; the order of Message's alternatives, fixed forever.
enum class MessageType : uint8_t {
    Hello = 1,
    CorpusEntryIn = 2,
    Fuzz = 3,
    Stop = 4,
    NewEntry = 5,
    Failure = 6,
    Stats = 7,
    Done = 8,
    Error = 9,
};

const char* type_name(const Message& message);

} // namespace arcwise::protocol
