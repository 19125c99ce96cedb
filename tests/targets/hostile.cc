// Property tests that attack the process running them, for the campaign's fault tests
// (tst_hostile, tst_cli). Each does its harm on every example, so that a campaign meets it at once.
#include "protocol/codec.h"

#include <arcwise/arcwise.hpp>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace aw = arcwise;
namespace protocol = arcwise::protocol;

namespace {

// The worker's control channel (set by the supervisor), or -1 outside worker mode.
int control_fd() {
    const char* v = std::getenv("ARCWISE_CONTROL_FD");
    return v ? std::atoi(v) : -1;
}

void write_all(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return;
        done += size_t(n);
    }
}

} // namespace

ARCWISE_TEST(Hostile, KillsParent) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    ::kill(::getppid(), SIGKILL);
    ::pause();
}

ARCWISE_TEST(Hostile, KillsGroup) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    ::kill(0, SIGKILL);
    ::pause();
}

// 100 MB per example on stdout, without a newline.
ARCWISE_TEST(Hostile, FloodsStdout) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    static const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 100; ++i)
        std::fwrite(chunk.data(), 1, chunk.size(), stdout);
    std::fflush(stdout);
}

// A line on stderr for every example, as a target with a chatty logger does (thousands a second).
// HOSTILE_CHATTER_US paces it (microseconds spun per example), for measuring the supervisor at
// a given rate.
ARCWISE_TEST(Hostile, Chatters) {
    static const int pause_us =
        std::getenv("HOSTILE_CHATTER_US") ? std::atoi(std::getenv("HOSTILE_CHATTER_US")) : 0;
    const int x = aw::draw(aw::integers<int>(0, 1 << 20), "x");
    std::fprintf(stderr, "chatter: example %d, as a target that logs every call prints it\n", x);
    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(pause_us);
    while (pause_us > 0 && std::chrono::steady_clock::now() < until) {
    }
}

// Chatters, then, after 20,000 examples in one process, prints a crash report (as a sanitizer
// does, many lines at once) and dies: the report must reach the supervisor whole.
ARCWISE_TEST(Hostile, ChattersThenDies) {
    static int examples = 0;
    const int x = aw::draw(aw::integers<int>(0, 1 << 20), "x");
    std::fprintf(stderr, "chatter: example %d, as a target that logs every call prints it\n", x);
    if (++examples < 20000)
        return;
    std::fprintf(stderr, "==%d==ERROR: HostileSanitizer: planted report after a flood\n",
                 int(::getpid()));
    for (int frame = 0; frame < 40; ++frame)
        std::fprintf(stderr, "    #%d 0x%08x in frame_%d hostile.cc:%d\n", frame, 0x1000 + frame,
                     frame, 100 + frame);
    std::fprintf(stderr, "SUMMARY: HostileSanitizer: planted report after a flood\n");
    std::fflush(stderr);
    ::kill(::getpid(), SIGKILL);
}

// Blocks every signal it can and never returns.
ARCWISE_TEST(Hostile, BlocksSignals) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    sigset_t all;
    ::sigfillset(&all);
    ::sigprocmask(SIG_BLOCK, &all, nullptr);
    for (;;)
        ::sleep(1000);
}

// A byte into every descriptor it finds.
ARCWISE_TEST(Hostile, WritesInheritedFds) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    for (int fd = 3; fd < 1024; ++fd)
        [[maybe_unused]] ssize_t n = ::write(fd, "\x7f", 1);
}

// The start of a frame on the control channel, then a byte every 200 ms: never a whole message.
ARCWISE_TEST(Hostile, Dribbles) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    const int fd = control_fd();
    if (fd < 0)
        return;
    write_all(fd, std::string("\x64\x00\x00\x00\x03", 5));
    for (int i = 0; i < 99; ++i) {
        write_all(fd, std::string(1, '\0'));
        ::usleep(200000);
    }
    for (;;)
        ::sleep(1000);
}

// Well-formed statistics, a hundred thousand per example.
ARCWISE_TEST(Hostile, FloodsStats) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    const int fd = control_fd();
    if (fd < 0)
        return;
    protocol::Stats s;
    s.target = "Hostile.FloodsStats";
    s.runs = 1;
    std::string frames;
    for (int i = 0; i < 1000; ++i)
        frames += protocol::encode(s);
    for (int i = 0; i < 100; ++i)
        write_all(fd, frames);
}

// New corpus entries of 100 KB, a thousand per example (100 MB).
ARCWISE_TEST(Hostile, FloodsEntries) {
    const int x = aw::draw(aw::integers<int>(0, 1 << 30), "x");
    const int fd = control_fd();
    if (fd < 0)
        return;
    protocol::NewEntry e;
    e.target = "Hostile.FloodsEntries";
    for (int i = 0; i < 1000; ++i) {
        e.input = std::to_string(x) + "-" + std::to_string(i) + std::string(100000, 'e');
        write_all(fd, protocol::encode(e));
    }
}

// Labels with control characters: escaped by the runtime, so the worker goes on.
ARCWISE_TEST(Hostile, ControlLabels) {
    (void)aw::draw(aw::integers<int>(0, 10), "x");
    aw::event("line\nbreak\x1b[31m");
    aw::target(1.0, "score\x01");
}
