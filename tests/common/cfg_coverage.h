#pragma once
// For tests of the control-flow graph: a corpus entry whose execution reached the given blocks,
// with the features a worker would report for them (one per counted block).

#include "campaign/cfg_model.h"
#include "engine/features.h"

#include <vector>

namespace arcwise::testing {

inline campaign::CorpusRow row_reaching(const campaign::CfgModel& m, qint64 id,
                                        const std::vector<int>& blocks) {
    campaign::CorpusRow r;
    r.id = id;
    r.input = QByteArray(int(blocks.size()), 'x');
    for (int b : blocks)
        if (m.blocks()[size_t(b)].counter >= 0)
            r.features.push_back(
                engine::counter_feature(uint32_t(m.blocks()[size_t(b)].counter), 1));
    return r;
}

// The counted blocks (those with a counter) at or before `last_line` of the ladder target
// (tests/targets/ladder.cc): what an input that climbs that far reaches.
inline std::vector<int> blocks_up_to(const campaign::CfgModel& m, int last_line) {
    std::vector<int> out;
    for (const campaign::CfgBlock& b : m.blocks())
        if (b.counter >= 0 && b.line <= last_line)
            out.push_back(b.id);
    return out;
}

// The ladder with two stored inputs: id 7 stops at the first rung (the blocks up to line 10),
// id 8, longer, climbs to line 12.
inline void cover_two_rungs(campaign::CfgModel& m) {
    m.set_coverage(
        {row_reaching(m, 7, blocks_up_to(m, 10)), row_reaching(m, 8, blocks_up_to(m, 12))});
}

} // namespace arcwise::testing
