#include "exec_child.h"

#include "engine/serialize.h"
#include "executor.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace arcwise::runtime {

namespace {

bool read_exact(int fd, void* buffer, size_t size) {
    auto* p = static_cast<char*>(buffer);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool write_exact(int fd, const void* buffer, size_t size) {
    const auto* p = static_cast<const char*>(buffer);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

// Request: [u32 size][u8 extend][u8 seed_from_input][u8 printing][u64 seed][serialised input]
std::string encode_request(const engine::ChoiceSequence& input, const RunConfig& c) {
    const std::string body = engine::serialize(input);
    std::string out(4 + 3 + 8, '\0');
    const uint32_t size = uint32_t(3 + 8 + body.size());
    std::memcpy(out.data(), &size, 4);
    out[4] = char(c.extend == engine::Extend::Simplest ? 1 : 0);
    out[5] = char(c.seed_from_input ? 1 : 0);
    out[6] = char(c.printing ? 1 : 0);
    std::memcpy(out.data() + 7, &c.seed, 8);
    return out + body;
}

} // namespace

ExecChild::ExecChild(const Target& target, CrashConfig crash, bool quiet)
    : target_(target), crash_(std::move(crash)), quiet_(quiet) {}

ExecChild::~ExecChild() {
    stop();
}

void ExecChild::stop() {
    if (to_child_ >= 0)
        ::close(to_child_);
    if (from_child_ >= 0)
        ::close(from_child_);
    to_child_ = from_child_ = -1;
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    pid_ = -1;
}

bool ExecChild::spawn() {
    int requests[2], replies[2];
    if (::pipe2(requests, O_CLOEXEC) != 0)
        return false;
    if (::pipe2(replies, O_CLOEXEC) != 0) {
        ::close(requests[0]);
        ::close(requests[1]);
        return false;
    }
    std::fflush(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        // An attempt never outlives the process that runs it, even one that blocks every signal
        // it can: the kernel's SIGKILL on the parent's death cannot be blocked.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(0);
        ::close(requests[1]);
        ::close(replies[0]);
        serve(requests[0], replies[1]);
    }
    ::close(requests[0]);
    ::close(replies[1]);
    pid_ = pid;
    to_child_ = requests[1];
    from_child_ = replies[0];
    ++forks_;
    return true;
}

void ExecChild::serve(int in, int out) {
    ::signal(SIGPIPE, SIG_IGN);
    if (quiet_) {
        const int null = ::open("/dev/null", O_WRONLY);
        if (null >= 0) {
            ::dup2(null, 1);
            ::dup2(null, 2);
        }
    }
    static CurrentInput current;
    current.map_private();
    CrashConfig config = crash_;
    config.report_fd = out;
    config.channel = nullptr;
    CrashHandler::install(config, &current);
    install_property_context_hook();
    InProcessExecutor executor(target_, current);
    std::vector<uint32_t> features;
    for (;;) {
        uint32_t size = 0;
        if (!read_exact(in, &size, 4))
            ::_exit(0);
        std::string request(size, '\0');
        if (size < 11 || !read_exact(in, request.data(), size))
            ::_exit(0);
        RunConfig& rc = run_config();
        rc.extend = request[0] ? engine::Extend::Simplest : engine::Extend::Random;
        rc.seed_from_input = request[1] != 0;
        rc.printing = request[2] != 0;
        std::memcpy(&rc.seed, request.data() + 3, 8);
        auto input = engine::deserialize(std::string_view(request).substr(11));
        if (!input)
            ::_exit(3);
        features.clear();
        engine::ExecResult r = executor.execute(*input, features);
        Outcome o;
        o.status = r.status;
        o.kind = r.failure_kind;
        o.message = r.failure_message;
        o.signature = r.failure_signature;
        if (!target_.takes_bytes) {
            const CaseRecord& record = last_case();
            o.location = record.location;
            o.draws = record.draws;
            o.notes = record.notes;
            o.events = record.events;
            o.targets = record.targets;
            if (o.status == engine::ExecStatus::Discard)
                o.kind = record.overrun ? "overrun" : "invalid";
        } else if (o.status == engine::ExecStatus::Discard) {
            o.kind = "invalid"; // a harness returned -1: "do not add to the corpus"
        }
        o.realised = engine::serialize(r.has_realised ? r.realised : *input);
        const std::string reply = encode_outcome(o);
        if (!write_exact(out, reply.data(), reply.size()))
            ::_exit(0);
        std::fflush(stdout);
    }
}

Outcome ExecChild::reap(const char* why) {
    Outcome o;
    o.status = engine::ExecStatus::Failure;
    o.crashed = true;
    int status = 0;
    if (pid_ > 0 && ::waitpid(pid_, &status, 0) == pid_) {
        if (WIFSIGNALED(status)) {
            o.kind = "killed";
            o.message = std::string("killed by signal ") + ::strsignal(WTERMSIG(status));
        } else {
            o.kind = "exit";
            o.message = "exited with status " + std::to_string(WEXITSTATUS(status));
        }
    } else {
        o.kind = "lost";
        o.message = why;
    }
    o.signature = o.kind + "|" + o.message;
    pid_ = -1;
    stop();
    return o;
}

Outcome ExecChild::run(const engine::ChoiceSequence& input, const RunConfig& config) {
    if (pid_ < 0 && !spawn()) {
        Outcome o;
        o.status = engine::ExecStatus::Failure;
        o.kind = "lost";
        o.message = std::string("cannot start a process for the attempt: ") + std::strerror(errno);
        o.signature = "lost";
        return o;
    }
    const std::string request = encode_request(input, config);
    if (!write_exact(to_child_, request.data(), request.size()))
        return reap("the attempt process went away");
    // The child's own timer reports hangs; this is the backstop when even that cannot run.
    const int limit_ms = int(std::min(crash_.timeout_seconds * 2 + 10, 1e6) * 1000);
    pollfd p{from_child_, POLLIN, 0};
    int ready;
    do
        ready = ::poll(&p, 1, limit_ms);
    while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        ::kill(pid_, SIGKILL);
        Outcome o = reap("no answer");
        o.kind = "timeout";
        o.message = "the attempt did not answer within " + std::to_string(limit_ms / 1000) + " s";
        o.signature = "timeout";
        return o;
    }
    uint32_t size = 0;
    if (!read_exact(from_child_, &size, 4))
        return reap("the attempt process died without a report");
    std::string frame(4 + size, '\0');
    std::memcpy(frame.data(), &size, 4);
    if (!read_exact(from_child_, frame.data() + 4, size))
        return reap("the attempt process died mid-report");
    std::string error;
    auto o = decode_outcome(frame, &error);
    if (!o)
        return reap(error.c_str());
    if (o->crashed) {
        // The crash handler reported; the process is exiting.
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
        stop();
    }
    return *o;
}

} // namespace arcwise::runtime
