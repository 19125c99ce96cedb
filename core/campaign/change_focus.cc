#include "change_focus.h"

#include "database.h"
#include "engine/features.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <deque>

namespace arcwise::campaign {

namespace {

struct ChangeFocusText {
    Q_DECLARE_TR_FUNCTIONS(ChangeFocus)
};

// The counters a block is known by: its own, else those of the counted blocks right behind it
// (through blocks without counters), else those right before it.
std::vector<uint32_t> block_counters(const CfgModel& m, int block) {
    const auto& blocks = m.blocks();
    if (blocks[size_t(block)].counter >= 0)
        return {uint32_t(blocks[size_t(block)].counter)};
    std::vector<uint32_t> out;
    for (bool forward : {true, false}) {
        std::set<int> seen{block};
        std::deque<int> queue{block};
        while (!queue.empty() && seen.size() < 256) {
            const CfgBlock& b = blocks[size_t(queue.front())];
            queue.pop_front();
            for (int next : forward ? b.successors : b.predecessors) {
                if (!seen.insert(next).second)
                    continue;
                if (blocks[size_t(next)].counter >= 0)
                    out.push_back(uint32_t(blocks[size_t(next)].counter));
                else
                    queue.push_back(next);
            }
        }
        if (!out.empty())
            break;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool same_file(const QString& a, const QString& b) {
    if (a == b)
        return true;
    // A relative path (as __FILE__ may give) matches the absolute one it ends.
    const bool a_abs = QDir::isAbsolutePath(a), b_abs = QDir::isAbsolutePath(b);
    if (a_abs == b_abs)
        return QDir::cleanPath(a) == QDir::cleanPath(b);
    const QString& full = a_abs ? a : b;
    const QString rel = QDir::cleanPath(a_abs ? b : a);
    return full.endsWith(QLatin1Char('/') + rel);
}

// The function a target's test is: the harness entry for a libFuzzer target, else the first
// function of the target's file at or after its line.
int target_function(const CfgModel& m, const TargetInfo& t) {
    if (t.kind == QLatin1String("libfuzzer"))
        return m.find_function(QStringLiteral("LLVMFuzzerTestOneInput"));
    int best = -1;
    for (size_t i = 0; i < m.functions().size(); ++i) {
        const CfgFunction& f = m.functions()[i];
        if (f.line < t.line || t.file.isEmpty() || !same_file(f.file, t.file))
            continue;
        if (best < 0 || f.line < m.functions()[size_t(best)].line)
            best = int(i);
    }
    return best;
}

} // namespace

QString TargetFocus::text() const {
    if (is_new)
        return ChangeFocusText::tr("new");
    if (test_changed)
        return ChangeFocusText::tr("test changed");
    if (reaches_changed)
        return ChangeFocusText::tr("changed");
    return {};
}

namespace {

// (changed file, line) -> the blocks standing for it, and per function whether it holds any.
struct LineBlocks {
    std::map<std::pair<QString, int>, std::vector<int>> blocks;
    std::vector<char> function_changed;
};

LineBlocks changed_line_blocks(const CfgModel& m, const Changes& changes) {
    LineBlocks out;
    const auto& blocks = m.blocks();
    out.function_changed.assign(m.functions().size(), 0);
    for (size_t fi = 0; fi < m.functions().size(); ++fi) {
        const CfgFunction& f = m.functions()[fi];
        std::map<QString, std::map<int, std::vector<int>>> by_file; // file -> line -> blocks
        for (int b : f.blocks)
            if (blocks[size_t(b)].line > 0 && !blocks[size_t(b)].file.isEmpty())
                by_file[blocks[size_t(b)].file][blocks[size_t(b)].line].push_back(b);
        for (const auto& [file, lines] : by_file) {
            const ChangedFile* changed = changes.file(QFileInfo(file).absoluteFilePath());
            if (!changed)
                continue;
            for (auto it = lines.begin(); it != lines.end(); ++it) {
                const auto next = std::next(it);
                const int last = next == lines.end() ? it->first : next->first - 1;
                for (int line = it->first; line <= last; ++line) {
                    if (!changed->contains(line))
                        continue;
                    auto& list = out.blocks[{changed->path, line}];
                    list.insert(list.end(), it->second.begin(), it->second.end());
                    out.function_changed[fi] = 1;
                }
            }
        }
    }
    return out;
}

} // namespace

CfgChangeMarks change_marks(const CfgModel& m, const Changes& changes) {
    CfgChangeMarks out;
    out.base = changes.base;
    out.description = changes.description;
    for (const auto& [where, list] : changed_line_blocks(m, changes).blocks)
        out.blocks.insert(list.begin(), list.end());
    std::set<QString> files;
    for (const CfgBlock& b : m.blocks())
        if (!b.file.isEmpty())
            files.insert(b.file);
    for (const QString& file : files) {
        const ChangedFile* changed = changes.file(QFileInfo(file).absoluteFilePath());
        if (!changed)
            continue;
        std::set<int>& lines = out.lines[file];
        for (const LineRange& r : changed->lines)
            for (int line = r.first; line <= r.last; ++line)
                lines.insert(line);
    }
    return out;
}

BinaryChanges map_changes(const CfgModel& m, const Changes& changes,
                          const std::vector<TargetInfo>& targets) {
    BinaryChanges out;
    const auto& blocks = m.blocks();
    LineBlocks found = changed_line_blocks(m, changes);
    const auto& line_blocks = found.blocks;
    const std::vector<char>& function_changed = found.function_changed;
    std::set<uint32_t> all;
    for (const auto& [where, list] : line_blocks) {
        ChangedLine line{where.first, where.second, {}};
        for (int b : list)
            for (uint32_t c : block_counters(m, b))
                line.counters.push_back(c);
        std::sort(line.counters.begin(), line.counters.end());
        line.counters.erase(std::unique(line.counters.begin(), line.counters.end()),
                            line.counters.end());
        all.insert(line.counters.begin(), line.counters.end());
        out.lines.push_back(std::move(line));
    }
    out.counters.assign(all.begin(), all.end());

    // Which functions reach a changed one through direct calls.
    const size_t n = m.functions().size();
    std::vector<std::vector<int>> callees(n);
    for (const CfgBlock& b : blocks)
        if (b.function >= 0)
            for (int c : b.callees)
                callees[size_t(b.function)].push_back(c);
    auto reaches_changed = [&](int from) {
        std::vector<char> seen(n, 0);
        std::deque<int> queue{from};
        seen[size_t(from)] = 1;
        while (!queue.empty()) {
            const int f = queue.front();
            queue.pop_front();
            if (function_changed[size_t(f)])
                return true;
            for (int c : callees[size_t(f)])
                if (c >= 0 && size_t(c) < n && !seen[size_t(c)]) {
                    seen[size_t(c)] = 1;
                    queue.push_back(c);
                }
        }
        return false;
    };
    for (const TargetInfo& t : targets) {
        const int f = target_function(m, t);
        const ChangedFile* source =
            t.file.isEmpty() ? nullptr : changes.file(QFileInfo(t.file).absoluteFilePath());
        out.reaches[t.name] = f >= 0 ? reaches_changed(f) : !out.lines.empty();
        out.test_changed[t.name] =
            source && (f >= 0 ? bool(function_changed[size_t(f)]) : source->contains(t.line));
    }
    return out;
}

BinaryChanges analyze_binary(const QString& binary, const Changes& changes,
                             const std::vector<TargetInfo>& targets, const QString& cache_dir,
                             const std::atomic<bool>* cancel) {
    QString error;
    const auto model = CfgModel::load(binary, &error, cache_dir, cancel);
    if (!model) {
        BinaryChanges out;
        out.binary = binary;
        out.error = error;
        return out;
    }
    BinaryChanges out = map_changes(*model, changes, targets);
    out.binary = binary;
    return out;
}

std::unordered_set<uint32_t> reached_counters(const std::unordered_set<uint32_t>& features) {
    std::unordered_set<uint32_t> out;
    for (uint32_t f : features)
        if (f < engine::kExtraFeatureBase)
            out.insert(f / 8);
    return out;
}

std::vector<const ChangedLine*> lines_reached(const BinaryChanges& b,
                                              const std::unordered_set<uint32_t>& counters) {
    std::vector<const ChangedLine*> out;
    for (const ChangedLine& line : b.lines)
        if (std::any_of(line.counters.begin(), line.counters.end(),
                        [&](uint32_t c) { return counters.count(c) > 0; }))
            out.push_back(&line);
    return out;
}

ChangeCoverage change_coverage(const Changes& changes, const std::vector<BinaryChanges>& binaries,
                               const std::map<QString, std::unordered_set<uint32_t>>& reached) {
    ChangeCoverage out;
    out.base = changes.base;
    out.head = changes.head;
    out.description = changes.description;
    // A line is code when a binary holds it, reached when a target of any binary reaches it.
    std::map<std::pair<QString, int>, bool> lines;
    for (const BinaryChanges& b : binaries) {
        static const std::unordered_set<uint32_t> none;
        const auto it = reached.find(b.binary);
        const auto& counters = it == reached.end() ? none : it->second;
        for (const ChangedLine& line : b.lines)
            lines[{line.file, line.line}] |=
                std::any_of(line.counters.begin(), line.counters.end(),
                            [&](uint32_t c) { return counters.count(c) > 0; });
    }
    for (const auto& [where, hit] : lines) {
        (hit ? out.reached : out.unreached).push_back({where.first, where.second, {}});
        ++out.lines_changed;
        out.lines_reached += hit ? 1 : 0;
    }
    return out;
}

bool reaches_counter(const std::unordered_set<uint32_t>& features, uint32_t counter) {
    for (uint32_t bucket = 0; bucket < 8; ++bucket)
        if (features.count(counter * 8u + bucket))
            return true;
    return false;
}

TargetFocus target_focus(const Changes& changes, const BinaryChanges* b, const QString& name,
                         const QString& file, const std::unordered_set<uint32_t>& features,
                         bool unknown) {
    TargetFocus f;
    if (b) {
        for (const ChangedLine& line : b->lines)
            if (std::any_of(line.counters.begin(), line.counters.end(),
                            [&](uint32_t c) { return reaches_counter(features, c); }))
                ++f.lines_reached;
        const auto r = b->reaches.find(name);
        f.reaches_changed = f.lines_reached > 0 || (r != b->reaches.end() && r->second);
        const auto tc = b->test_changed.find(name);
        f.test_changed = tc != b->test_changed.end() && tc->second;
    }
    const ChangedFile* source =
        file.isEmpty() ? nullptr : changes.file(QFileInfo(file).absoluteFilePath());
    f.is_new = unknown || (source && source->is_new);
    return f;
}

std::optional<std::map<qint64, TargetFocus>>
stored_focus(const QString& project, const QString& since, const std::vector<StoredTarget>& targets,
             QString* error, const std::atomic<bool>* cancel) {
    const auto changes = GitChanges::read(GitChanges::source_directory(project), since, error);
    if (!changes)
        return std::nullopt;
    std::map<QString, std::vector<const StoredTarget*>> by_binary;
    for (const StoredTarget& t : targets)
        by_binary[t.row.binary].push_back(&t);
    std::map<qint64, TargetFocus> out;
    for (const auto& [binary, stored] : by_binary) {
        if (cancel && cancel->load()) {
            *error = ChangeFocusText::tr("reading the changes was cancelled");
            return std::nullopt;
        }
        std::optional<BinaryChanges> b;
        if (QFileInfo::exists(binary)) {
            std::vector<TargetInfo> infos;
            for (const StoredTarget* t : stored)
                infos.push_back({t->row.name, t->row.kind, t->row.file, t->row.line});
            b = analyze_binary(binary, *changes, infos, CfgModel::cache_dir(binary), cancel);
            if (!b->error.isEmpty())
                b.reset(); // its graph cannot be read: nothing is known of it
        }
        for (const StoredTarget* t : stored)
            out[t->row.id] = target_focus(*changes, b ? &*b : nullptr, t->row.name, t->row.file,
                                          t->features, /*unknown=*/false);
    }
    return out;
}

std::optional<ChangeCoverage> stored_change_coverage(const QString& project, const QString& since,
                                                     Database& db, QString* error) {
    const auto changes = GitChanges::read(GitChanges::source_directory(project), since, error);
    if (!changes)
        return std::nullopt;
    std::map<QString, std::vector<TargetRow>> by_binary;
    for (const TargetRow& t : db.targets())
        by_binary[t.binary].push_back(t);
    std::vector<BinaryChanges> binaries;
    std::map<QString, std::unordered_set<uint32_t>> reached;
    for (const auto& [binary, targets] : by_binary) {
        if (!QFileInfo::exists(binary))
            continue;
        std::vector<TargetInfo> infos;
        for (const TargetRow& t : targets)
            infos.push_back({t.name, t.kind, t.file, t.line});
        binaries.push_back(analyze_binary(binary, *changes, infos, CfgModel::cache_dir(binary)));
        auto& counters = reached[binary];
        for (const TargetRow& t : targets)
            for (const CorpusRow& c : db.corpus(t.id))
                for (uint32_t f : c.features)
                    if (f < engine::kExtraFeatureBase)
                        counters.insert(f / 8);
    }
    return change_coverage(*changes, binaries, reached);
}

bool write_counters(const QString& path, const std::vector<uint32_t>& counters, QString* error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    QByteArray text;
    for (uint32_t c : counters)
        text += QByteArray::number(c) + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit()) {
        if (error)
            *error = ChangeFocusText::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace arcwise::campaign
