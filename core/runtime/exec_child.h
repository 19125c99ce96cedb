#pragma once
// Runs inputs of one target in a child process forked from this one, so that a crash, hang or
// memory blow-up of the target cannot take the caller (the shrinker, unit-test mode) down. The
// child stays up between inputs, so a run costs a pipe round trip, not a fork; after a crash the
// next run forks a fresh child. The child reports each run as an Outcome; when it dies, its crash
// handler sends the Outcome; when it is killed outright, the caller makes one from the status.

#include "crash.h"
#include "outcome.h"
#include "property.h"
#include "registry.h"

#include <sys/types.h>

namespace arcwise::runtime {

class ExecChild {
public:
    // `quiet`: the target's stdout and stderr go to /dev/null (thousands of shrink attempts).
    ExecChild(const Target& target, CrashConfig crash, bool quiet);
    ~ExecChild();
    ExecChild(const ExecChild&) = delete;
    ExecChild& operator=(const ExecChild&) = delete;

    Outcome run(const engine::ChoiceSequence& input, const RunConfig& config);
    uint64_t forks() const { return forks_; }

private:
    bool spawn();
    void stop();
    [[noreturn]] void serve(int in, int out);
    Outcome reap(const char* why);

    const Target& target_;
    CrashConfig crash_;
    bool quiet_;
    pid_t pid_ = -1;
    int to_child_ = -1;
    int from_child_ = -1;
    uint64_t forks_ = 0;
};

} // namespace arcwise::runtime
