// libFuzzer's parallel modes (-fork=N, -jobs=N, -workers=N) through the campaign: the binary
// becomes a one-binary project in a private directory, its corpus directories are imported,
// `arcwise-cli fuzz` runs it on N workers (the campaign's several workers per target, sharing
// what they find), and what the campaign found comes back in libFuzzer's layout: new corpus files
// in the first corpus directory, failures as crash-/timeout-/oom-<sha1> artifacts. No second
// implementation of parallel fuzzing lives in the runtime.

#include "parallel.h"

#include "driver.h"
#include "sha1.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace arcwise::runtime {

namespace {

constexpr size_t kMaxFileBytes = 1 << 20; // as arcwise-cli import takes

std::string sha1_of(const std::string& data) {
    char hex[41];
    sha1_hex(reinterpret_cast<const uint8_t*>(data.data()), data.size(), hex);
    return std::string(hex, 40);
}

bool is_executable(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           ::access(path.c_str(), X_OK) == 0;
}

// ARCWISE_CLI, else arcwise-cli on PATH; empty when there is none.
std::string find_cli() {
    if (const char* given = std::getenv("ARCWISE_CLI"); given && *given)
        return is_executable(given) ? given : std::string();
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
        const size_t end = dirs.find(':', start);
        const std::string dir = dirs.substr(start, end == std::string::npos ? end : end - start);
        const std::string candidate = (dir.empty() ? "." : dir) + "/arcwise-cli";
        if (is_executable(candidate))
            return candidate;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return {};
}

std::vector<std::string> regular_files(const std::string& dir) {
    std::vector<std::string> files;
    DIR* d = ::opendir(dir.c_str());
    if (!d)
        return files;
    while (dirent* e = ::readdir(d)) {
        const std::string path = dir + "/" + e->d_name;
        struct stat st {};
        if (e->d_name[0] != '.' && ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            size_t(st.st_size) <= kMaxFileBytes)
            files.push_back(path);
    }
    ::closedir(d);
    return files;
}

// As driver.h's read_file, but bounded and never through a link: the files are anybody's corpus,
// and one swapped or grown after regular_files() looked at it must not be read whole.
bool read_bounded(const std::string& path, std::string& out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    out.clear();
    char buffer[65536];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && out.size() <= kMaxFileBytes)
        out.append(buffer, size_t(n));
    ::close(fd);
    return n == 0;
}

void remove_tree(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        if (DIR* d = ::opendir(path.c_str())) {
            std::vector<std::string> names;
            while (dirent* e = ::readdir(d))
                if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                    names.emplace_back(e->d_name);
            ::closedir(d);
            for (const auto& n : names)
                remove_tree(path + "/" + n);
        }
        ::rmdir(path.c_str());
    } else {
        ::unlink(path.c_str());
    }
}

// Runs the command with this process's stdout and stderr; its exit status, or -1.
int run(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::fflush(nullptr);
    pid_t pid = 0;
    if (::posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string seconds_text(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%gs", s);
    return text;
}

// "crash-", "timeout-" or "oom-" for a failure file exported as <id>-<kind>-minimal.
const char* artifact_kind(const std::string& file) {
    if (file.find("-timeout-") != std::string::npos)
        return "timeout-";
    if (file.find("-oom-") != std::string::npos)
        return "oom-";
    return "crash-";
}

} // namespace

int parallel_workers(const Options& o) {
    if (o.fork > 1)
        return int(o.fork);
    if (o.workers > 1)
        return int(o.workers);
    if (o.jobs > 1)
        return int(o.jobs);
    return 0;
}

int fuzz_in_parallel(const Options& o, const Target& target, bool* ran) {
    *ran = false;
    const int workers = parallel_workers(o);
    const std::string cli = find_cli();
    if (cli.empty()) {
        std::fprintf(stderr,
                     "INFO: %d workers run through arcwise-cli, which is not on PATH (set "
                     "ARCWISE_CLI to it): fuzzing in this one process.\n",
                     workers);
        return 0;
    }
    char self[4096];
    const ssize_t self_size = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (self_size <= 0)
        return 0;
    self[self_size] = '\0';
    const char* tmp = std::getenv("TMPDIR");
    std::string work = std::string(tmp && *tmp ? tmp : "/tmp") + "/arcwise-parallel-XXXXXX";
    if (!::mkdtemp(work.data())) {
        std::fprintf(stderr,
                     "INFO: cannot create a directory for the campaign (%s): fuzzing "
                     "in this one process.\n",
                     std::strerror(errno));
        return 0;
    }
    *ran = true;
    const char* base = std::strrchr(self, '/');
    const std::string project = work + "/project";
    const std::string db = work + "/campaign.sqlite";
    const std::string seeds = work + "/seeds";
    const std::string out = work + "/out";
    ::mkdir(project.c_str(), 0755);
    if (::symlink(self, (project + "/" + (base ? base + 1 : self)).c_str()) != 0) {
        std::fprintf(stderr, "ERROR: cannot link %s into %s: %s\n", self, project.c_str(),
                     std::strerror(errno));
        remove_tree(work);
        return 1;
    }
    std::fprintf(stderr, "INFO: fuzzing with %d workers through %s (the campaign's workers)\n",
                 workers, cli.c_str());

    // The corpus directories, as arcwise-cli import reads them: seeds/corpus/<target>/<file>.
    const std::string target_dir = seeds + "/corpus/" + target.name;
    ::mkdir(seeds.c_str(), 0755);
    ::mkdir((seeds + "/corpus").c_str(), 0755);
    ::mkdir(target_dir.c_str(), 0755);
    std::string data;
    size_t seeded = 0;
    for (const auto& dir : o.corpus_dirs)
        for (const auto& file : regular_files(dir))
            if (read_bounded(file, data) &&
                write_file(target_dir + "/" + sha1_of(data), data, nullptr))
                ++seeded;
    const std::vector<std::string> db_option = {"--db", db};
    auto with_db = [&](std::vector<std::string> args) {
        args.insert(args.end(), db_option.begin(), db_option.end());
        return args;
    };
    int status = run(with_db({cli, "import", project, seeds}));
    if (status != 0) {
        remove_tree(work);
        return 1;
    }

    std::vector<std::string> fuzz =
        with_db({cli, "fuzz", project, "--cores", std::to_string(workers), "--oversubscribe"});
    if (!o.ignore_crashes) // libFuzzer's fork mode ends at the first crash unless told not to
        fuzz.push_back("--stop-on-failure");
    if (o.max_total_time > 0)
        fuzz.insert(fuzz.end(), {"--time", seconds_text(std::max(1.0, o.max_total_time))});
    if (o.timeout_given && o.timeout > 0 && o.timeout < 3600)
        fuzz.insert(fuzz.end(), {"--timeout", seconds_text(std::max(0.1, o.timeout))});
    if (o.rss_limit_mb >= 64)
        fuzz.insert(fuzz.end(), {"--memory", std::to_string(o.rss_limit_mb)});
    if (o.seed)
        fuzz.insert(fuzz.end(), {"--seed", std::to_string(o.seed & 0x7FFFFFFF)});
    status = run(fuzz);
    const bool found = status == 1;

    // Back in libFuzzer's layout: new corpus files, and one artifact per failure.
    size_t corpus_files = 0, artifacts = 0;
    if (run(with_db({cli, "export", project, out})) == 0) {
        if (!o.corpus_dirs.empty())
            for (const auto& file : regular_files(out + "/corpus/" + target.name))
                if (read_bounded(file, data)) {
                    const std::string to = o.corpus_dirs.front() + "/" + sha1_of(data);
                    struct stat st {};
                    if (::lstat(to.c_str(), &st) != 0 && write_file(to, data, nullptr))
                        ++corpus_files;
                }
        for (const auto& file : regular_files(out + "/failures/" + target.name)) {
            if (file.size() < 8 || file.compare(file.size() - 8, 8, "-minimal") != 0 ||
                !read_bounded(file, data))
                continue;
            const std::string name = artifact_kind(file) + sha1_of(data);
            const std::string to =
                o.exact_artifact_path.empty() ? o.artifact_prefix + name : o.exact_artifact_path;
            if (write_file(to, data, nullptr)) {
                std::fprintf(stderr, "artifact_prefix='%s'; Test unit written to %s\n",
                             o.artifact_prefix.c_str(), to.c_str());
                ++artifacts;
            }
        }
    }
    std::fprintf(stderr, "INFO: %zu seed files in, %zu new corpus files and %zu artifacts out\n",
                 seeded, corpus_files, artifacts);
    remove_tree(work);
    if (found)
        return int(o.error_exitcode);
    return status == 0 ? 0 : 1;
}

} // namespace arcwise::runtime
