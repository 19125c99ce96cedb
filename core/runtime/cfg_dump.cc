#include "cfg_dump.h"

#include "coverage.h"

#include <cinttypes>
#include <cstdio>
#include <dlfcn.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace arcwise::runtime {

namespace {

void append_json_string(std::string& out, const char* s) {
    out += '"';
    for (; *s; ++s) {
        const unsigned char c = static_cast<unsigned char>(*s);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    out += '"';
}

} // namespace

int dump_control_flow() {
    const auto& modules = Coverage::instance().modules();
    // Function entries of every module by address, for calls across modules.
    std::unordered_map<uintptr_t, size_t> entry_counter;
    for (const CoverageModule& m : modules)
        if (m.pcs_begin)
            for (const PcEntry* p = m.pcs_begin; p < m.pcs_end; ++p)
                if (p->flags & 1)
                    entry_counter.emplace(p->pc, m.first_index + size_t(p - m.pcs_begin));

    std::string out = "{\"version\": 1, \"modules\": [";
    bool first_module = true;
    char buf[96];
    for (const CoverageModule& m : modules) {
        if (!m.pcs_begin)
            continue;
        Dl_info info{};
        uintptr_t base = 0;
        const char* path = "";
        if (dladdr(reinterpret_cast<const void*>(m.pcs_begin->pc), &info) && info.dli_fbase) {
            base = reinterpret_cast<uintptr_t>(info.dli_fbase);
            path = info.dli_fname ? info.dli_fname : "";
        }
        // The blocks: the instrumented ones first, in counter order (block i of the module is
        // counter first_counter + i), then those the control-flow table names that have no
        // counter (coverage instruments fewer blocks than there are; their hits are implied).
        std::vector<uintptr_t> blocks;
        std::unordered_map<uintptr_t, size_t> node;
        for (const PcEntry* p = m.pcs_begin; p < m.pcs_end; ++p) {
            node.emplace(p->pc, blocks.size());
            blocks.push_back(p->pc);
        }
        const size_t counted = blocks.size();
        auto node_of = [&](uintptr_t pc) {
            const auto [it, added] = node.emplace(pc, blocks.size());
            if (added)
                blocks.push_back(pc);
            return it->second;
        };
        std::string arcs, calls;
        const uintptr_t* t = m.cfs_begin;
        // The table: per block, its address, its successors, 0, its callees, 0.
        while (t && t < m.cfs_end) {
            const size_t from = node_of(*t++);
            while (t < m.cfs_end && *t) {
                std::snprintf(buf, sizeof buf, "%s[%zu, %zu]", arcs.empty() ? "" : ",", from,
                              node_of(*t++));
                arcs += buf;
            }
            ++t;
            while (t < m.cfs_end && *t) {
                const uintptr_t callee = *t++;
                const auto e = entry_counter.find(callee);
                const long long target = callee == uintptr_t(-1) ? -1
                                         : e == entry_counter.end()
                                             ? -2
                                             : static_cast<long long>(e->second);
                std::snprintf(buf, sizeof buf, "%s[%zu, %lld]", calls.empty() ? "" : ",", from,
                              target);
                calls += buf;
            }
            ++t;
        }
        out += first_module ? "\n" : ",\n";
        first_module = false;
        out += "{\"path\": ";
        append_json_string(out, path);
        out += ", \"first_counter\": " + std::to_string(m.first_index) +
               ", \"counted\": " + std::to_string(counted) + ", \"blocks\": [";
        for (size_t i = 0; i < blocks.size(); ++i) {
            const bool entry = i < counted && (m.pcs_begin[i].flags & 1);
            std::snprintf(buf, sizeof buf, "%s[%" PRIuPTR ", %d]", i ? "," : "", blocks[i] - base,
                          int(entry));
            out += buf;
        }
        out += "], \"arcs\": [" + arcs + "], \"calls\": [" + calls + "]}";
    }
    out += "]}\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace arcwise::runtime
