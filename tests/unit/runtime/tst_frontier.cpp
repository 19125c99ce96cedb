// The coverage frontier (core/runtime/frontier.h) on hand-made graphs: a frontier block's weight
// is the size of the never-reached region behind it, callees of never-entered functions included,
// and every other block weighs 0; and the graph built from pc-tables and control-flow tables
// traverses blocks without counters.

#include "runtime/coverage.h"
#include "runtime/frontier.h"

#include <QtTest>
#include <cstdint>
#include <vector>

using namespace arcwise::runtime;

namespace {

std::vector<uint8_t> covered_set(size_t n, std::initializer_list<uint32_t> covered) {
    std::vector<uint8_t> c(n, 0);
    for (uint32_t b : covered)
        c[b] = 1;
    return c;
}

std::vector<uint32_t> out_of(const FrontierGraph& g, uint32_t node) {
    return {g.out_begin(node), g.out_end(node)};
}

} // namespace

class TestFrontier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void weightsAreTheRegionsBehind() {
        // 0 -> 1 -> 3 -> 8 -> 4, and 0 -> 2 -> {4, 5}; 5 loops back to the covered 1; 4 calls
        // the never-entered function whose entry is 6 (6 -> 7). Covered: 0, 1, 3.
        std::vector<std::vector<uint32_t>> out(9);
        out[0] = {1, 2};
        out[1] = {3};
        out[2] = {4, 5};
        out[3] = {8};
        out[4] = {6}; // the call
        out[5] = {1};
        out[6] = {7};
        out[8] = {4};
        const FrontierGraph g = FrontierGraph::from_lists(out);
        QCOMPARE(g.nodes(), size_t(9));
        QCOMPARE(g.arcs(), size_t(10));

        FrontierComputation computation;
        std::vector<uint32_t> weights;
        const auto r = computation.compute(g, covered_set(9, {0, 1, 3}), weights);
        QCOMPARE(weights.size(), size_t(9));
        QCOMPARE(weights[0], 5u); // 2, 4, 5 and the callee's 6, 7; not the covered 1
        QCOMPARE(weights[1], 0u); // interior: its only successor is covered
        QCOMPARE(weights[3], 4u); // 8, 4, 6, 7: regions may overlap between frontier blocks
        for (uint32_t b : {2u, 4u, 5u, 6u, 7u, 8u})
            QCOMPARE(weights[b], 0u); // never reached: not on the frontier
        QCOMPARE(r.frontier_blocks, size_t(2));

        // Once the function is entered, it no longer counts behind the call.
        computation.compute(g, covered_set(9, {0, 1, 3, 6}), weights);
        QCOMPARE(weights[0], 3u);
        QCOMPARE(weights[3], 2u);
        QCOMPARE(weights[6], 1u); // 7
    }

    void severalNeverReachedSuccessorsCountTheUnion() {
        // A switch: 0 -> {1, 2, 3}, all three -> 4. The union is 4 blocks, not 3 + 3 + 3.
        std::vector<std::vector<uint32_t>> out(5);
        out[0] = {1, 2, 3};
        out[1] = out[2] = out[3] = {4};
        FrontierComputation computation;
        std::vector<uint32_t> weights;
        computation.compute(FrontierGraph::from_lists(out), covered_set(5, {0}), weights);
        QCOMPARE(weights[0], 4u);
    }

    void sharedRegionIsComputedOnce() {
        // Covered 0..9 all branch to the never-reached chain 10 -> 11 -> ... -> 29.
        std::vector<std::vector<uint32_t>> out(30);
        for (uint32_t b = 0; b < 10; ++b)
            out[b] = {b + 1 < 10 ? b + 1 : 0, 10};
        for (uint32_t b = 10; b < 29; ++b)
            out[b] = {b + 1};
        FrontierComputation computation;
        std::vector<uint32_t> weights;
        std::vector<uint8_t> covered(30, 0);
        std::fill(covered.begin(), covered.begin() + 10, 1);
        const auto r = computation.compute(FrontierGraph::from_lists(out), covered, weights);
        for (uint32_t b = 0; b < 10; ++b)
            QCOMPARE(weights[b], 20u);
        QCOMPARE(r.visits, uint64_t(20));
    }

    void regionsAreCapped() {
        std::vector<std::vector<uint32_t>> out(1000);
        for (uint32_t b = 0; b + 1 < 1000; ++b)
            out[b] = {b + 1};
        FrontierComputation computation(/*max_region=*/64);
        std::vector<uint32_t> weights;
        const auto r =
            computation.compute(FrontierGraph::from_lists(out), covered_set(1000, {0}), weights);
        QCOMPARE(weights[0], 64u);
        QVERIFY(r.visits <= 64);
    }

    void changedCodeDirectsTheWeights() {
        // Covered 0, 1, 2. Behind 0: a large unchanged region, 3 -> 4 -> ... -> 12. Behind 1: a
        // changed ladder, 13 -> 14 -> 15 -> 16 (all changed). Behind 2: one small changed block,
        // 17 (an error path of the change). Unchanged, the large region weighs most.
        std::vector<std::vector<uint32_t>> out(18);
        out[0] = {3};
        for (uint32_t b = 3; b < 12; ++b)
            out[b] = {b + 1};
        out[1] = {13};
        for (uint32_t b = 13; b < 16; ++b)
            out[b] = {b + 1};
        out[2] = {17};
        const FrontierGraph g = FrontierGraph::from_lists(out);
        FrontierComputation computation;
        std::vector<uint32_t> weights;
        computation.compute(g, covered_set(18, {0, 1, 2}), weights);
        QCOMPARE(weights[0], 10u);
        QCOMPARE(weights[1], 4u);
        QCOMPARE(weights[2], 1u);

        // With 13..17 changed, only the ways to the change weigh, and among them the one with
        // the most code ahead weighs most, as without changes: the ladder over its error path.
        std::vector<uint8_t> changed(18, 0);
        for (uint32_t b = 13; b < 18; ++b)
            changed[b] = 1;
        computation.set_changed(changed);
        const auto r = computation.compute(g, covered_set(18, {0, 1, 2}), weights);
        QCOMPARE(weights[0], 0u);
        QCOMPARE(weights[1], 4u);
        QCOMPARE(weights[2], 1u);
        QCOMPARE(r.frontier_blocks, size_t(2));

        // A region that holds some changed code counts whole.
        changed.assign(18, 0);
        changed[12] = 1;
        computation.set_changed(changed);
        computation.compute(g, covered_set(18, {0, 1, 2}), weights);
        QCOMPARE(weights[0], 10u);
        QCOMPARE(weights[1], 0u);
        QCOMPARE(weights[2], 0u);

        // Once every changed block is reached, the weights are the plain ones again.
        computation.compute(g, covered_set(18, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
                            weights);
        QCOMPARE(weights[1], 4u);
        QCOMPARE(weights[2], 1u);
    }

    void graphFromTablesTraversesUncountedBlocks() {
        // Module A: counted blocks 0x100 (entry), 0x110, 0x120; 0x200 and 0x210 have no counter.
        // 0x100 -> {0x110, 0x200}; 0x200 -> {0x120, 0x210} and calls 0x300 (module B's entry);
        // 0x210 -> 0x200 (a loop) and makes an indirect call. Module B: 0x300 (entry) -> 0x310.
        uint8_t counters_a[3] = {}, counters_b[2] = {};
        const PcEntry pcs_a[] = {{0x100, 1}, {0x110, 0}, {0x120, 0}};
        const PcEntry pcs_b[] = {{0x300, 1}, {0x310, 0}};
        const uintptr_t cfs_a[] = {
            0x100, 0x110, 0x200, 0,     0, 0x110, 0,     0, 0x120,         0, 0, 0x200,
            0x120, 0x210, 0,     0x300, 0, 0x210, 0x200, 0, uintptr_t(-1), 0};
        const uintptr_t cfs_b[] = {0x300, 0x310, 0, 0, 0x310, 0, 0};
        std::vector<CoverageModule> modules(2);
        modules[0].counters_begin = counters_a;
        modules[0].counters_end = counters_a + 3;
        modules[0].pcs_begin = pcs_a;
        modules[0].pcs_end = pcs_a + 3;
        modules[0].cfs_begin = cfs_a;
        modules[0].cfs_end = cfs_a + std::size(cfs_a);
        modules[1].counters_begin = counters_b;
        modules[1].counters_end = counters_b + 2;
        modules[1].pcs_begin = pcs_b;
        modules[1].pcs_end = pcs_b + 2;
        modules[1].cfs_begin = cfs_b;
        modules[1].cfs_end = cfs_b + std::size(cfs_b);
        modules[1].first_index = 3;

        const FrontierGraph g = FrontierGraph::from_modules(modules, 5);
        QCOMPARE(g.nodes(), size_t(5));
        QCOMPARE(out_of(g, 0), (std::vector<uint32_t>{1, 2, 3}));
        QCOMPARE(out_of(g, 1), std::vector<uint32_t>{});
        QCOMPARE(out_of(g, 2), std::vector<uint32_t>{});
        QCOMPARE(out_of(g, 3), std::vector<uint32_t>{4});
        QCOMPARE(out_of(g, 4), std::vector<uint32_t>{});

        // Without a control-flow table there are nodes but no arcs.
        modules[0].cfs_begin = modules[0].cfs_end = nullptr;
        modules[1].cfs_begin = modules[1].cfs_end = nullptr;
        const FrontierGraph bare = FrontierGraph::from_modules(modules, 5);
        QCOMPARE(bare.nodes(), size_t(5));
        QCOMPARE(bare.arcs(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestFrontier)
#include "tst_frontier.moc"
