// Coverage per line, file and function of a CfgModel (llvm-cov's report in the model's terms),
// for one target and for the union of several: what the source coverage view and the campaign
// report show. The model itself (graph, symbols, ranking) is cfg_model.cc.

#include "cfg_model.h"

#include <QFile>
#include <map>
#include <set>

namespace arcwise::campaign {

QStringList CfgModel::files() const {
    std::set<QString> files;
    for (const CfgBlock& b : blocks_)
        if (b.shown_as >= 0 && b.located && !b.file.isEmpty() &&
            (all_code_ || is_user_file(b.file)))
            files.insert(b.file);
    return QStringList(files.begin(), files.end());
}

QStringList CfgModel::source_lines(const QString& file) const {
    const auto it = sources_.find(file);
    if (it != sources_.end())
        return it->second;
    // Not the user's: read now (all-code views of library headers).
    QFile f(file);
    if (f.size() > (8 << 20) || !f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    return lines;
}

std::vector<CfgLineHits> CfgModel::line_hits(const QString& file) const {
    std::map<int, CfgLineHits> lines;
    for (const CfgBlock& b : blocks_) {
        if (b.shown_as < 0 || !b.located || b.line <= 0 || b.file != file)
            continue;
        CfgLineHits& l = lines[b.line];
        l.line = b.line;
        if (l.block < 0 || b.hits > l.hits) {
            l.hits = b.hits;
            l.block = b.id;
        }
    }
    for (size_t i = 0; i < arcs_.size(); ++i) {
        const CfgArc& a = arcs_[i];
        const CfgBlock& from = blocks_[size_t(a.from)];
        if (!a.under_explored || from.file != file)
            continue;
        const auto it = lines.find(from.line);
        if (it != lines.end() && (it->second.best_rank == 0 || a.rank < it->second.best_rank))
            it->second.best_rank = a.rank;
    }
    std::vector<CfgLineHits> out;
    out.reserve(lines.size());
    for (const auto& [line, hits] : lines)
        out.push_back(hits);
    return out;
}

double CfgCoverage::line_percent() const {
    return lines > 0 ? 100.0 * double(lines_covered) / double(lines) : 100.0;
}

double CfgCoverage::arc_percent() const {
    return arcs > 0 ? 100.0 * double(arcs_covered) / double(arcs) : 100.0;
}

namespace {

// What coverage is made of, keyed so that several models' can be joined: per file, its lines
// (covered or not) and its branch arcs ("from:line>to-file:line", taken or not).
struct CoverageParts {
    std::map<std::pair<QString, int>, bool> lines; // (file, line)
    std::map<QString, bool> arcs;
    std::map<QString, bool> functions; // name -> entered
    QString first_file;
    int first_line = 0;
};

CfgCoverage summarise(const QString& name, const CoverageParts& parts) {
    CfgCoverage c;
    c.name = name;
    c.file = parts.first_file;
    c.line = parts.first_line;
    for (const auto& [where, covered] : parts.lines) {
        ++c.lines;
        c.lines_covered += covered;
    }
    for (const auto& [arc, taken] : parts.arcs) {
        ++c.arcs;
        c.arcs_covered += taken;
    }
    for (const auto& [f, entered] : parts.functions) {
        ++c.functions;
        c.functions_entered += entered;
    }
    return c;
}

// Per file (by_file) or per function (by index) of one model.
void collect(const CfgModel& model, std::map<QString, CoverageParts>* by_file,
             std::map<int, CoverageParts>* by_function) {
    const auto& blocks = model.blocks();
    for (size_t fi = 0; fi < model.functions().size(); ++fi) {
        const CfgFunction& f = model.functions()[fi];
        if (!f.shown)
            continue;
        auto parts_of = [&](const QString& file) -> CoverageParts& {
            return by_file ? (*by_file)[file] : (*by_function)[int(fi)];
        };
        if (by_file && !f.file.isEmpty() && model.is_user_file(f.file))
            (*by_file)[f.file].functions[f.name] |= f.covered > 0;
        if (by_function) {
            CoverageParts& p = (*by_function)[int(fi)];
            p.functions[f.name] |= f.covered > 0;
            p.first_file = f.file;
            p.first_line = f.line;
        }
        for (int id : model.visible_blocks(int(fi))) {
            const CfgBlock& b = blocks[size_t(id)];
            // Folded members of this block share its line: its hits count for the line.
            if (!b.located || b.line <= 0 ||
                (by_file && !model.all_code() && !model.is_user_file(b.file)))
                continue;
            bool& covered = parts_of(b.file).lines[{b.file, b.line}];
            covered = covered || b.hits > 0;
        }
        // Branch points: shown blocks with two or more shown successors.
        std::map<int, std::vector<int>> out_of;
        const std::vector<int> arcs = model.visible_arcs(int(fi));
        for (int i : arcs)
            out_of[blocks[size_t(model.arcs()[size_t(i)].from)].shown_as].push_back(i);
        for (const auto& [from, list] : out_of) {
            if (list.size() < 2)
                continue;
            const CfgBlock& b = blocks[size_t(from)];
            if (by_file && !model.all_code() && !model.is_user_file(b.file))
                continue;
            for (int i : list) {
                const CfgArc& a = model.arcs()[size_t(i)];
                const CfgBlock& to = blocks[size_t(blocks[size_t(a.to)].shown_as)];
                const QString key = b.file + QLatin1Char(':') + QString::number(b.line) +
                                    QLatin1Char('>') + to.file + QLatin1Char(':') +
                                    QString::number(to.line);
                bool& taken = parts_of(b.file).arcs[key];
                taken = taken || a.hits > 0;
            }
        }
    }
}

} // namespace

std::vector<CfgCoverage> CfgModel::file_coverage() const {
    return union_file_coverage({this});
}

std::vector<CfgCoverage> CfgModel::function_coverage() const {
    std::map<int, CoverageParts> parts;
    collect(*this, nullptr, &parts);
    std::vector<CfgCoverage> out;
    for (const auto& [f, p] : parts)
        out.push_back(summarise(functions_[size_t(f)].name, p));
    return out;
}

std::vector<CfgCoverage> CfgModel::union_file_coverage(const std::vector<const CfgModel*>& models) {
    std::map<QString, CoverageParts> parts;
    for (const CfgModel* m : models)
        if (m)
            collect(*m, &parts, nullptr);
    std::vector<CfgCoverage> out;
    for (const auto& [file, p] : parts) {
        if (p.lines.empty() && p.functions.empty())
            continue;
        CfgCoverage c = summarise(file, p);
        c.file = file;
        c.line = 0;
        out.push_back(c);
    }
    return out;
}

} // namespace arcwise::campaign
