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

} // namespace arcwise::testing
