#pragma once
// Adds up what targets' examples reported through the SDK (event() labels, target() scores) over
// every worker of a campaign, on top of what earlier campaigns stored. A worker's Stats carry
// counts cumulative over that worker process's life, so each report is turned into the increase
// since the same process's previous report; a new process (a restart after a crash, another slot)
// starts from zero. Best scores are the maximum of all reports.
//
// Promises: counts never go down and are never counted twice for one process; at most kMaxLabels
// labels of each kind are kept per target (later labels are ignored); rows() is ordered by kind,
// then label, as Database::observations() is.

#include "campaign/types.h"
#include "protocol/messages.h"

#include <QString>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace arcwise::campaign {

class ObservationTally {
public:
    static constexpr size_t kMaxLabels = 1024;

    // True when the target's stored rows were given to load() (or it had none to give).
    bool loaded(qint64 target_id) const { return rows_.count(target_id) != 0; }
    // The target's rows as stored before: counts continue from them. Replaces what was there.
    void load(qint64 target_id, const std::vector<ObservationRow>& rows);
    // A Stats message of worker process `pid` (run by the object `worker`) about the target.
    void merge(const void* worker, qint64 pid, qint64 target_id, const protocol::Stats& stats,
               qint64 now_ms);
    // Forgets the previous reports of workers not in `live` (they were stopped or died).
    void keep_workers(const std::set<const void*>& live);

    std::vector<ObservationRow> rows(qint64 target_id) const;
    // The rows changed since clear_dirty(), to be written to the database; cleared once they are,
    // so that a failed write is tried again.
    std::vector<ObservationRow> dirty() const;
    void clear_dirty();

private:
    using Key = std::pair<QString, QString>; // kind, label
    // What one worker process reported last about one target.
    struct Last {
        qint64 pid = 0;
        uint64_t runs = 0;
        std::map<std::string, uint64_t> events;
        std::map<std::string, uint64_t> targets;
    };

    ObservationRow* row(qint64 target_id, const char* kind, const std::string& label,
                        qint64 now_ms);
    void add(qint64 target_id, const char* kind, const std::string& label, uint64_t count,
             uint64_t& last, qint64 now_ms);

    std::map<qint64, std::map<Key, ObservationRow>> rows_;
    std::map<std::pair<const void*, qint64>, Last> last_; // by worker, target
    std::set<std::pair<qint64, Key>> dirty_;
};

} // namespace arcwise::campaign
