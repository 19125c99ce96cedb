// Change focus (docs/changes.md): the campaign reads what changed in the sources' git checkout
// and maps it to the blocks of its binaries off the event loop, then weighs the targets that reach
// changed code, are new or whose test changed (Scheduler::set_focus), and hands each binary's
// changed counters to its workers (--changed=FILE) for the frontier guidance.

#include "campaign.h"
#include "on_threads.h"
#include "runtime_command.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <memory>

namespace arcwise::campaign {

struct Campaign::ChangeAnalysis {
    std::optional<Changes> changes;
    QString error;
    std::vector<BinaryChanges> binaries;
};

void Campaign::read_changes(const QString& since, bool then_schedule) {
    // What the thread needs, copied: the binaries with their targets as the campaign has them.
    std::map<QString, std::vector<TargetInfo>> binaries;
    for (const auto& [id, t] : targets_)
        binaries[t.row.binary].push_back({t.row.name, t.row.kind, t.row.file, t.row.line});
    const QString project = options_.project;
    auto result = std::make_shared<ChangeAnalysis>();
    // At the start the slots wait for the analysis, so it takes every core (a change to a library
    // rebuilds every binary, and each graph is read anew); later (follow mode) the workers have
    // the cores, and one thread reads the binaries in turn.
    const int threads = then_schedule ? std::max(1, QThread::idealThreadCount()) : 1;
    const std::shared_ptr<std::atomic<bool>> cancel = change_cancel_;
    const int generation = ++change_generation_;
    Campaign* self = this; // its destructor waits for this thread
    QThread* thread = QThread::create([self, result, project, since, binaries, threads, cancel,
                                       generation, then_schedule] {
        QString error;
        result->changes = GitChanges::read(GitChanges::source_directory(project), since, &error);
        if (!result->changes) {
            result->error = error;
            return;
        }
        // The binaries of targets whose own test changed first: they are focused whatever
        // their graphs say.
        const auto test_changed = [&](const std::vector<TargetInfo>& targets) {
            return std::any_of(targets.begin(), targets.end(), [&](const TargetInfo& t) {
                return !t.file.isEmpty() &&
                       result->changes->file(QFileInfo(t.file).absoluteFilePath()) != nullptr;
            });
        };
        std::vector<std::pair<QString, std::vector<TargetInfo>>> todo;
        std::vector<std::pair<QString, std::vector<TargetInfo>>> rest;
        for (const auto& b : binaries)
            (test_changed(b.second) ? todo : rest).push_back(b);
        todo.insert(todo.end(), rest.begin(), rest.end());
        result->binaries.resize(todo.size());
        for_each_on_threads(
            todo.size(), threads,
            [&](size_t i) {
                result->binaries[i] =
                    analyze_binary(todo[i].first, *result->changes, todo[i].second,
                                   CfgModel::cache_dir(todo[i].first), cancel.get());
                if (!then_schedule)
                    return;
                // At the start the slots wait for the reading: each binary is looked at as
                // soon as it is read, so a target that reaches the change starts at once.
                QMetaObject::invokeMethod(
                    self,
                    [self, result, generation, b = result->binaries[i]] {
                        self->binary_read(*result->changes, b, generation);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    });
    change_readers_.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, generation, then_schedule] {
        change_readers_.erase(std::remove(change_readers_.begin(), change_readers_.end(), thread),
                              change_readers_.end());
        thread->deleteLater();
        if (generation == change_generation_) {
            apply_changes(*result, then_schedule);
        } else if (then_schedule && !stopping_) {
            reading_at_start_ = false;
            early_focus_.clear();
            for (auto& slot : slots_)
                schedule(*slot);
        }
    });
    thread->start();
}

void Campaign::wait_for_change_reading() {
    // A target that hangs under --cfg is ended, not waited for (up to a minute each).
    change_cancel_->store(true);
    for (QThread* t : change_readers_) {
        t->disconnect(this);
        t->wait();
        delete t;
    }
    change_readers_.clear();
    change_cancel_ = std::make_shared<std::atomic<bool>>(false);
    ++change_generation_; // what the dropped readings posted is not applied
}

void Campaign::binary_read(const Changes& changes, const BinaryChanges& b, int generation) {
    if (generation != change_generation_ || stopping_ || !running_ || !b.error.isEmpty())
        return;
    const bool any_known = any_target_known();
    bool focused = false;
    for (const auto& [id, t] : targets_) {
        if (t.row.binary != b.binary)
            continue;
        const TargetFocus f =
            target_focus(changes, &b, t.row.name, t.row.file, t.features, any_known && !t.known);
        if (!f.focused())
            continue;
        scheduler_->set_focus(id, kChangeFocusWeight);
        early_focus_.insert(id);
        focused = true;
    }
    if (!focused)
        return;
    store_binary_changes(b); // its workers start with its changed counters
    // A waiting slot for every focused target no slot has started on yet: the scheduler gives
    // a never-fuzzed target with the heaviest focus first. The other slots wait for the rest.
    for (auto& slot : slots_) {
        if (slot->target)
            continue;
        const bool fresh_focused =
            std::any_of(early_focus_.begin(), early_focus_.end(), [this](qint64 id) {
                const Target& t = targets_.at(id);
                return t.workers == 0 && t.fuzz_ms == 0;
            });
        if (!fresh_focused)
            break;
        schedule(*slot);
    }
}

bool Campaign::any_target_known() const {
    return std::any_of(targets_.begin(), targets_.end(),
                       [](const auto& entry) { return entry.second.known; });
}

bool Campaign::store_binary_changes(const BinaryChanges& b) {
    const auto old = binary_changes_.find(b.binary);
    const bool moved = old == binary_changes_.end() || old->second.counters != b.counters;
    const bool written = changed_counters_file_.count(b.binary) > 0;
    binary_changes_[b.binary] = b;
    if (!moved && (written || b.counters.empty()))
        return false; // its workers may be reading the file: it stays as it is
    changed_counters_file_.erase(b.binary);
    if (b.counters.empty())
        return moved;
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(b.binary.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString path =
        QDir(options_.project)
            .filePath(QStringLiteral(".arcwise/changes/") + name + QStringLiteral(".counters"));
    QString error;
    if (write_counters(path, b.counters, &error))
        changed_counters_file_[b.binary] = path;
    else
        Q_EMIT log(error);
    return moved;
}

void Campaign::apply_changes(const ChangeAnalysis& analysis, bool then_schedule) {
    if (then_schedule) {
        reading_at_start_ = false;
        early_focus_.clear();
    }
    auto schedule_all = [&] {
        if (then_schedule && !stopping_)
            for (auto& slot : slots_)
                schedule(*slot);
    };
    if (!analysis.changes) {
        Q_EMIT log(
            tr("cannot read what changed, so nothing is focused on: %1").arg(analysis.error));
        Q_EMIT changesRead(analysis.error);
        schedule_all();
        return;
    }
    changes_ = analysis.changes;
    std::set<QString> moved; // binaries whose changed counters are not what their workers have
    for (const BinaryChanges& b : analysis.binaries) {
        if (!b.error.isEmpty())
            Q_EMIT log(tr("the changed code in %1 is not known (no control-flow graph): %2")
                           .arg(b.binary, b.error));
        if (store_binary_changes(b))
            moved.insert(b.binary);
    }
    // The weights. A target the database did not hold before is new, unless the database held
    // none (a first campaign, a CI job without a stored corpus): then only git tells what is new.
    const bool any_known = any_target_known();
    int focused = 0;
    int resumed = 0;
    for (auto& [id, t] : targets_) {
        const auto b = binary_changes_.find(t.row.binary);
        const TargetFocus f =
            target_focus(*changes_, b == binary_changes_.end() ? nullptr : &b->second, t.row.name,
                         t.row.file, t.features, any_known && !t.known);
        focused += f.focused() ? 1 : 0;
        focus_[id] = f;
        scheduler_->set_focus(id, f.focused() ? kChangeFocusWeight : 1.0);
        // Rebuilt, but none of the changes reaches it (its graph was read): its stored estimate
        // still holds, so the first round need not probe it again.
        if (then_schedule && !f.focused() && b != binary_changes_.end() &&
            b->second.error.isEmpty() && resume_stored(t))
            ++resumed;
    }
    if (resumed > 0)
        Q_EMIT log(tr("%n rebuilt target(s) that no change reaches go on from their stored "
                      "estimates",
                      nullptr, resumed));
    int code_lines = 0;
    for (const auto& [path, b] : binary_changes_)
        code_lines += int(b.lines.size());
    Q_EMIT log(tr("changes since %1: %2 lines in %3 files, %4 lines of code in the fuzz binaries; "
                  "%5 of %6 targets focused on")
                   .arg(changes_->description)
                   .arg(changes_->line_count())
                   .arg(changes_->files.size())
                   .arg(code_lines)
                   .arg(focused)
                   .arg(targets_.size()));
    // Workers running with other changed counters start again with these (corpus kept).
    if (!then_schedule && options_.direct_changes) {
        for (const QString& binary : moved) {
            for (WorkerProcess* w : std::vector<WorkerProcess*>(idle_))
                if (w->binary() == binary) {
                    w->disconnect(this);
                    w->stop();
                    retire(w);
                }
            for (auto& slot : slots_) {
                if (!slot->worker || slot->worker->binary() != binary)
                    continue;
                end_slice(*slot);
                WorkerProcess* w = slot->worker;
                slot->worker = nullptr;
                w->disconnect(this);
                w->stop();
                retire(w);
                Slot* s = slot.get();
                QTimer::singleShot(0, this, [this, s] { schedule(*s); });
            }
        }
    }
    Q_EMIT changesRead({});
    schedule_all();
}

QStringList Campaign::worker_arguments(const QString& binary) const {
    const auto it = changed_counters_file_.find(binary);
    if (!options_.direct_changes || it == changed_counters_file_.end())
        return {};
    return {runtime_option(protocol::contract::kOptionChanged, it->second)};
}

void Campaign::refocus(const QString& since) {
    options_.focus_changes = true;
    read_changes(since, /*then_schedule=*/false);
}

std::optional<ChangeCoverage> Campaign::change_coverage() const {
    if (!changes_)
        return std::nullopt;
    std::vector<BinaryChanges> binaries;
    std::map<QString, std::unordered_set<uint32_t>> reached;
    for (const auto& [path, b] : binary_changes_) {
        binaries.push_back(b);
        auto& counters = reached[path];
        for (const auto& [id, t] : targets_)
            if (t.row.binary == path)
                for (uint32_t c : b.counters)
                    if (reaches_counter(t.features, c))
                        counters.insert(c);
    }
    return arcwise::campaign::change_coverage(*changes_, binaries, reached);
}

} // namespace arcwise::campaign
