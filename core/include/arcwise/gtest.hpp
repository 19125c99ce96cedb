#pragma once
// Property tests inside GoogleTest. Include this header instead of arcwise.hpp (in one source file
// at least), link GoogleTest's GTest::gtest but not GTest::gtest_main, and every ARCWISE_TEST of
// the binary is a GoogleTest test beside its TEST()s:
//
//   #include <arcwise/gtest.hpp>
//   namespace aw = arcwise;
//
//   ARCWISE_TEST(Sorting, KeepsElements) { ... }      // the GoogleTest test Sorting.KeepsElements
//   TEST(Sorting, EmptyInput) { ... }                  // an ordinary test, as before
//
// The Arcwise runtime provides main(): Arcwise's modes when their flags are given (--fuzz=NAME,
// --list, --worker, --shrink, --show, libFuzzer's command line), GoogleTest otherwise, with its
// --gtest_* flags. Each property test runs as unit-test mode runs it (its stored regressions, then
// --examples=N generated examples, each in a child process, so a crash fails the test rather than
// ending the test binary) and fails with the shrunk example in its failure message. See
// docs/sdk.md, "Property tests inside GoogleTest". Needs GoogleTest 1.10 or newer.

#include <arcwise/arcwise.hpp>
#include <arcwise/test_host.hpp>
#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

namespace arcwise::detail::gtest {

// One ARCWISE_TEST as a GoogleTest test. Registered with ::testing::Test as its fixture (as TEST()
// is), so TEST()s and ARCWISE_TESTs may share a suite name.
class PropertyTest final : public ::testing::Test {
public:
    explicit PropertyTest(PropertyTestInfo info) : info_(std::move(info)) {}

    void TestBody() override {
        const PropertyRun run = run_property_examples(info_.suite, info_.name);
        RecordProperty("arcwise_examples", std::to_string(run.examples));
        RecordProperty("arcwise_discarded", std::to_string(run.discarded));
        RecordProperty("arcwise_stored_regressions", std::to_string(run.stored));
        if (!run.passed)
            ADD_FAILURE_AT(info_.file.c_str(), info_.line) << run.report;
    }

private:
    PropertyTestInfo info_;
};

inline void init(int* argc, char** argv) {
    ::testing::InitGoogleTest(argc, argv);
}

inline int run(const std::vector<PropertyTestInfo>& tests) {
    for (const PropertyTestInfo& info : tests)
        ::testing::RegisterTest(info.suite.c_str(), info.name.c_str(), nullptr, nullptr,
                                info.file.c_str(), info.line,
                                [info]() -> ::testing::Test* { return new PropertyTest(info); });
    return RUN_ALL_TESTS();
}

// When another main() runs the tests (GTest::gtest_main linked too), the property tests were
// never registered: say so rather than pass without them.
class RuntimeMainCheck final : public ::testing::Environment {
public:
    void SetUp() override {
        if (!test_host_running())
            FAIL() << "The ARCWISE_TESTs of this binary did not run: its main() is not the "
                      "Arcwise runtime's. Link GTest::gtest, not GTest::gtest_main (the runtime "
                      "provides main()).";
    }
};

inline int install() {
    static const int once = [] {
        install_test_host(TestHost{&init, &run});
        ::testing::AddGlobalTestEnvironment(new RuntimeMainCheck);
        return 0;
    }();
    return once;
}

// Runs while the program starts, before main().
[[maybe_unused]] static const int installed = install();

} // namespace arcwise::detail::gtest
