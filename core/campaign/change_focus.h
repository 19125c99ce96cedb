#pragma once
// Changed source lines (git_changes.h) joined with the control-flow graphs of a project's fuzz
// binaries (cfg_model.h): which blocks of each binary hold changed code, which targets can reach
// them, and how much of the changed code a target's coverage reaches. The campaign weighs the
// targets that reach changed code, and the runtime's frontier guidance the changed blocks not yet
// reached (docs/changes.md).
//
// A block stands for the lines from its own to the next block's in its function and file (as far
// as the symboliser tells); a changed line is *code* when some block stands for it. A block
// without a counter of its own is reached when a counted block right behind it is (through blocks
// without counters): those are the counters it is known by.
//
// Plain logic over a loaded model, except analyze_binary(), which loads one (processes: call it
// off the GUI thread).

#include "cfg_model.h"
#include "git_changes.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>
#include <vector>

namespace arcwise::campaign {

// A changed source line that is code in a binary, and the edge counters it is reached by.
struct ChangedLine {
    QString file; // absolute
    int line = 0;
    std::vector<uint32_t> counters;
};

// What a binary holds of the changes.
struct BinaryChanges {
    QString binary;
    QString error;                  // why its graph could not be read (then nothing is known)
    std::vector<ChangedLine> lines; // ordered by file, then line
    std::vector<uint32_t> counters; // every counter of a changed line, sorted, unique
    // Per target name: it can reach changed code (its test's function calls into a function with
    // changed blocks, or holds some), and its own test source changed.
    std::map<QString, bool> reaches;
    std::map<QString, bool> test_changed;
};

// Maps `changes` to the blocks of `model`, for the binary's `targets`.
BinaryChanges map_changes(const CfgModel& model, const Changes& changes,
                          const std::vector<TargetInfo>& targets);
// What the control-flow and source coverage views mark of `changes` in `model`: the blocks that
// stand for a changed line (as map_changes() finds them) and the changed lines of its files.
CfgChangeMarks change_marks(const CfgModel& model, const Changes& changes);
// Loads the binary's graph (cached in `cache_dir`) and maps the changes to it. `cancel`: as
// CfgModel::load's (then `error` is set).
BinaryChanges analyze_binary(const QString& binary, const Changes& changes,
                             const std::vector<TargetInfo>& targets, const QString& cache_dir,
                             const std::atomic<bool>* cancel = nullptr);

// The counters a target's coverage reaches, from the features of its stored corpus
// (feature / 8 for edge features).
std::unordered_set<uint32_t> reached_counters(const std::unordered_set<uint32_t>& features);
// The changed lines of `b` that `counters` reach.
std::vector<const ChangedLine*> lines_reached(const BinaryChanges& b,
                                              const std::unordered_set<uint32_t>& counters);

// How a campaign weighs one target for the changes.
struct TargetFocus {
    bool reaches_changed = false; // statically, or its coverage reaches a changed line
    bool is_new = false;          // not known before this campaign, or its source file is new
    bool test_changed = false;    // its own test's source changed
    int lines_reached = 0;        // changed lines its coverage reaches
    bool focused() const { return reaches_changed || is_new || test_changed; }
    // "changed", "new", "test changed", or empty, as a user reads it (translated).
    QString text() const;
};

// Any feature of `counter` (its eight hit-count buckets) in `features`.
bool reaches_counter(const std::unordered_set<uint32_t>& features, uint32_t counter);

// How a campaign weighs one target for `changes`: `b` is what its binary holds of them (null when
// its graph was not read), `features` its corpus's features, `unknown` whether the database did
// not hold the target before.
TargetFocus target_focus(const Changes& changes, const BinaryChanges* b, const QString& name,
                         const QString& file, const std::unordered_set<uint32_t>& features,
                         bool unknown);

// The weight the adaptive policy multiplies a focused target's value by.
inline constexpr double kChangeFocusWeight = 8.0;

// The changed code's coverage over a project: the changed lines that are code in some binary, and
// those reached by some target.
struct ChangeCoverage {
    QString base;          // the base commit (empty: none)
    QString head;          // HEAD
    QString description;   // what the base is
    int lines_changed = 0; // changed lines that are code
    int lines_reached = 0;
    std::vector<ChangedLine> reached;   // "file:line" reached, ordered
    std::vector<ChangedLine> unreached; // changed code not reached
};

// Over binaries and the counters their targets reach (binary path -> counters).
ChangeCoverage change_coverage(const Changes& changes, const std::vector<BinaryChanges>& binaries,
                               const std::map<QString, std::unordered_set<uint32_t>>& reached);

class Database;
// The changed code's coverage by what `db` stores for the project's targets (their binaries'
// graphs, their corpora): `arcwise-cli report --changed-since`. nullopt with *error when the
// changes cannot be read.
std::optional<ChangeCoverage> stored_change_coverage(const QString& project, const QString& since,
                                                     Database& db, QString* error);

// A stored target as the change focus weighs it without a campaign: its row and the features of
// its stored corpus.
struct StoredTarget {
    TargetRow row;
    std::unordered_set<uint32_t> features;
};
// What the changes since `since` mean for each stored target (by id), as a campaign focusing on
// them would weigh it: the targets view's Changed column when nothing is fuzzed. The targets'
// binaries' graphs are read (cached beside them); a binary that is gone leaves its targets
// unfocused. nullopt with *error when the changes cannot be read, or when `cancel` turned true
// (which ends a graph being read at once). Processes: call it off the GUI thread.
std::optional<std::map<qint64, TargetFocus>>
stored_focus(const QString& project, const QString& since, const std::vector<StoredTarget>& targets,
             QString* error, const std::atomic<bool>* cancel = nullptr);

// Writes the changed blocks' counters for the runtime (-arcwise_changed=FILE, one counter a
// line). False with *error when it cannot be written.
bool write_counters(const QString& path, const std::vector<uint32_t>& counters, QString* error);

} // namespace arcwise::campaign
