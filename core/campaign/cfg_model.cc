#include "cfg_model.h"

#include "child_process.h"
#include "engine/features.h"
#include "project.h"
#include "protocol/runtime_contract.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
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

// Per offset of one module, in order: "function\tfile\tline" of the outermost function, followed by
// "\tfile\tline" of every inlined frame, innermost first (the location in each frame's own code:
// where its instructions are, then where each enclosing function calls the inlined one).
bool symbolise(const QString& symbolizer, const QString& module,
               const std::vector<quint64>& offsets, std::vector<QString>& out, QString* error,
               const std::atomic<bool>* cancel) {
    QProcess p;
    p.start(symbolizer, {QStringLiteral("--obj=") + module, QStringLiteral("--inlines"),
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
    QElapsedTimer waited;
    waited.start();
    while (p.state() != QProcess::NotRunning && !p.waitForFinished(100)) {
        const bool cancelled = cancel && cancel->load();
        if (cancelled || waited.hasExpired(300000)) {
            p.kill();
            p.waitForFinished(5000);
            *error = cancelled
                         ? CfgModel::tr("reading the graph of %1 was cancelled").arg(module)
                         : CfgModel::tr("%1 did not finish symbolising %2").arg(symbolizer, module);
            return false;
        }
    }
    // Each address: per frame (innermost first) its function's line and "file:line:column",
    // then an empty line.
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    size_t n = 0;
    QString function;
    QString where;
    auto location = [](const QString& text) {
        QStringList parts = text.split(QLatin1Char(':'));
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
        return QLatin1Char('\t') + file + QLatin1Char('\t') + QString::number(line);
    };
    for (qsizetype i = 0; i < lines.size() && n < offsets.size();) {
        if (lines[i].isEmpty()) {
            if (!where.isEmpty()) {
                out.push_back(function + where);
                ++n;
                where.clear();
            }
            ++i;
            continue;
        }
        if (i + 1 >= lines.size())
            break;
        function = QString::fromUtf8(lines[i]); // the last frame's: the outermost
        where += location(QString::fromUtf8(lines[i + 1]));
        i += 2;
    }
    if (!where.isEmpty() && n < offsets.size()) {
        out.push_back(function + where);
        ++n;
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

QString find_llvm_tool(const char* tool) {
    for (const char* version : {"-19", "-18", "-17", "-16", ""}) {
        const QString path =
            QStandardPaths::findExecutable(QString::fromLatin1(tool) + QLatin1String(version));
        if (!path.isEmpty())
            return path;
    }
    const QString llvm = QStringLiteral("/usr/lib/llvm-19/bin/") + QString::fromLatin1(tool);
    return QFileInfo(llvm).isExecutable() ? llvm : QString();
}

// The source files of the module's compile units (DW_AT_name against DW_AT_comp_dir), from
// llvm-dwarfdump; empty when it is missing or the module has no debug info.
QStringList compile_units(const QString& module) {
    const QString dwarfdump = find_llvm_tool("llvm-dwarfdump");
    if (dwarfdump.isEmpty())
        return {};
    QProcess p;
    p.start(dwarfdump,
            {QStringLiteral("--debug-info"), QStringLiteral("--recurse-depth=0"), module});
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    QStringList units;
    QString name;
    QString dir;
    auto flush = [&] {
        if (!name.isEmpty())
            units << QDir::cleanPath(QDir(dir).absoluteFilePath(name));
        name.clear();
        dir.clear();
    };
    auto value = [](const QByteArray& line) {
        const qsizetype open = line.indexOf("(\"");
        const qsizetype close = line.lastIndexOf("\")");
        return open >= 0 && close > open ? QString::fromUtf8(line.mid(open + 2, close - open - 2))
                                         : QString();
    };
    for (const QByteArray& raw : p.readAllStandardOutput().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.contains("DW_TAG_compile_unit"))
            flush();
        else if (line.startsWith("DW_AT_name"))
            name = value(line);
        else if (line.startsWith("DW_AT_comp_dir"))
            dir = value(line);
    }
    flush();
    return units;
}

// The CMake source directory of a build tree holding `binary` (CMakeCache.txt in its directory
// or one above it), or empty.
QString cmake_home(const QString& binary) {
    QDir dir = QFileInfo(binary).absoluteDir();
    for (int up = 0; up < 8; ++up) {
        QFile cache(dir.filePath(QStringLiteral("CMakeCache.txt")));
        if (cache.open(QIODevice::ReadOnly)) {
            while (!cache.atEnd()) {
                const QByteArray line = cache.readLine().trimmed();
                if (line.startsWith("CMAKE_HOME_DIRECTORY:"))
                    return QDir::cleanPath(QString::fromUtf8(line.mid(line.indexOf('=') + 1)));
            }
            return {};
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

// Compiler, standard library and system headers, whatever the user's roots say.
bool is_toolchain_file(const QString& file) {
    for (const char* part : {"/include/c++/", "/lib/clang/", "/lib/gcc/", "/lib/llvm-"})
        if (file.contains(QLatin1String(part)))
            return true;
    return false;
}

bool is_system_file(const QString& file) {
    for (const char* prefix : {"/usr/", "/lib/", "/lib64/", "/opt/"})
        if (file.startsWith(QLatin1String(prefix)))
            return true;
    return is_toolchain_file(file);
}

// Arcwise's own code: its SDK headers wherever installed, and its source tree's core/ (the
// runtime, engine and SDK of an in-tree build).
bool is_arcwise_file(const QString& file) {
    if (file.contains(QLatin1String("/include/arcwise/")))
        return true;
#ifdef ARCWISE_SOURCE_DIR
    static const QString core = QStringLiteral(ARCWISE_SOURCE_DIR "/core/");
    if (file.startsWith(core))
        return true;
#endif
    return false;
}

bool is_source_file(const QString& file) {
    for (const char* ext : {".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".m", ".mm"})
        if (file.endsWith(QLatin1String(ext)))
            return true;
    return false;
}

bool under(const QString& file, const QString& dir) {
    return file.startsWith(dir) && (dir.endsWith(QLatin1Char('/')) || file.size() == dir.size() ||
                                    file.at(dir.size()) == QLatin1Char('/'));
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

QString CfgModel::cache_dir(const QString& binary) {
    return QFileInfo(binary).absoluteDir().filePath(QStringLiteral(".arcwise/cfg"));
}

std::optional<CfgModel> CfgModel::load(const QString& given, QString* error,
                                       const QString& cache_dir, const std::atomic<bool>* cancel) {
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
                                              QStringLiteral(".cfg2.json"));
        QFile f(cache_file);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject cached = QJsonDocument::fromJson(f.readAll()).object();
            std::vector<QString> symbols;
            for (const QJsonValue& v : cached.value(QStringLiteral("symbols")).toArray())
                symbols.push_back(v.toString());
            QStringList roots;
            for (const QJsonValue& v : cached.value(QStringLiteral("roots")).toArray())
                roots << v.toString();
            QString ignored;
            auto model = parse(QJsonDocument(cached.value(QStringLiteral("cfg")).toObject())
                                   .toJson(QJsonDocument::Compact),
                               symbols, &ignored, roots);
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
    spec.cancel = cancel;
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
    const QString symbolizer = find_llvm_tool("llvm-symbolizer");
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
        if (!symbolise(symbolizer, path, offsets, symbols, error, cancel))
            return std::nullopt;
    }
    // The user's code: the directories of the compile units that hold instrumented functions
    // (Arcwise's runtime is linked in uninstrumented), widened to the CMake source directory
    // that contains them.
    QStringList roots;
    {
        std::set<QString> defined; // files that define a function of the graph (outermost frame)
        for (const QString& sym : symbols) {
            const QStringList parts = sym.split(QLatin1Char('\t'));
            if (parts.size() >= 3)
                defined.insert(QDir::cleanPath(parts[parts.size() - 2]));
        }
        std::set<QString> dirs;
        for (const QJsonValue& mv : modules) {
            QString path = mv.toObject().value(QStringLiteral("path")).toString();
            if (QFileInfo(path).isRelative() || !QFileInfo::exists(path))
                path = binary;
            for (const QString& unit : compile_units(path))
                if (defined.count(unit) && !is_system_file(unit) && !is_arcwise_file(unit))
                    dirs.insert(QFileInfo(unit).absolutePath());
        }
        const QString home = cmake_home(binary);
        bool home_holds_them = false;
        for (const QString& d : dirs)
            home_holds_them = home_holds_them || (!home.isEmpty() && under(d, home));
        if (home_holds_them && !is_system_file(home + QLatin1Char('/')))
            roots << home;
        for (const QString& d : dirs)
            if (!home_holds_them || !under(d, home))
                roots << d;
    }
    auto model = parse(json, symbols, error, roots);
    if (model && !cache_file.isEmpty() && QDir().mkpath(cache_dir)) {
        QJsonArray list;
        for (const QString& sym : symbols)
            list.append(sym);
        QFile f(cache_file);
        // A cache that cannot be written costs time next time, nothing else.
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(
                        QJsonObject{{QStringLiteral("cfg"), QJsonDocument::fromJson(json).object()},
                                    {QStringLiteral("symbols"), list},
                                    {QStringLiteral("roots"), QJsonArray::fromStringList(roots)}})
                        .toJson(QJsonDocument::Compact));
    }
    return model;
}

std::optional<CfgModel> CfgModel::parse(const QByteArray& cfg_json,
                                        const std::vector<QString>& symbols, QString* error,
                                        const QStringList& user_roots) {
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
    model.frames_.resize(model.blocks_.size());
    for (CfgBlock& b : model.blocks_) {
        const QStringList parts = symbols[size_t(b.id)].split(QLatin1Char('\t'));
        const QString name = parts.value(0);
        auto& frames = model.frames_[size_t(b.id)];
        for (qsizetype i = 1; i + 1 < parts.size(); i += 2)
            frames.emplace_back(parts[i].isEmpty() ? QString() : QDir::cleanPath(parts[i]),
                                parts[i + 1].toInt());
        if (frames.empty())
            frames.emplace_back(QString(), 0);
        b.file = b.origin_file = frames.front().first;
        b.line = b.origin_line = frames.front().second;
        auto [it, added] = function_of.emplace(name, int(model.functions_.size()));
        if (added) {
            CfgFunction f;
            f.name = name;
            model.functions_.push_back(std::move(f));
        }
        b.function = it->second;
        CfgFunction& f = model.functions_[size_t(b.function)];
        if (b.entry)
            f.blocks.insert(f.blocks.begin(), b.id);
        else
            f.blocks.push_back(b.id);
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
    model.user_roots_ = user_roots;
    model.classify();
    model.read_sources();
    model.smallest_.assign(model.blocks_.size(), -1);
    model.apply_mode();
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

bool CfgModel::is_user_file(const QString& file) const {
    if (file.isEmpty() || is_toolchain_file(file) || is_arcwise_file(file))
        return false;
    if (user_roots_.isEmpty())
        return !is_system_file(file);
    for (const QString& root : user_roots_)
        if (under(file, root))
            return true;
    return false;
}

void CfgModel::classify() {
    if (user_roots_.isEmpty()) {
        // No debug info to go by: the directories of the functions defined in source files.
        std::set<QString> dirs;
        for (const auto& frames : frames_) {
            const QString& file = frames.back().first;
            if (is_source_file(file) && !is_system_file(file) && !is_arcwise_file(file))
                dirs.insert(QFileInfo(file).absolutePath());
        }
        for (const QString& d : dirs)
            user_roots_ << d;
    }
    // A binary without line information: nothing to tell the user's code by, so all of it is.
    bool located = false;
    for (const auto& frames : frames_)
        located = located || !frames.front().first.isEmpty();
    std::map<QString, bool> user_file;
    auto user = [&](const QString& file) {
        if (!located)
            return true;
        auto it = user_file.find(file);
        if (it == user_file.end())
            it = user_file.emplace(file, is_user_file(file)).first;
        return it->second;
    };
    for (CfgFunction& f : functions_) {
        f.file.clear();
        f.line = 0;
        // The function's own place: the outermost frame of its entry (else of its first block
        // with a line).
        for (int id : f.blocks) {
            const auto& outer = frames_[size_t(id)].back();
            if (!outer.first.isEmpty() && (f.file.isEmpty() || f.line == 0)) {
                f.file = outer.first;
                f.line = outer.second;
            }
            if (f.line > 0)
                break;
        }
        // The compiler's static initialisers of a user's file (_GLOBAL__sub_I_x.cc) are not code
        // the user wrote.
        f.user = user(f.file) && !f.name.startsWith(QLatin1String("_GLOBAL__sub_I_"));
        for (int id : f.blocks) {
            CfgBlock& b = blocks_[size_t(id)];
            const auto& frames = frames_[size_t(id)];
            b.code = f.user ? CfgCode::User : CfgCode::Library;
            b.located = b.origin_line > 0;
            if (!f.user)
                continue;
            // The innermost frame in the user's code, with a line.
            b.located = false;
            for (size_t i = 0; i < frames.size(); ++i) {
                if (frames[i].second > 0 && user(frames[i].first)) {
                    b.file = frames[i].first;
                    b.line = frames[i].second;
                    b.located = true;
                    b.code = i == 0 ? CfgCode::User : CfgCode::Inlined;
                    break;
                }
            }
            if (!b.located) {
                b.file = f.file;
                b.line = 0;
            }
        }
        // Compiler-generated cleanup: a block without a line that ends the function without
        // returning (a landing pad's resume), and the blocks without a line of their own (or of
        // inlined library code, destructors) that can only lead there.
        // (Without line information there is no telling.)
        bool changed = f.user && located;
        for (int id : f.blocks) {
            CfgBlock& b = blocks_[size_t(id)];
            if (changed && !b.entry && !b.located && b.successors.empty())
                b.code = CfgCode::Cleanup;
        }
        while (changed) {
            changed = false;
            for (int id : f.blocks) {
                CfgBlock& b = blocks_[size_t(id)];
                if (b.entry || b.code == CfgCode::Cleanup || b.successors.empty() ||
                    (b.located && b.code != CfgCode::Inlined))
                    continue;
                bool all = true;
                for (int s : b.successors)
                    all = all && blocks_[size_t(s)].code == CfgCode::Cleanup;
                if (all) {
                    b.code = CfgCode::Cleanup;
                    changed = true;
                }
            }
        }
        // Blocks without a line take the nearest located one of their function: the code before
        // them, else the code after them, else the function's own line.
        for (int id : f.blocks) {
            CfgBlock& b = blocks_[size_t(id)];
            if (b.line > 0)
                continue;
            int found = -1;
            for (const bool backwards : {true, false}) {
                std::set<int> seen{id};
                std::vector<int> level{id};
                while (found < 0 && !level.empty()) {
                    std::vector<int> next;
                    for (int x : level)
                        for (int y : backwards ? blocks_[size_t(x)].predecessors
                                               : blocks_[size_t(x)].successors) {
                            const CfgBlock& c = blocks_[size_t(y)];
                            if (c.function != b.function || !seen.insert(y).second)
                                continue;
                            if (c.located && c.line > 0 && (found < 0 || y < found))
                                found = y;
                            next.push_back(y);
                        }
                    level = std::move(next);
                }
                if (found >= 0)
                    break;
            }
            if (found >= 0) {
                b.file = blocks_[size_t(found)].file;
                b.line = blocks_[size_t(found)].line;
            } else {
                b.file = f.file;
                b.line = f.line;
            }
            b.located = false;
        }
    }
    // Folded: inlined library code at one user's line is one block, the first of it that the
    // function enters (the smallest id among those with a predecessor outside it).
    folded_as_.assign(blocks_.size(), -1);
    std::vector<int> group(blocks_.size(), -1);
    for (CfgBlock& b : blocks_) {
        if (b.code == CfgCode::User)
            folded_as_[size_t(b.id)] = b.id;
        if (b.code != CfgCode::Inlined || group[size_t(b.id)] >= 0)
            continue;
        std::vector<int> members{b.id};
        group[size_t(b.id)] = b.id;
        for (size_t i = 0; i < members.size(); ++i) {
            const CfgBlock& m = blocks_[size_t(members[i])];
            for (const auto* list : {&m.successors, &m.predecessors})
                for (int o : *list) {
                    const CfgBlock& c = blocks_[size_t(o)];
                    if (group[size_t(o)] < 0 && c.code == CfgCode::Inlined &&
                        c.function == b.function && c.line == b.line && c.file == b.file) {
                        group[size_t(o)] = b.id;
                        members.push_back(o);
                    }
                }
        }
        int first = -1;
        for (int m : members)
            for (int p : blocks_[size_t(m)].predecessors)
                if (group[size_t(p)] != b.id && (first < 0 || m < first))
                    first = m;
        if (first < 0)
            first = *std::min_element(members.begin(), members.end());
        for (int m : members)
            folded_as_[size_t(m)] = first;
    }
}

void CfgModel::read_sources() {
    std::map<QString, QStringList> read;
    auto lines_of = [&](const QString& file) -> const QStringList& {
        auto it = read.find(file);
        if (it != read.end())
            return it->second;
        QStringList lines;
        QFile f(file);
        // A source file is text of a reasonable size; anything else has no lines to show.
        if (!file.isEmpty() && f.size() <= (8 << 20) && f.open(QIODevice::ReadOnly))
            lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (QString& l : lines)
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        return read.emplace(file, std::move(lines)).first->second;
    };
    for (CfgBlock& b : blocks_) {
        const QStringList& lines = lines_of(b.file);
        b.text = b.line > 0 && b.line <= lines.size() ? lines[b.line - 1].trimmed() : QString();
        if (b.text.size() > 200)
            b.text = b.text.left(199) + QChar(0x2026);
    }
    sources_.clear();
    for (auto& [file, lines] : read)
        if (is_user_file(file))
            sources_.emplace(file, std::move(lines));
}

void CfgModel::set_all_code(bool all) {
    all_code_ = all;
    apply_mode();
}

void CfgModel::apply_mode() {
    for (CfgBlock& b : blocks_)
        b.shown_as = all_code_ ? b.id : folded_as_[size_t(b.id)];
    for (CfgFunction& f : functions_)
        f.shown = all_code_ || f.user;
    count_covered();
    rank_frontier();
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
    count_covered();
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
}

void CfgModel::count_covered() {
    for (CfgFunction& f : functions_) {
        f.covered = 0;
        f.total = 0;
        for (int id : f.blocks) {
            const CfgBlock& b = blocks_[size_t(id)];
            // A function not shown still counts all its blocks (a view listing it anyway).
            if (f.shown && b.shown_as != id)
                continue;
            ++f.total;
            f.covered += b.hits > 0;
        }
    }
}

void CfgModel::rank_frontier() {
    std::vector<char> entered(functions_.size(), 0);
    for (const CfgBlock& b : blocks_)
        if (b.hits > 0)
            entered[size_t(b.function)] = 1;
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
        // Only arcs a view draws: between two different shown blocks.
        if (from.shown_as < 0 || to.shown_as < 0 || from.shown_as == to.shown_as)
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
    // they call that were never entered; counted as the shown blocks they are (a folded piece
    // of inlined library code once; cleanup and library functions not at all when folded).
    std::vector<int> ranked;
    for (size_t i = 0; i < arcs_.size(); ++i) {
        CfgArc& a = arcs_[i];
        if (!a.under_explored)
            continue;
        std::set<int> seen;
        std::set<int> shown;
        std::set<int> functions;
        std::vector<int> todo;
        auto visit_block = [&](int b) {
            if (blocks_[size_t(b)].hits == 0 && seen.insert(b).second) {
                todo.push_back(b);
                if (blocks_[size_t(b)].shown_as >= 0)
                    shown.insert(blocks_[size_t(b)].shown_as);
            }
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
                if (!entered[size_t(f)] && functions.insert(f).second)
                    for (int fb : functions_[size_t(f)].blocks)
                        visit_block(fb);
        }
        a.unreached = qint64(shown.size()) + (a.frontier ? 0 : 1);
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

std::vector<int> CfgModel::visible_blocks(int function) const {
    std::vector<int> out;
    if (function < 0 || size_t(function) >= functions_.size())
        return out;
    for (int id : functions_[size_t(function)].blocks)
        if (blocks_[size_t(id)].shown_as == id)
            out.push_back(id);
    return out;
}

std::vector<int> CfgModel::visible_arcs(int function) const {
    std::vector<int> out;
    if (function < 0 || size_t(function) >= functions_.size())
        return out;
    std::map<std::pair<int, int>, size_t> slot; // shown ends -> index in out
    auto better = [this](int x, int y) {        // arc x is the one to draw rather than y
        const CfgArc& a = arcs_[size_t(x)];
        const CfgArc& b = arcs_[size_t(y)];
        if (a.under_explored != b.under_explored)
            return a.under_explored;
        if (a.under_explored && a.rank != b.rank)
            return a.rank < b.rank;
        return a.hits > b.hits;
    };
    for (int i : functions_[size_t(function)].arcs) {
        const CfgArc& a = arcs_[size_t(i)];
        const int from = blocks_[size_t(a.from)].shown_as;
        const int to = blocks_[size_t(a.to)].shown_as;
        // Inside a folded block: not drawn; a block's loop onto itself is.
        if (from < 0 || to < 0 || (from == to && !(a.from == a.to && a.from == from)))
            continue;
        const auto [it, added] = slot.emplace(std::make_pair(from, to), out.size());
        if (added)
            out.push_back(i);
        else if (better(i, out[it->second]))
            out[it->second] = i;
    }
    return out;
}

namespace {

QString code_name(CfgCode code) {
    switch (code) {
    case CfgCode::User:
        return QStringLiteral("user");
    case CfgCode::Inlined:
        return QStringLiteral("inlined");
    case CfgCode::Cleanup:
        return QStringLiteral("cleanup");
    case CfgCode::Library:
        return QStringLiteral("library");
    }
    return {};
}

} // namespace

QByteArray CfgModel::to_json(const QString& function) const {
    QJsonArray functions;
    for (size_t fi = 0; fi < functions_.size(); ++fi) {
        const CfgFunction& f = functions_[fi];
        if (!f.shown || (!function.isEmpty() && !names(f, function)))
            continue;
        QJsonArray blocks, arcs, calls;
        std::set<std::pair<int, int>> called;
        for (int id : f.blocks) {
            const CfgBlock& b = blocks_[size_t(id)];
            if (b.shown_as < 0)
                continue;
            for (int callee : b.callees)
                if (functions_[size_t(callee)].shown && called.insert({b.shown_as, callee}).second)
                    calls.append(
                        QJsonObject{{QStringLiteral("from"), b.shown_as},
                                    {QStringLiteral("callee"), functions_[size_t(callee)].name}});
            if (b.shown_as != id)
                continue;
            blocks.append(QJsonObject{{QStringLiteral("id"), b.id},
                                      {QStringLiteral("file"), b.file},
                                      {QStringLiteral("line"), b.line},
                                      {QStringLiteral("text"), b.text},
                                      {QStringLiteral("code"), code_name(b.code)},
                                      {QStringLiteral("hits"), b.hits},
                                      {QStringLiteral("counter"), b.counter},
                                      {QStringLiteral("entry"), b.entry}});
        }
        for (int i : visible_arcs(int(fi))) {
            const CfgArc& a = arcs_[size_t(i)];
            QJsonObject o{{QStringLiteral("from"), blocks_[size_t(a.from)].shown_as},
                          {QStringLiteral("to"), blocks_[size_t(a.to)].shown_as},
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
                                     {QStringLiteral("user"), f.user},
                                     {QStringLiteral("covered"), f.covered},
                                     {QStringLiteral("total"), f.total},
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
    for (size_t fi = 0; fi < functions_.size(); ++fi) {
        const CfgFunction& f = functions_[fi];
        if (!f.shown || (!function.isEmpty() && !names(f, function)))
            continue;
        out += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n")
                   .arg(cluster++)
                   .arg(dot_quote(f.name));
        for (int id : visible_blocks(int(fi))) {
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
        for (int i : visible_arcs(int(fi))) {
            const CfgArc& a = arcs_[size_t(i)];
            out += QStringLiteral("    b%1 -> b%2")
                       .arg(blocks_[size_t(a.from)].shown_as)
                       .arg(blocks_[size_t(a.to)].shown_as);
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
