#pragma once
// Reproducers a user pastes as they are, for a stored failure: the command lines that replay it
// and a regression test in source form. For a property test, the failing example kept in the
// test's own source file (ARCWISE_EXAMPLE, the C++ counterpart of Hypothesis's @example, which
// HypoFuzz's patches add), shown as a unified diff against that file; for a libFuzzer harness,
// the regression-corpus file and the CTest line that replays it. Pure functions over the failure
// and the file's text: no clock, no process.

#include "types.h"

#include <QCoreApplication>
#include <QString>

namespace arcwise::campaign {

class RegressionTest {
    Q_DECLARE_TR_FUNCTIONS(RegressionTest)
};

// `./binary input-file` from the binary's directory: libFuzzer's replay, which a harness built
// with Arcwise runs as libFuzzer does.
QString plain_replay_command(const FailureRow& failure, const QString& input_path);

// The ARCWISE_EXAMPLE line of the failure's minimal input ("Suite.Name" targets only; empty
// otherwise), with a comment above it saying what failed and what was drawn.
QString example_source(const FailureRow& failure);

// The test's source with the example added just above its ARCWISE_TEST(Suite, Name) line.
struct SourcePatch {
    QString file;    // absolute path of the test's source file
    QString patched; // its text with the example added
    QString diff;    // a unified diff (git apply, patch -p1 from the file's directory)
    QString error;   // translated, when there is no patch: why
    bool ok() const { return error.isEmpty(); }
};
// `source` is the file's text, `file` its path as the diff names it. The test is found by its
// ARCWISE_TEST line; `line` (the target's, 1-based) is where it is looked for first.
SourcePatch regression_test_patch(const FailureRow& failure, const QString& file,
                                  const QString& source, int line);

// The CTest line that replays a harness's regression file with the plain binary, for the
// CMakeLists.txt that builds it: the binary is named as arcwise_add_fuzz_target() names its
// target (the file name), which CMake replaces by the built file; the test fails while the
// input still makes the harness fail.
QString ctest_line(const FailureRow& failure, const QString& regression_file);

} // namespace arcwise::campaign
