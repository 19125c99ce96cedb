// The fuzzing loop (fuzzer.h) against an in-process test double, and the corpus with its power
// schedule (corpus.h). The target is a comparison-free ladder: one feature per leading byte of
// "FUZZ!" matched, plus a feature per length bucket, so coverage guidance alone must climb it.
// Every run uses a fixed seed; statistical checks have generous margins.

#include "engine/corpus.h"
#include "engine/fuzzer.h"
#include "engine/serialize.h"

#include <QtTest>
#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace arcwise::engine;

namespace {

constexpr char kMagic[] = "FUZZ!";
constexpr size_t kMagicSize = sizeof kMagic - 1;

QByteArray to_qt(const std::string& s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}

// The bytes of an input (the concatenated payloads of its Bytes choices).
std::string payload(const ChoiceSequence& input) {
    std::string out;
    for (const Choice& c : input.choices)
        if (c.kind == ChoiceKind::Bytes || c.kind == ChoiceKind::String)
            out += c.data;
    return out;
}

// How many leading bytes of the magic the data matches.
size_t magic_prefix(const std::string& data) {
    size_t n = 0;
    while (n < kMagicSize && n < data.size() && data[n] == kMagic[n])
        ++n;
    return n;
}

// The test double for a target: features 1..5 for the matched magic prefix, 100 + the bit width of
// the length for the length bucket, and (optionally) 1000 + byte value for each distinct byte.
class LadderExecutor : public Executor {
public:
    std::function<ExecStatus(const std::string&)> verdict; // Ok when unset
    std::function<size_t(const std::string&)> realise;     // report a prefix as realised
    bool byte_features = false;
    bool record = false;

    uint64_t calls = 0;
    size_t longest = 0;
    uint64_t not_bytes = 0;
    std::vector<std::string> executed; // when `record`
    std::set<std::string> discarded;
    std::string last;

    ExecResult execute(const ChoiceSequence& input, std::vector<uint32_t>& features) override {
        ++calls;
        if (!input.is_single_bytes())
            ++not_bytes;
        const std::string data = payload(input);
        longest = std::max(longest, input.payload_size());
        last = data;
        if (record)
            executed.push_back(data);
        ExecResult result;
        result.status = verdict ? verdict(data) : ExecStatus::Ok;
        if (result.status == ExecStatus::Discard)
            discarded.insert(data);
        const size_t matched = magic_prefix(data);
        for (size_t i = 0; i < matched; ++i)
            features.push_back(uint32_t(i + 1));
        features.push_back(100 + uint32_t(std::bit_width(data.size())));
        if (byte_features) {
            for (unsigned char ch : std::set<unsigned char>(data.begin(), data.end()))
                features.push_back(1000 + ch);
        }
        std::sort(features.begin(), features.end());
        features.erase(std::unique(features.begin(), features.end()), features.end());
        covered_ = std::max(covered_, matched);
        if (realise) {
            result.realised = ChoiceSequence::from_bytes(data.substr(0, realise(data)));
            result.has_realised = true;
        }
        return result;
    }
    size_t covered_edges() const override { return covered_; }

private:
    size_t covered_ = 0;
};

class RecordingObserver : public Observer {
public:
    Fuzzer* fuzzer = nullptr;
    bool stop_on_failure = true;
    bool stop_on_magic = false;

    std::vector<std::string> added;
    std::vector<std::string> failures;
    uint64_t pulses = 0;
    uint64_t magic_run = 0;
    double lowest_estimate = 1e9;
    double highest_estimate = -1e9;
    std::vector<uint64_t> pulse_runs;
    bool empty_how_for_mutant = false;

    void on_new(const CorpusEntry& entry, const FuzzStats& stats,
                const std::vector<const char*>& how) override {
        added.push_back(payload(entry.input));
        note(stats);
        if (stats.runs > 1 && entry.id > 0 && how.empty())
            empty_how_for_mutant = true;
        if (magic_prefix(added.back()) == kMagicSize && !magic_run) {
            magic_run = stats.runs;
            if (stop_on_magic && fuzzer)
                fuzzer->stop();
        }
    }
    bool on_failure(const ChoiceSequence& input, const ExecResult&,
                    const FuzzStats& stats) override {
        failures.push_back(payload(input));
        note(stats);
        return stop_on_failure;
    }
    void on_pulse(const FuzzStats& stats) override {
        ++pulses;
        pulse_runs.push_back(stats.runs);
        note(stats);
    }

private:
    void note(const FuzzStats& stats) {
        lowest_estimate = std::min(lowest_estimate, stats.discovery_estimate);
        highest_estimate = std::max(highest_estimate, stats.discovery_estimate);
    }
};

std::vector<std::string> corpus_inputs(const Fuzzer& fuzzer) {
    std::vector<std::string> out;
    for (const auto& entry : fuzzer.corpus().entries())
        out.push_back(serialize(entry->input));
    return out;
}

FuzzOptions options(uint64_t seed, uint64_t max_runs, bool entropic = true) {
    FuzzOptions o;
    o.seed = seed;
    o.max_runs = max_runs;
    o.entropic = entropic;
    o.max_len = 64;
    return o;
}

std::vector<uint32_t> F(std::initializer_list<uint32_t> features) {
    return features;
}

} // namespace

class TestFuzzer : public QObject {
    Q_OBJECT

private slots:
    void findsTheMagic_data();
    void findsTheMagic();
    void deterministic();
    void maxLenIsNeverExceeded_data();
    void maxLenIsNeverExceeded();
    void maxRunsIsExact_data();
    void maxRunsIsExact();
    void discardsNeverEnterTheCorpus();
    void failureStopsTheLoop_data();
    void failureStopsTheLoop();
    void failureCanBeIgnored();
    void loadKeepsInterestingInputs();
    void discoveryEstimateIsAProbability_data();
    void discoveryEstimateIsAProbability();

    void corpusObserveAndAdd();
    void corpusSingletons();
    void corpusUniformWithoutEntropic();
    void corpusPrefersRareFeatures();
    void autoDictionaryLearnsComparisonOperands();
    void corpusFrontierFactor_data();
    void corpusFrontierFactor();
    void frontierEntryGetsMoreMutations();
    void hotPlaceClimbsALadderOfRandomBytes();
    void hotPlaceIsWhereTheFindDiffers();
};

void TestFuzzer::findsTheMagic_data() {
    QTest::addColumn<qulonglong>("seed");
    QTest::addColumn<bool>("entropic");

    for (uint64_t seed : {1, 2, 3}) {
        QTest::addRow("seed %llu, Entropic", qulonglong(seed)) << qulonglong(seed) << true;
        QTest::addRow("seed %llu, uniform", qulonglong(seed)) << qulonglong(seed) << false;
    }
}

void TestFuzzer::findsTheMagic() {
    QFETCH(qulonglong, seed);
    QFETCH(bool, entropic);

    constexpr uint64_t kBudget = 2000000;
    LadderExecutor executor;
    RecordingObserver observer;
    observer.stop_on_magic = true;
    Fuzzer fuzzer(executor, observer, options(seed, kBudget, entropic));
    observer.fuzzer = &fuzzer;
    fuzzer.load({});
    fuzzer.loop();

    qDebug() << "found after" << observer.magic_run << "runs";
    QVERIFY2(observer.magic_run > 0, "the magic was not found within the budget");
    const FuzzStats stats = fuzzer.stats();
    QCOMPARE(stats.runs, observer.magic_run); // stop() ends the loop at once
    QCOMPARE(executor.calls, stats.runs);
    QCOMPARE(executor.not_bytes, uint64_t(0));
    QVERIFY(!fuzzer.stopped_by_failure());
    QVERIFY(!observer.empty_how_for_mutant);
    // The ladder was climbed rung by rung (a mutation may skip one, e.g. inserting "ZZ").
    std::set<size_t> rungs;
    for (const std::string& input : observer.added)
        rungs.insert(magic_prefix(input));
    QVERIFY(rungs.count(0) && rungs.count(kMagicSize));
    QVERIFY(rungs.size() >= 4);
    QCOMPARE(stats.corpus_size, fuzzer.corpus().size());
    QCOMPARE(stats.corpus_size, observer.added.size());
    QCOMPARE(stats.edges, kMagicSize);
    QVERIFY(stats.features >= kMagicSize + 1);
}

void TestFuzzer::deterministic() {
    const auto run = [](uint64_t seed, bool entropic) {
        LadderExecutor executor;
        executor.byte_features = true;
        RecordingObserver observer;
        Fuzzer fuzzer(executor, observer, options(seed, 20000, entropic));
        fuzzer.load({ChoiceSequence::from_bytes("seed"), ChoiceSequence::from_bytes("FU")});
        fuzzer.loop();
        return corpus_inputs(fuzzer);
    };
    for (bool entropic : {true, false}) {
        const auto first = run(7, entropic);
        QVERIFY(first.size() > 10);
        const auto again = run(7, entropic);
        QCOMPARE(again.size(), first.size());
        for (size_t i = 0; i < first.size(); ++i)
            QCOMPARE(to_qt(again[i]).toHex(), to_qt(first[i]).toHex());
        QVERIFY(run(8, entropic) != first);
    }
}

void TestFuzzer::maxLenIsNeverExceeded_data() {
    QTest::addColumn<qulonglong>("maxLen");
    QTest::addColumn<uint>("lenControl");

    for (size_t max_len : {1, 3, 5, 16, 100}) {
        for (unsigned len_control : {0u, 100u})
            QTest::addRow("max_len %zu, len_control %u", max_len, len_control)
                << qulonglong(max_len) << len_control;
    }
}

void TestFuzzer::maxLenIsNeverExceeded() {
    QFETCH(qulonglong, maxLen);
    QFETCH(uint, lenControl);

    LadderExecutor executor;
    executor.byte_features = true;
    RecordingObserver observer;
    FuzzOptions o = options(11, 30000);
    o.max_len = maxLen;
    o.len_control = lenControl;
    Fuzzer fuzzer(executor, observer, o);
    // Seeds longer than the limit are cut to it.
    fuzzer.load({ChoiceSequence::from_bytes(std::string(300, 'a')),
                 ChoiceSequence::from_bytes("FUZZ!FUZZ!FUZZ!FUZZ!FUZZ!FUZZ!")});
    QVERIFY(executor.longest <= maxLen);
    QVERIFY(fuzzer.stats().max_len <= maxLen);
    fuzzer.loop();
    QVERIFY2(executor.longest <= maxLen,
             QByteArray::number(qulonglong(executor.longest)).constData());
    QVERIFY(fuzzer.stats().max_len <= maxLen);
    for (const auto& entry : fuzzer.corpus().entries())
        QVERIFY(entry->input.payload_size() <= maxLen);
    QVERIFY(fuzzer.corpus().max_input_size() <= maxLen);
}

void TestFuzzer::maxRunsIsExact_data() {
    QTest::addColumn<qulonglong>("maxRuns");
    QTest::addColumn<QByteArrayList>("seeds");
    QTest::addColumn<bool>("discardAll");

    for (uint64_t runs : {1, 2, 3, 10, 1000, 12345})
        QTest::addRow("%llu runs, no seeds", qulonglong(runs))
            << qulonglong(runs) << QByteArrayList{} << false;
    QTest::newRow("2 runs, 3 seeds") << 2ull << QByteArrayList{"a", "FU", "xyz"} << false;
    QTest::newRow("3 runs, 3 seeds") << 3ull << QByteArrayList{"a", "FU", "xyz"} << false;
    QTest::newRow("500 runs, 3 seeds") << 500ull << QByteArrayList{"a", "FU", "xyz"} << false;
    QTest::newRow("100 runs, all discarded") << 100ull << QByteArrayList{} << true;
    QTest::newRow("2 runs, 3 seeds all discarded") << 2ull << QByteArrayList{"a", "b", "c"} << true;
}

void TestFuzzer::maxRunsIsExact() {
    QFETCH(qulonglong, maxRuns);
    QFETCH(QByteArrayList, seeds);
    QFETCH(bool, discardAll);

    LadderExecutor executor;
    if (discardAll)
        executor.verdict = [](const std::string&) { return ExecStatus::Discard; };
    RecordingObserver observer;
    Fuzzer fuzzer(executor, observer, options(5, maxRuns));
    std::vector<ChoiceSequence> inputs;
    for (const QByteArray& seed : seeds)
        inputs.push_back(ChoiceSequence::from_bytes(seed.toStdString()));
    fuzzer.load(inputs);
    fuzzer.loop();
    QCOMPARE(executor.calls, uint64_t(maxRuns));
    QCOMPARE(fuzzer.stats().runs, uint64_t(maxRuns));
    // Another loop() with the budget spent runs nothing more.
    fuzzer.loop();
    QCOMPARE(executor.calls, uint64_t(maxRuns));
    if (discardAll)
        QCOMPARE(fuzzer.stats().discards, uint64_t(maxRuns));
}

void TestFuzzer::discardsNeverEnterTheCorpus() {
    // The test rejects inputs containing a NUL byte (an assume()): they are counted, never kept,
    // never reported as new.
    LadderExecutor executor;
    executor.byte_features = true;
    uint64_t discards = 0;
    executor.verdict = [&discards](const std::string& data) {
        if (data.find('\0') == std::string::npos)
            return ExecStatus::Ok;
        ++discards;
        return ExecStatus::Discard;
    };
    RecordingObserver observer;
    Fuzzer fuzzer(executor, observer, options(13, 30000));
    fuzzer.load(
        {ChoiceSequence::from_bytes(std::string("a\0b", 3)), ChoiceSequence::from_bytes("ok")});
    fuzzer.loop();
    QVERIFY(discards > 100);
    QCOMPARE(fuzzer.stats().discards, discards);
    QVERIFY(fuzzer.corpus().size() > 5);
    for (const auto& entry : fuzzer.corpus().entries()) {
        const std::string data = payload(entry->input);
        QVERIFY2(data.find('\0') == std::string::npos, to_qt(data).toHex().constData());
        QVERIFY(!executor.discarded.count(data));
    }
    for (const std::string& data : observer.added)
        QVERIFY(data.find('\0') == std::string::npos);
    // Features of discarded runs are not counted: the NUL byte's feature is unknown.
    QVERIFY(!fuzzer.corpus().seen(1000));
}

void TestFuzzer::failureStopsTheLoop_data() {
    QTest::addColumn<bool>("realised");
    QTest::newRow("input as executed") << false;
    QTest::newRow("realised input") << true;
}

void TestFuzzer::failureStopsTheLoop() {
    QFETCH(bool, realised);

    // The property fails on inputs starting with "FU"; reaching that takes a few rungs.
    LadderExecutor executor;
    executor.record = true;
    executor.verdict = [](const std::string& data) {
        return magic_prefix(data) >= 2 ? ExecStatus::Failure : ExecStatus::Ok;
    };
    if (realised) // the test drew only the first three bytes
        executor.realise = [](const std::string&) { return size_t(3); };
    RecordingObserver observer;
    Fuzzer fuzzer(executor, observer, options(17, 1000000));
    fuzzer.load({});
    fuzzer.loop();

    QVERIFY(fuzzer.stopped_by_failure());
    QCOMPARE(observer.failures.size(), size_t(1));
    const std::string& failing = observer.failures[0];
    QCOMPARE(to_qt(failing), to_qt(realised ? executor.last.substr(0, 3) : executor.last));
    QVERIFY(failing.compare(0, 2, "FU") == 0);
    // The failure was the last execution: the loop stopped right there.
    QCOMPARE(fuzzer.stats().runs, executor.calls);
    QVERIFY(executor.calls < 1000000);
    QCOMPARE(magic_prefix(executor.executed.back()) >= 2, true);
    for (size_t i = 0; i + 1 < executor.executed.size(); ++i)
        QVERIFY(magic_prefix(executor.executed[i]) < 2);
    // A failing input is reported, not added to the corpus.
    for (const auto& entry : fuzzer.corpus().entries())
        QVERIFY(magic_prefix(payload(entry->input)) < 2);
    // loop() does not resume after a failure stopped it.
    const uint64_t calls = executor.calls;
    fuzzer.loop();
    QCOMPARE(executor.calls, calls);
}

void TestFuzzer::failureCanBeIgnored() {
    // An observer that does not want to stop sees every failure; the budget still ends the run.
    LadderExecutor executor;
    uint64_t failures = 0;
    executor.verdict = [&failures](const std::string& data) {
        if (magic_prefix(data) >= 1 && data.size() >= 2 && data[1] == 'x') {
            ++failures;
            return ExecStatus::Failure;
        }
        return ExecStatus::Ok;
    };
    RecordingObserver observer;
    observer.stop_on_failure = false;
    Fuzzer fuzzer(executor, observer, options(19, 50000));
    fuzzer.load({ChoiceSequence::from_bytes("Fa")});
    fuzzer.loop();
    QVERIFY(failures > 1);
    QCOMPARE(uint64_t(observer.failures.size()), failures);
    QVERIFY(!fuzzer.stopped_by_failure());
    QCOMPARE(fuzzer.stats().runs, uint64_t(50000));
    for (const std::string& data : observer.failures)
        QVERIFY(data.compare(0, 2, "Fx") == 0);
    for (const auto& entry : fuzzer.corpus().entries())
        QVERIFY(payload(entry->input).compare(0, 2, "Fx") != 0);
}

void TestFuzzer::loadKeepsInterestingInputs() {
    LadderExecutor executor;
    RecordingObserver observer;
    Fuzzer fuzzer(executor, observer, options(23, 0));
    // "FUZ" and "FUZZ" are new rungs; "FUZ" again and "abc" (same length bucket as "FUZ", no
    // rung) add nothing.
    fuzzer.load({ChoiceSequence::from_bytes("FUZ"), ChoiceSequence::from_bytes("FUZ"),
                 ChoiceSequence::from_bytes("abc"), ChoiceSequence::from_bytes("FUZZ")});
    QCOMPARE(executor.calls, uint64_t(4));
    QCOMPARE(fuzzer.corpus().size(), size_t(2));
    QCOMPARE(to_qt(payload(fuzzer.corpus().entries()[0]->input)), QByteArray("FUZ"));
    QCOMPARE(to_qt(payload(fuzzer.corpus().entries()[1]->input)), QByteArray("FUZZ"));
    QCOMPARE(fuzzer.corpus().entries()[1]->id, uint64_t(1));
    // Features: rungs 1..4, length buckets of 3 and 4.
    QCOMPARE(fuzzer.corpus().feature_count(), size_t(6));
    QCOMPARE(fuzzer.stats().features, size_t(6));
    QCOMPARE(fuzzer.stats().corpus_bytes, size_t(7));
    QCOMPARE(observer.added.size(), size_t(2));
    // Nothing interesting at all: the empty input is kept so there is something to mutate.
    LadderExecutor boring;
    boring.verdict = [](const std::string&) { return ExecStatus::Discard; };
    Fuzzer empty(boring, observer, options(23, 0));
    empty.load({ChoiceSequence::from_bytes("x")});
    QCOMPARE(empty.corpus().size(), size_t(1));
    QCOMPARE(empty.corpus().entries()[0]->input.payload_size(), size_t(0));
}

void TestFuzzer::discoveryEstimateIsAProbability_data() {
    QTest::addColumn<bool>("byteFeatures");
    QTest::addColumn<bool>("entropic");
    QTest::newRow("ladder") << false << true;
    QTest::newRow("ladder, uniform") << false << false;
    QTest::newRow("many features per run") << true << true;
}

void TestFuzzer::discoveryEstimateIsAProbability() {
    QFETCH(bool, byteFeatures);
    QFETCH(bool, entropic);

    LadderExecutor executor;
    executor.byte_features = byteFeatures;
    RecordingObserver observer;
    Fuzzer fuzzer(executor, observer, options(29, 20000, entropic));
    QCOMPARE(fuzzer.stats().runs, uint64_t(0));
    QVERIFY(fuzzer.stats().discovery_estimate >= 0 && fuzzer.stats().discovery_estimate <= 1);
    fuzzer.load({ChoiceSequence::from_bytes("FUZ!?abcdefgh")});
    fuzzer.loop();
    const FuzzStats stats = fuzzer.stats();
    QVERIFY(observer.pulses > 0);
    QVERIFY2(observer.lowest_estimate >= 0,
             QByteArray::number(observer.lowest_estimate).constData());
    QVERIFY2(observer.highest_estimate <= 1,
             QByteArray::number(observer.highest_estimate).constData());
    QVERIFY(stats.discovery_estimate >= 0 && stats.discovery_estimate <= 1);
    // The estimate falls as the target is exhausted.
    QVERIFY(stats.discovery_estimate < 0.05);
    // Pulses come at powers of two (libFuzzer's schedule) and at the end.
    for (uint64_t runs : {2, 4, 8, 1024, 16384})
        QVERIFY2(std::count(observer.pulse_runs.begin(), observer.pulse_runs.end(), runs) >= 1,
                 QByteArray::number(qulonglong(runs)).constData());
    QCOMPARE(observer.pulse_runs.back(), uint64_t(20000));
}

void TestFuzzer::corpusObserveAndAdd() {
    for (bool entropic : {true, false}) {
        Corpus corpus(Corpus::Options{entropic, 100, 0xFF});
        QVERIFY(corpus.empty());
        QCOMPARE(corpus.observe(F({1, 2, 3}), nullptr), size_t(3));
        CorpusEntry& a = corpus.add(ChoiceSequence::from_bytes("abc"), F({1, 2, 3}));
        QCOMPARE(a.id, uint64_t(0));
        QCOMPARE(a.size, size_t(3));
        QCOMPARE(corpus.feature_count(), size_t(3));
        QVERIFY(corpus.seen(1) && corpus.seen(2) && corpus.seen(3));
        QVERIFY(!corpus.seen(4));

        QCOMPARE(corpus.observe(F({2, 3, 4, 5}), &a), size_t(2));
        CorpusEntry& b = corpus.add(ChoiceSequence::from_bytes("abcdefg"), F({2, 3, 4, 5}));
        QCOMPARE(b.id, uint64_t(1));
        QCOMPARE(corpus.feature_count(), size_t(5));
        QCOMPARE(corpus.observe(F({1, 2, 3, 4, 5}), &b), size_t(0));
        QCOMPARE(corpus.observe(F({}), nullptr), size_t(0));
        QCOMPARE(corpus.observe(F({5, 6}), nullptr), size_t(1));
        QCOMPARE(corpus.size(), size_t(2));
        QCOMPARE(corpus.total_bytes(), size_t(10));
        QCOMPARE(corpus.max_input_size(), size_t(7));
        QVERIFY(!corpus.empty());
        // Entries stay where they are as the corpus grows.
        const CorpusEntry* first = corpus.entries()[0].get();
        for (uint32_t f = 100; f < 200; ++f) {
            corpus.observe(F({f}), nullptr);
            corpus.add(ChoiceSequence::from_bytes(std::string(f % 7, 'x')), F({f}));
        }
        QCOMPARE(corpus.entries()[0].get(), first);
        QCOMPARE(corpus.size(), size_t(102));
        QCOMPARE(corpus.feature_count(), size_t(105));
        Rng rng(1);
        for (int i = 0; i < 1000; ++i) {
            const CorpusEntry& chosen = corpus.choose(rng);
            QVERIFY(chosen.id < corpus.size());
            QVERIFY(corpus.any(rng).id < corpus.size());
        }
    }
}

void TestFuzzer::corpusSingletons() {
    Corpus corpus;
    QCOMPARE(corpus.singletons(), size_t(0));
    corpus.observe(F({1, 2, 3}), nullptr);
    QCOMPARE(corpus.singletons(), size_t(3));
    corpus.add(ChoiceSequence::from_bytes("a"), F({1, 2, 3}));
    QCOMPARE(corpus.singletons(), size_t(3)); // adding is not another execution
    corpus.observe(F({2, 3, 4}), nullptr);
    QCOMPARE(corpus.singletons(), size_t(2)); // 1 and 4
    corpus.observe(F({1}), nullptr);
    QCOMPARE(corpus.singletons(), size_t(1)); // 4
    corpus.observe(F({1, 2, 3, 4}), nullptr);
    QCOMPARE(corpus.singletons(), size_t(0));
    corpus.observe(F({7}), nullptr);
    QCOMPARE(corpus.singletons(), size_t(1));
    // A feature hit more often than the counter holds stays counted, not a singleton again.
    for (int i = 0; i < 70000; ++i)
        corpus.observe(F({9}), nullptr);
    QCOMPARE(corpus.singletons(), size_t(1));
}

void TestFuzzer::corpusUniformWithoutEntropic() {
    Corpus corpus(Corpus::Options{false, 100, 0xFF});
    for (uint32_t i = 0; i < 4; ++i) {
        corpus.observe(F({i}), nullptr);
        corpus.add(ChoiceSequence::from_bytes(std::string(i + 1, 'x')), F({i}));
    }
    corpus.entries()[0]->executed_mutations = 100000; // ignored without Entropic
    Rng rng(3);
    std::map<uint64_t, int> counts;
    for (int i = 0; i < 40000; ++i)
        ++counts[corpus.choose(rng).id];
    for (uint64_t id = 0; id < 4; ++id)
        QVERIFY2(counts[id] > 8000 && counts[id] < 12000,
                 QByteArray::number(counts[id]).constData());
}

void TestFuzzer::corpusPrefersRareFeatures() {
    // Two entries, mutated equally often, driven as the fuzzer drives the corpus: observe every
    // execution (crediting the parent), add what was new. Every mutant of `plain` hits feature 1
    // only, which soon is abundant. The mutants of `rich` found features 10..29 and keep hitting
    // them, each now and then, so they stay rare. Entropic must pick `rich` clearly more often.
    Corpus corpus;
    corpus.observe(F({1}), nullptr);
    CorpusEntry& plain = corpus.add(ChoiceSequence::from_bytes("plain"), F({1}));
    corpus.observe(F({2}), nullptr);
    CorpusEntry& rich = corpus.add(ChoiceSequence::from_bytes("rich!"), F({2}));
    std::vector<CorpusEntry*> others;
    for (uint32_t f = 10; f < 30; ++f) {
        corpus.observe(F({f}), &rich);
        ++rich.executed_mutations;
        others.push_back(
            &corpus.add(ChoiceSequence::from_bytes("child" + std::to_string(f)), F({f})));
    }
    for (uint32_t i = 0; i < 1000; ++i) {
        corpus.observe(F({1}), &plain);
        ++plain.executed_mutations;
        corpus.observe(F({10 + i % 20}), &rich);
        ++rich.executed_mutations;
    }
    // A late discovery by an unrelated input (the schedule is rebuilt).
    corpus.observe(F({99}), nullptr);
    others.push_back(&corpus.add(ChoiceSequence::from_bytes("late"), F({99})));
    // Everything was mutated equally often; only what the mutants found differs.
    plain.executed_mutations = rich.executed_mutations;
    for (CorpusEntry* other : others)
        other->executed_mutations = rich.executed_mutations;

    Rng rng(5);
    std::map<const CorpusEntry*, int> counts;
    for (int i = 0; i < 50000; ++i)
        ++counts[&corpus.choose(rng)];
    const QByteArray shares = "rich " + QByteArray::number(counts[&rich]) + " (energy " +
                              QByteArray::number(rich.energy) + "), plain " +
                              QByteArray::number(counts[&plain]) + " (energy " +
                              QByteArray::number(plain.energy) + ")";
    QVERIFY2(!rich.rare_hits.empty(), shares.constData());
    QVERIFY2(rich.energy > plain.energy, shares.constData());
    QVERIFY2(counts[&rich] * 2 > counts[&plain] * 3, shares.constData());
    for (const CorpusEntry* other : others)
        QVERIFY2(counts[&rich] > counts[other], shares.constData());
}

// A target that compares its first 6 bytes with "MAGIC9" the way memcmp would (reporting both
// operands to the comparison log, as the runtime's hooks do) and has a feature for a match.
class CompareExecutor : public Executor {
public:
    CmpLog* log = nullptr;
    ExecResult execute(const ChoiceSequence& input, std::vector<uint32_t>& features) override {
        const std::string data = payload(input);
        const std::string head = data.substr(0, 6);
        if (head == "MAGIC9")
            features.push_back(2);
        else if (log)
            log->add_words(/*pc=*/7, head.data(), head.size(), "MAGIC9", 6);
        features.push_back(1);
        return {};
    }
    size_t covered_edges() const override { return 0; }
};

void TestFuzzer::autoDictionaryLearnsComparisonOperands() {
    CompareExecutor executor;
    RecordingObserver observer;
    FuzzOptions options;
    options.seed = 11;
    options.max_runs = 200000;
    Fuzzer fuzzer(executor, observer, options);
    executor.log = &fuzzer.cmp_log();
    observer.fuzzer = &fuzzer;
    fuzzer.load({});
    fuzzer.loop();
    const auto& words = fuzzer.auto_dictionary().words();
    QVERIFY2(std::find(words.begin(), words.end(), std::string("MAGIC9")) != words.end(),
             qPrintable(QStringLiteral("%1 words learned").arg(words.size())));
}

void TestFuzzer::corpusFrontierFactor_data() {
    QTest::addColumn<int>("boost");
    QTest::addRow("max") << int(FrontierBoost::Max);
    QTest::addRow("share") << int(FrontierBoost::Share);
    QTest::addRow("off") << int(FrontierBoost::Off);
}

void TestFuzzer::corpusFrontierFactor() {
    // Three entries of the same size, each reaching one edge counter (features 8, 16, 24 are
    // counters 1, 2, 3). Counter 1 has 1000 never-reached blocks behind it, counter 2 has 10,
    // counter 3 none.
    QFETCH(int, boost);
    Corpus::Options options;
    options.frontier = FrontierBoost(boost);
    Corpus corpus(options);
    for (uint32_t counter = 1; counter <= 3; ++counter) {
        corpus.observe(F({counter * 8}), nullptr);
        corpus.add(ChoiceSequence::from_bytes("abc"), F({counter * 8}));
    }
    corpus.set_frontier({0, 1000, 10, 0});
    const auto& e = corpus.entries();
    if (FrontierBoost(boost) == FrontierBoost::Off) {
        for (const auto& entry : e)
            QCOMPARE(entry->frontier_factor, 1.0);
        return;
    }
    QCOMPARE(e[0]->frontier_factor, options.frontier_max_boost);
    QVERIFY(e[1]->frontier_factor > 2.0 && e[1]->frontier_factor < 5.0);
    QCOMPARE(e[2]->frontier_factor, 1.0);

    Rng rng(11);
    std::map<uint64_t, int> counts;
    for (int i = 0; i < 30000; ++i)
        ++counts[corpus.choose(rng).id];
    QVERIFY2(counts[0] > 5 * counts[2] && counts[1] > 2 * counts[2],
             qPrintable(QStringLiteral("%1 %2 %3").arg(counts[0]).arg(counts[1]).arg(counts[2])));

    // Turned back off: an empty weight vector.
    corpus.set_frontier({});
    for (const auto& entry : e)
        QCOMPARE(entry->frontier_factor, 1.0);
}

namespace {

// One feature per input, from its first byte: 'A' reaches counter 1, 'B' counter 2, anything else
// counter 0. No other feature, so the corpus stays at the two seeds and only the schedule decides
// which gets mutated.
class TwoPathExecutor : public Executor {
public:
    ExecResult execute(const ChoiceSequence& input, std::vector<uint32_t>& features) override {
        const std::string data = payload(input);
        const char first = data.empty() ? 0 : data[0];
        features.push_back(first == 'A' ? 8u : first == 'B' ? 16u : 0u);
        return {};
    }
    size_t covered_edges() const override { return 3; }
};

// Counter 1 sits before 500 never-reached blocks; given once.
class FixedFrontier : public FrontierSource {
public:
    int refreshes = 0;
    bool refresh(uint64_t, std::vector<uint32_t>& weights) override {
        if (refreshes++)
            return false;
        weights = {0, 500, 0};
        return true;
    }
};

} // namespace

void TestFuzzer::frontierEntryGetsMoreMutations() {
    uint64_t mutations[2][2] = {}; // [frontier on][entry A, entry B]
    for (bool on : {false, true}) {
        TwoPathExecutor executor;
        RecordingObserver observer;
        FixedFrontier frontier;
        FuzzOptions o = options(/*seed=*/7, /*max_runs=*/20000);
        o.frontier = on ? &frontier : nullptr;
        Fuzzer fuzzer(executor, observer, o);
        fuzzer.load({ChoiceSequence::from_bytes("A"), ChoiceSequence::from_bytes("B")});
        fuzzer.loop();
        QCOMPARE(fuzzer.corpus().size(), size_t(3)); // "A", "B" and the first other byte
        QCOMPARE(frontier.refreshes > 0, on);
        for (const auto& e : fuzzer.corpus().entries()) {
            const std::string data = payload(e->input);
            if (!data.empty() && (data[0] == 'A' || data[0] == 'B'))
                mutations[on][data[0] - 'A'] = e->executed_mutations;
        }
    }
    const QString figures = QStringLiteral("off: A %1, B %2; on: A %3, B %4")
                                .arg(mutations[0][0])
                                .arg(mutations[0][1])
                                .arg(mutations[1][0])
                                .arg(mutations[1][1]);
    // Off, A and B are alike; on, A (at the frontier) is mutated several times as often as B.
    QVERIFY2(mutations[0][0] < 2 * mutations[0][1] && mutations[0][1] < 2 * mutations[0][0],
             qPrintable(figures));
    QVERIFY2(mutations[1][0] > 3 * mutations[1][1], qPrintable(figures));
    QVERIFY2(mutations[1][0] > mutations[0][0], qPrintable(figures));
}

namespace {

// A ladder of `rungs` bytes drawn at random (no comparison gives one away, none is a byte the
// mutators favour): a feature per leading byte matched, and one per length bucket.
class RandomLadderExecutor : public Executor {
public:
    explicit RandomLadderExecutor(size_t rungs) {
        uint64_t x = 0x9E3779B97F4A7C15u;
        for (size_t i = 0; i < rungs; ++i) {
            x = x * 6364136223846793005u + 1442695040888963407u;
            key.push_back(char(x >> 56));
        }
    }
    std::string key;
    size_t deepest = 0;

    size_t matched(const std::string& data) const {
        size_t n = 0;
        while (n < key.size() && n < data.size() && data[n] == key[n])
            ++n;
        return n;
    }
    ExecResult execute(const ChoiceSequence& input, std::vector<uint32_t>& features) override {
        const std::string data = payload(input);
        const size_t n = matched(data);
        deepest = std::max(deepest, n);
        for (size_t i = 0; i < n; ++i)
            features.push_back(uint32_t(i + 1));
        features.push_back(100 + uint32_t(std::bit_width(data.size())));
        return {};
    }
    size_t covered_edges() const override { return deepest; }
};

} // namespace

// Every rung of the ladder is one byte in 256 at the place right after the last find: with the
// hot place (the default) the engine climbs all 12 rungs well within the budget, and most rungs
// are found by ChangeHotByte; without it, the same seeds climb fewer rungs in the same runs.
void TestFuzzer::hotPlaceClimbsALadderOfRandomBytes() {
    constexpr size_t kRungs = 12;
    constexpr uint64_t kBudget = 4000000;
    for (uint64_t seed : {1, 2, 3}) {
        size_t deepest[2] = {};
        uint64_t climbed_at = 0;
        size_t hot_finds = 0;
        for (bool hot : {false, true}) {
            RandomLadderExecutor executor(kRungs);
            struct : RecordingObserver {
                RandomLadderExecutor* ladder = nullptr;
                size_t best = 0;
                size_t by_hot = 0;
                uint64_t top_run = 0;
                void on_new(const CorpusEntry& entry, const FuzzStats& stats,
                            const std::vector<const char*>& how) override {
                    const size_t n = ladder->matched(payload(entry.input));
                    if (n > best) {
                        best = n;
                        by_hot +=
                            std::find(how.begin(), how.end(), ByteMutator::kHotName) != how.end();
                        if (n == ladder->key.size() && fuzzer) {
                            top_run = stats.runs;
                            fuzzer->stop();
                        }
                    }
                }
            } observer;
            observer.ladder = &executor;
            FuzzOptions o = options(seed, kBudget);
            o.hot_place = hot;
            Fuzzer fuzzer(executor, observer, o);
            observer.fuzzer = &fuzzer;
            fuzzer.load({ChoiceSequence::from_bytes(std::string(kRungs, 'x'))});
            fuzzer.loop();
            deepest[hot] = executor.deepest;

            if (hot) {
                climbed_at = observer.top_run;
                hot_finds = observer.by_hot;
            }
        }
        const QString figures = QStringLiteral("seed %1: off %2 rungs, on %3 rungs (top at run "
                                               "%4, %5 rungs by ChangeHotByte)")
                                    .arg(seed)
                                    .arg(deepest[0])
                                    .arg(deepest[1])
                                    .arg(climbed_at)
                                    .arg(hot_finds);
        qDebug() << qPrintable(figures);
        QVERIFY2(deepest[1] == kRungs && climbed_at > 0, qPrintable(figures));
        QVERIFY2(hot_finds >= kRungs / 2, qPrintable(figures));
        QVERIFY2(deepest[0] < deepest[1], qPrintable(figures));
    }
}

// The hot place of an entry is where it differs from the entry it was made from.
void TestFuzzer::hotPlaceIsWhereTheFindDiffers() {
    using Span = std::pair<size_t, size_t>;
    QCOMPARE(changed_span("abcdef", "abXdef"), Span(2, 3)); // one byte changed
    QCOMPARE(changed_span("abcdef", "aXYZef"), Span(1, 4)); // a run changed
    QCOMPARE(changed_span("abc", "abXYc"), Span(2, 4));     // bytes inserted
    QCOMPARE(changed_span("abcdef", "abef"), Span(2, 3));   // bytes taken out: the place
    QCOMPARE(changed_span("abc", "abcd"), Span(3, 4));      // appended
    QCOMPARE(changed_span("abcd", "abc"), Span(3, 4));      // cut: past the end
    QCOMPARE(changed_span("aaaa", "aaaaa"), Span(4, 5));    // the common prefix wins
    QCOMPARE(changed_span("", "xy"), Span(0, 2));
    QCOMPARE(changed_span("Xbcdef", "abcdeY"), Span(0, 6)); // both ends

    // In the loop: every entry made by a mutation has a place within it; loaded ones have none.
    LadderExecutor executor;
    executor.byte_features = true;
    RecordingObserver observer;
    Fuzzer fuzzer(executor, observer, options(/*seed=*/5, /*max_runs=*/20000));
    fuzzer.load({ChoiceSequence::from_bytes("seed input")});
    fuzzer.loop();
    QCOMPARE(fuzzer.corpus().entries().front()->hot_begin,
             fuzzer.corpus().entries().front()->hot_end);
    for (const auto& e : fuzzer.corpus().entries())
        if (e->id > 0)
            QVERIFY(e->hot_begin < e->hot_end);
    QVERIFY(fuzzer.corpus().size() > 5);
}

QTEST_APPLESS_MAIN(TestFuzzer)
#include "tst_fuzzer.moc"
