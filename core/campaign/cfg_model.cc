#include "cfg_model.h"

#include "child_process.h"
#include "engine/features.h"
#include "project.h"
#include "protocol/runtime_contract.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace arcwise::campaign {

namespace {

// The graph of a large program is tens of MiB of JSON; past this it is not a graph to draw.
constexpr qint64 kMaxCfgBytes = 512ll << 20;

QString find_symbolizer() {
    for (const char* name : {"llvm-symbolizer-19", "llvm-symbolizer-18", "llvm-symbolizer-17",
                             "llvm-symbolizer-16", "llvm-symbolizer"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    const QString llvm = QStringLiteral("/usr/lib/llvm-19/bin/llvm-symbolizer");
    return QFileInfo(llvm).isExecutable() ? llvm : QString();
}

// "function\tfile\tline" for each offset of one module, in order.
bool symbolise(const QString& symbolizer, const QString& module,
               const std::vector<quint64>& offsets, std::vector<QString>& out, QString* error) {
    QProcess p;
    p.start(symbolizer, {QStringLiteral("--obj=") + module, QStringLiteral("--no-inlines"),
                         QStringLiteral("--functions=linkage"), QStringLiteral("--demangle")});
    if (!p.waitForStarted(10000)) {
        *error = CfgModel::tr("cannot run %1: %2").arg(symbolizer, p.errorString());
        return false;
    }
    QByteArray input;
    for (quint64 o : offsets)
        input += "0x" + QByteArray::number(o, 16) + '\n';
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        *error = CfgModel::tr("%1 did not finish symbolising %2").arg(symbolizer, module);
        return false;
    }
    // Each address: the function's line, "file:line:column", then an empty line.
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    size_t n = 0;
    for (qsizetype i = 0; i + 1 < lines.size() && n < offsets.size();) {
        if (lines[i].isEmpty()) {
            ++i;
            continue;
        }
        const QString function = QString::fromUtf8(lines[i]);
        const QString where = QString::fromUtf8(lines[i + 1]);
        QStringList parts = where.split(QLatin1Char(':'));
        QString file;
        int line = 0;
        if (parts.size() >= 3) {
            line = parts[parts.size() - 2].toInt();
            parts.removeLast();
            parts.removeLast();
            file = parts.join(QLatin1Char(':'));
        }
        if (file == QLatin1String("??"))
            file.clear();
        out.push_back(function + QLatin1Char('\t') + file + QLatin1Char('\t') +
                      QString::number(line));
        ++n;
        i += 2;
    }
    if (n != offsets.size()) {
        *error = CfgModel::tr("%1 gave %2 locations for %3 blocks of %4")
                     .arg(symbolizer)
                     .arg(n)
                     .arg(offsets.size())
                     .arg(module);
        return false;
    }
    return true;
}

// Colour of a block by hits, on a log scale (viridis-like, colour-blind safe); grey: never.
QString hit_colour(qint64 hits, qint64 max_hits) {
    if (hits <= 0)
        return QStringLiteral("#d9d9d9");
    static const char* kScale[] = {"#fde725", "#b5de2b", "#6ece58", "#35b779",
                                   "#1f9e89", "#26828e", "#31688e", "#3e4989"};
    const double t = max_hits > 1 ? std::log(double(hits)) / std::log(double(max_hits)) : 1.0;
    return QString::fromLatin1(kScale[std::clamp(int(t * 7.999), 0, 7)]);
}

// Whether `name` names the function: its whole name, or (a demangled name) without parameters.
bool names(const CfgFunction& f, const QString& name) {
    return f.name == name || f.name.section(QLatin1Char('('), 0, 0) == name;
}

QString dot_quote(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

std::optional<CfgModel> CfgModel::load(const QString& given, QString* error,
                                       const QString& cache_dir) {
    const QString binary = QFileInfo(given).absoluteFilePath();
    QString cache_file;
    if (!cache_dir.isEmpty()) {
        const QFileInfo info(binary);
        QString build = Project::read_build_id(binary);
        if (build.isEmpty())
            build = QStringLiteral("%1-%2")
                        .arg(info.size())
                        .arg(info.lastModified().toMSecsSinceEpoch());
        cache_file = QDir(cache_dir).filePath(info.fileName() + QLatin1Char('-') + build +
                                              QStringLiteral(".cfg.json"));
        QFile f(cache_file);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject cached = QJsonDocument::fromJson(f.readAll()).object();
            std::vector<QString> symbols;
            for (const QJsonValue& v : cached.value(QStringLiteral("symbols")).toArray())
                symbols.push_back(v.toString());
            QString ignored;
            auto model = parse(QJsonDocument(cached.value(QStringLiteral("cfg")).toObject())
                                   .toJson(QJsonDocument::Compact),
                               symbols, &ignored);
            if (model)
                return model; // else: built again below
        }
    }
    ChildSpec spec;
    spec.program = binary;
    spec.arguments = {QString::fromLatin1(protocol::contract::kModeCfg)};
    spec.timeout_ms = 60000;
    spec.max_capture_bytes = kMaxCfgBytes;
    spec.kept_lines = 20;
    const ChildRun run = run_child(spec);
    if (!run.exit.exited(0)) {
        const QString said = run.stderr_lines.join(QLatin1Char('\n')).trimmed();
        *error = run.exit.how == ChildExit::How::FailedToStart
                     ? run.exit.error
                     : tr("%1 --cfg failed (%2)%3")
                           .arg(binary, run.exit.describe(),
                                said.isEmpty() ? QString() : QStringLiteral(": ") + said);
        return std::nullopt;
    }
    const QByteArray& json = run.stdout_bytes;
    const QJsonArray modules =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("modules")).toArray();
    const QString symbolizer = find_symbolizer();
    if (symbolizer.isEmpty()) {
        *error = tr("llvm-symbolizer is not installed (Debian: llvm-19)");
        return std::nullopt;
    }
    std::vector<QString> symbols;
    for (const QJsonValue& mv : modules) {
        const QJsonObject m = mv.toObject();
        QString path = m.value(QStringLiteral("path")).toString();
        if (QFileInfo(path).isRelative())
            path = QDir(QFileInfo(binary).absolutePath()).absoluteFilePath(path);
        if (!QFileInfo::exists(path))
            path = binary;
        std::vector<quint64> offsets;
        for (const QJsonValue& b : m.value(QStringLiteral("blocks")).toArray())
            offsets.push_back(quint64(b.toArray()[0].toInteger()));
        if (!symbolise(symbolizer, path, offsets, symbols, error))
            return std::nullopt;
    }
    auto model = parse(json, symbols, error);
    if (model && !cache_file.isEmpty() && QDir().mkpath(cache_dir)) {
        QJsonArray list;
        for (const QString& sym : symbols)
            list.append(sym);
        QFile f(cache_file);
        // A cache that cannot be written costs time next time, nothing else.
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(
                        QJsonObject{{QStringLiteral("cfg"), QJsonDocument::fromJson(json).object()},
                                    {QStringLiteral("symbols"), list}})
                        .toJson(QJsonDocument::Compact));
    }
    return model;
}

std::optional<CfgModel> CfgModel::parse(const QByteArray& cfg_json,
                                        const std::vector<QString>& symbols, QString* error) {
    QJsonParseError parse_error{};
    const QJsonDocument doc = QJsonDocument::fromJson(cfg_json, &parse_error);
    if (doc.isNull() || doc.object().value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("not a control-flow graph (version 1): %1").arg(parse_error.errorString());
        return std::nullopt;
    }
    CfgModel model;
    std::unordered_map<qint64, int> block_of_counter;
    std::vector<std::pair<int, qint64>> calls; // block, callee counter
    std::set<std::pair<int, int>> arc_set;
    for (const QJsonValue& mv : doc.object().value(QStringLiteral("modules")).toArray()) {
        const QJsonObject m = mv.toObject();
        const int base = int(model.blocks_.size());
        const qint64 first_counter = m.value(QStringLiteral("first_counter")).toInteger();
        const int counted = m.value(QStringLiteral("counted")).toInt();
        const QJsonArray blocks = m.value(QStringLiteral("blocks")).toArray();
        for (int i = 0; i < blocks.size(); ++i) {
            CfgBlock b;
            b.id = base + i;
            b.offset = quint64(blocks[i].toArray()[0].toInteger());
            b.entry = blocks[i].toArray()[1].toInt() != 0;
            if (i < counted) {
                b.counter = first_counter + i;
                block_of_counter[b.counter] = b.id;
            }
            model.blocks_.push_back(std::move(b));
        }
        for (const QJsonValue& a : m.value(QStringLiteral("arcs")).toArray()) {
            const int from = base + a.toArray()[0].toInt(), to = base + a.toArray()[1].toInt();
            if (from < base || to < base || from >= base + blocks.size() ||
                to >= base + blocks.size()) {
                *error = tr("an arc between unknown blocks (%1 -> %2)").arg(from).arg(to);
                return std::nullopt;
            }
            arc_set.insert({from, to});
        }
        for (const QJsonValue& c : m.value(QStringLiteral("calls")).toArray())
            calls.push_back({base + c.toArray()[0].toInt(), c.toArray()[1].toInteger()});
    }
    if (symbols.size() != model.blocks_.size()) {
        *error = tr("%1 locations for %2 blocks").arg(symbols.size()).arg(model.blocks_.size());
        return std::nullopt;
    }
    // Functions by symbol (the outermost function: inlined code belongs to its caller's graph).
    std::map<QString, int> function_of;
    for (CfgBlock& b : model.blocks_) {
        const QStringList parts = symbols[size_t(b.id)].split(QLatin1Char('\t'));
        const QString name = parts.value(0);
        b.file = parts.value(1);
        b.line = parts.value(2).toInt();
        auto [it, added] = function_of.emplace(name, int(model.functions_.size()));
        if (added) {
            CfgFunction f;
            f.name = name;
            model.functions_.push_back(std::move(f));
        }
        b.function = it->second;
        CfgFunction& f = model.functions_[size_t(b.function)];
        if (b.entry) {
            f.blocks.insert(f.blocks.begin(), b.id);
            f.file = b.file;
            f.line = b.line;
        } else {
            f.blocks.push_back(b.id);
        }
    }
    for (CfgFunction& f : model.functions_)
        if (f.file.isEmpty() && !f.blocks.empty()) {
            f.file = model.blocks_[size_t(f.blocks.front())].file;
            f.line = model.blocks_[size_t(f.blocks.front())].line;
        }
    for (const auto& [from, to] : arc_set) {
        model.blocks_[size_t(from)].successors.push_back(to);
        model.blocks_[size_t(to)].predecessors.push_back(from);
        CfgArc arc;
        arc.from = from;
        arc.to = to;
        const int f = model.blocks_[size_t(from)].function;
        if (f == model.blocks_[size_t(to)].function)
            model.functions_[size_t(f)].arcs.push_back(int(model.arcs_.size()));
        model.arcs_.push_back(arc);
    }
    for (const auto& [block, counter] : calls) {
        CfgBlock& b = model.blocks_[size_t(block)];
        if (counter == -1) {
            b.indirect_call = true;
            continue;
        }
        const auto it = block_of_counter.find(counter);
        if (it == block_of_counter.end())
            continue;
        const int callee = model.blocks_[size_t(it->second)].function;
        if (std::find(b.callees.begin(), b.callees.end(), callee) == b.callees.end())
            b.callees.push_back(callee);
    }
    model.smallest_.assign(model.blocks_.size(), -1);
    model.rank_frontier();
    return model;
}

int CfgModel::find_function(const QString& name) const {
    for (size_t i = 0; i < functions_.size(); ++i)
        if (functions_[i].name == name)
            return int(i);
    for (size_t i = 0; i < functions_.size(); ++i)
        if (names(functions_[i], name))
            return int(i);
    return -1;
}

void CfgModel::set_coverage(const std::vector<CorpusRow>& corpus) {
    std::unordered_map<qint64, int> block_of_counter;
    for (const CfgBlock& b : blocks_)
        if (b.counter >= 0)
            block_of_counter[b.counter] = b.id;
    for (CfgBlock& b : blocks_)
        b.hits = 0;
    smallest_.assign(blocks_.size(), -1);
    std::vector<qint64> smallest_size(blocks_.size(), -1);
    for (const CorpusRow& row : corpus) {
        std::set<int> reached; // a counter has one feature per input: count inputs once
        for (uint32_t feature : row.features) {
            if (feature >= engine::kExtraFeatureBase)
                continue;
            const auto it = block_of_counter.find(qint64(feature / 8));
            if (it != block_of_counter.end())
                reached.insert(it->second);
        }
        for (int b : reached) {
            ++blocks_[size_t(b)].hits;
            if (smallest_size[size_t(b)] < 0 || row.input.size() < smallest_size[size_t(b)]) {
                smallest_size[size_t(b)] = row.input.size();
                smallest_[size_t(b)] = row.id;
            }
        }
    }
    corpus_size_ = qint64(corpus.size());
    infer_uncounted();
    rank_frontier();
}

void CfgModel::infer_uncounted() {
    // A block without a counter is reached as often as what forces it: the lone successor of a
    // reached block, or the lone predecessor of one. Repeated until nothing changes.
    for (int round = 0; round < 16; ++round) {
        bool changed = false;
        for (CfgBlock& b : blocks_) {
            if (b.counter >= 0)
                continue;
            qint64 hits = 0;
            qint64 into = 0;
            int forced_by = -1; // a reached block that implies this one: its smallest input
            for (int p : b.predecessors)
                if (blocks_[size_t(p)].successors.size() == 1 && blocks_[size_t(p)].hits > 0) {
                    into += blocks_[size_t(p)].hits;
                    forced_by = p;
                }
            // Hits count inputs: paths into a join are not exclusive when inputs loop, so the
            // sum is capped by the inputs there are.
            hits = std::max(hits, std::min(into, corpus_size_));
            auto take = [&](int other) {
                if (blocks_[size_t(other)].hits > hits) {
                    hits = blocks_[size_t(other)].hits;
                    forced_by = other;
                }
            };
            for (int s : b.successors)
                if (blocks_[size_t(s)].predecessors.size() == 1 || b.entry)
                    take(s);
            if (hits > b.hits) {
                b.hits = hits;
                if (forced_by >= 0 && smallest_[size_t(b.id)] < 0)
                    smallest_[size_t(b.id)] = smallest_[size_t(forced_by)];
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    for (CfgFunction& f : functions_) {
        f.covered = 0;
        for (int b : f.blocks)
            f.covered += blocks_[size_t(b)].hits > 0;
    }
}

void CfgModel::rank_frontier() {
    for (CfgArc& a : arcs_) {
        const CfgBlock& from = blocks_[size_t(a.from)];
        const CfgBlock& to = blocks_[size_t(a.to)];
        if (to.predecessors.size() == 1)
            a.hits = to.hits;
        else if (from.successors.size() == 1)
            a.hits = from.hits;
        else
            a.hits = std::min(from.hits, to.hits);
        a.under_explored = false;
        a.frontier = false;
        a.rank = 0;
        a.unreached = 0;
        if (from.hits <= 0)
            continue;
        if (to.hits == 0) {
            a.under_explored = a.frontier = true;
        } else if (from.successors.size() >= 2) {
            // Reached far more rarely than a sibling: a branch the fuzzer barely gets through.
            qint64 sibling = 0;
            for (int s : from.successors)
                if (s != a.to)
                    sibling = std::max(sibling, blocks_[size_t(s)].hits);
            a.under_explored = to.hits <= 2 && sibling >= 16 * to.hits;
        }
    }
    // What stays unreached behind each under-explored arc: the never-reached blocks reachable
    // from its destination without passing a reached block, and every block of the functions
    // they call that were never entered.
    std::vector<int> ranked;
    for (size_t i = 0; i < arcs_.size(); ++i) {
        CfgArc& a = arcs_[i];
        if (!a.under_explored)
            continue;
        std::set<int> seen;
        std::set<int> functions;
        std::vector<int> todo;
        auto visit_block = [&](int b) {
            if (blocks_[size_t(b)].hits == 0 && seen.insert(b).second)
                todo.push_back(b);
        };
        if (a.frontier)
            visit_block(a.to);
        else
            for (int s : blocks_[size_t(a.to)].successors)
                visit_block(s);
        while (!todo.empty()) {
            const int b = todo.back();
            todo.pop_back();
            for (int s : blocks_[size_t(b)].successors)
                visit_block(s);
            for (int f : blocks_[size_t(b)].callees)
                if (functions_[size_t(f)].covered == 0 && functions.insert(f).second)
                    for (int fb : functions_[size_t(f)].blocks)
                        visit_block(fb);
        }
        a.unreached = qint64(seen.size()) + (a.frontier ? 0 : 1);
        ranked.push_back(int(i));
    }
    std::sort(ranked.begin(), ranked.end(), [this](int x, int y) {
        const CfgArc& a = arcs_[size_t(x)];
        const CfgArc& b = arcs_[size_t(y)];
        if (a.unreached != b.unreached)
            return a.unreached > b.unreached;
        if (a.frontier != b.frontier)
            return a.frontier;
        return x < y;
    });
    for (CfgFunction& f : functions_)
        f.best_rank = 0;
    for (size_t r = 0; r < ranked.size(); ++r) {
        CfgArc& a = arcs_[size_t(ranked[r])];
        a.rank = int(r) + 1;
        CfgFunction& f = functions_[size_t(blocks_[size_t(a.from)].function)];
        if (f.best_rank == 0 || a.rank < f.best_rank)
            f.best_rank = a.rank;
    }
}

std::vector<int> CfgModel::ranked_arcs() const {
    std::vector<int> out;
    for (size_t i = 0; i < arcs_.size(); ++i)
        if (arcs_[i].under_explored)
            out.push_back(int(i));
    std::sort(out.begin(), out.end(),
              [this](int a, int b) { return arcs_[size_t(a)].rank < arcs_[size_t(b)].rank; });
    return out;
}

qint64 CfgModel::smallest_input(int block) const {
    return block >= 0 && size_t(block) < smallest_.size() ? smallest_[size_t(block)] : -1;
}

QByteArray CfgModel::to_json(const QString& function) const {
    QJsonArray functions;
    for (const CfgFunction& f : functions_) {
        if (!function.isEmpty() && !names(f, function))
            continue;
        QJsonArray blocks, arcs, calls;
        for (int id : f.blocks) {
            const CfgBlock& b = blocks_[size_t(id)];
            blocks.append(QJsonObject{{QStringLiteral("id"), b.id},
                                      {QStringLiteral("file"), b.file},
                                      {QStringLiteral("line"), b.line},
                                      {QStringLiteral("hits"), b.hits},
                                      {QStringLiteral("counter"), b.counter},
                                      {QStringLiteral("entry"), b.entry}});
            for (int callee : b.callees)
                calls.append(
                    QJsonObject{{QStringLiteral("from"), b.id},
                                {QStringLiteral("callee"), functions_[size_t(callee)].name}});
        }
        for (int i : f.arcs) {
            const CfgArc& a = arcs_[size_t(i)];
            QJsonObject o{{QStringLiteral("from"), a.from},
                          {QStringLiteral("to"), a.to},
                          {QStringLiteral("hits"), a.hits},
                          {QStringLiteral("under_explored"), a.under_explored},
                          {QStringLiteral("rank"), a.rank}};
            if (a.under_explored) {
                o.insert(QStringLiteral("unreached"), a.unreached);
                o.insert(QStringLiteral("frontier"), a.frontier);
            }
            arcs.append(o);
        }
        functions.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("file"), f.file},
                                     {QStringLiteral("line"), f.line},
                                     {QStringLiteral("covered"), f.covered},
                                     {QStringLiteral("total"), int(f.blocks.size())},
                                     {QStringLiteral("best_rank"), f.best_rank},
                                     {QStringLiteral("blocks"), blocks},
                                     {QStringLiteral("arcs"), arcs},
                                     {QStringLiteral("calls"), calls}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("functions"), functions}}).toJson();
}

QByteArray CfgModel::to_dot(const QString& function) const {
    qint64 max_hits = 1;
    for (const CfgBlock& b : blocks_)
        max_hits = std::max(max_hits, b.hits);
    QString out = QStringLiteral("digraph cfg {\n  node [shape=box, style=filled, "
                                 "fontname=\"monospace\", fontsize=10];\n");
    int cluster = 0;
    for (const CfgFunction& f : functions_) {
        if (!function.isEmpty() && !names(f, function))
            continue;
        out += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n")
                   .arg(cluster++)
                   .arg(dot_quote(f.name));
        for (int id : f.blocks) {
            const CfgBlock& b = blocks_[size_t(id)];
            const QString label = QStringLiteral("%1:%2\\nhits %3")
                                      .arg(QFileInfo(b.file).fileName())
                                      .arg(b.line)
                                      .arg(b.hits);
            const QString fill = hit_colour(b.hits, max_hits);
            // The darker half of the scale takes white text.
            const bool dark = fill == QLatin1String("#1f9e89") ||
                              fill == QLatin1String("#26828e") ||
                              fill == QLatin1String("#31688e") || fill == QLatin1String("#3e4989");
            out += QStringLiteral("    b%1 [label=\"%2\", fillcolor=\"%3\"%4%5];\n")
                       .arg(b.id)
                       .arg(label, fill,
                            b.hits == 0 ? QStringLiteral(", style=\"filled,dashed\"") : QString(),
                            dark ? QStringLiteral(", fontcolor=white") : QString());
        }
        for (int i : f.arcs) {
            const CfgArc& a = arcs_[size_t(i)];
            out += QStringLiteral("    b%1 -> b%2").arg(a.from).arg(a.to);
            if (a.under_explored)
                out +=
                    QStringLiteral(" [color=\"#d55e00\", penwidth=2.5, label=\"#%1\"]").arg(a.rank);
            out += QStringLiteral(";\n");
        }
        out += QStringLiteral("  }\n");
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

} // namespace arcwise::campaign
