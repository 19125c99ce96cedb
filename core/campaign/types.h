#pragma once
// Value types of a campaign, as the database stores them and the reports, models and views show
// them. Plain movable structs: they cross threads and are held by item models.

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace arcwise::campaign {

// One fuzz target as a binary's --list reports it.
struct TargetInfo {
    QString name; // "Suite.Name" for property tests, the binary's name for a libFuzzer harness
    QString kind; // "property" or "libfuzzer"
    QString file;
    int line = 0;
};

// Target status, as shown to the user.
inline constexpr const char* kStatusIdle = "idle";
inline constexpr const char* kStatusFuzzing = "fuzzing";
inline constexpr const char* kStatusFailing = "failing";
inline constexpr const char* kStatusFixed = "fixed";
inline constexpr const char* kStatusBroken = "broken"; // fails at start-up; see status_message

struct TargetRow {
    qint64 id = 0;
    qint64 binary_id = 0;
    QString binary; // absolute path
    QString build_id;
    QString name;
    QString kind;
    QString file;
    int line = 0;
    QString status = QString::fromLatin1(kStatusIdle);
    QString status_message;
    // Latest stats (0 when never fuzzed).
    qint64 executions = 0;
    qint64 features = 0;
    qint64 corpus_size = 0;
    double execs_per_second = 0;
    double estimate = 0; // Good-Turing chance that the next execution finds a new feature
    qint64 failures = 0; // distinct failures (signatures)
};

struct CorpusRow {
    qint64 id = 0;
    qint64 target_id = 0;
    QByteArray input; // serialised choice sequence (engine/serialize.h)
    QByteArray sha1;  // hex of input
    std::vector<uint32_t> features;
    qint64 found_at_ms = 0; // milliseconds since the epoch
    qint64 host_id = 0;     // the host whose worker found it (hosts.h), 0 when unknown
};

// A process fuzzing a campaign: one `arcwise-cli fuzz` or workbench campaign (hosts.h).
struct HostRow {
    qint64 id = 0;
    QString name;
    int cores = 0;
    QString version; // Arcwise's
    qint64 started_ms = 0;
    qint64 heartbeat_ms = 0; // its last sign of life
    qint64 executions = 0;   // by its workers, over every target
    bool stopped = false;    // ended as it should (a host that vanished is stale instead)
};

// A host's claim on one worker slot of a target, until it expires unless renewed.
struct LeaseRow {
    qint64 target_id = 0;
    int slot = 0;
    qint64 host_id = 0;
    qint64 expires_ms = 0;
};

// How widely a target was fuzzed: by how many hosts, with how many workers at most at once.
struct TargetSpread {
    int hosts = 0;
    int workers = 0;
};

// One time slice a worker slot of a host gave a target.
struct SliceRow {
    qint64 host_id = 0;
    int slot = 0;
    qint64 target_id = 0;
    qint64 start_ms = 0;
    qint64 end_ms = 0;
    qint64 executions = 0;
};

// Failure status a user can set.
inline constexpr const char* kFailureNew = "new";
inline constexpr const char* kFailureConfirmed = "confirmed";
inline constexpr const char* kFailureFixed = "fixed";
inline constexpr const char* kFailureFlaky = "flaky";
inline constexpr const char* kFailureIgnored = "ignored"; // not worth fixing (a reason says why)

struct FailureRow {
    qint64 id = 0;
    qint64 target_id = 0;
    QString target; // target name (filled when read)
    QString binary; // binary path (filled when read)
    QString signature;
    QString kind;
    QString message;
    QString location; // "file:line" of the failed check, if any
    QStringList stack;
    QByteArray first_input;   // as found (serialised choice sequence)
    QByteArray minimal_input; // after shrinking (serialised choices, or raw bytes for a harness)
    QString example;          // the printed report ("Falsifying example: ..." block)
    qint64 count = 1;
    qint64 first_seen_ms = 0;
    qint64 last_seen_ms = 0;
    QString status = QString::fromLatin1(kFailureNew);
    QString status_reason; // why it has its status, as the user said (may be empty)
    QString build_id;      // build it was last seen in
};

struct StatsRow {
    qint64 target_id = 0;
    qint64 at_ms = 0;
    qint64 executions = 0;
    qint64 features = 0;
    qint64 corpus_size = 0;
    double execs_per_second = 0;
    double estimate = 0;
    qint64 host_id = 0; // the host that ran it (hosts.h), 0 when unknown
    int workers = 0;    // that host's workers on the target
};

// What a target's examples reported through the SDK: an event() label and how many examples
// made it, or a target() label and the highest score seen. Cumulative over the campaign.
inline constexpr const char* kObservationEvent = "event";
inline constexpr const char* kObservationTarget = "target";

struct ObservationRow {
    qint64 target_id = 0;
    QString kind; // kObservationEvent or kObservationTarget
    QString label;
    qint64 count = 0; // examples that made the event, or that reported this target() label
    double best = 0;  // target(): the highest score
    qint64 updated_ms = 0;
};

} // namespace arcwise::campaign

Q_DECLARE_METATYPE(arcwise::campaign::ObservationRow)
Q_DECLARE_METATYPE(arcwise::campaign::TargetRow)
Q_DECLARE_METATYPE(arcwise::campaign::FailureRow)
Q_DECLARE_METATYPE(arcwise::campaign::StatsRow)
