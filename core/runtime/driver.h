#pragma once
// The runtime's entry point: parses the command line and runs one mode (fuzz, replay, merge,
// minimise, worker, list). main() in main.cc only calls this.

#include "engine/choice.h"
#include "options.h"

#include <string>
#include <vector>

namespace arcwise::runtime {

int run_main(int argc, char** argv);

// Shared by the modes.
struct InputFile {
    std::string path;
    std::string data;
};
// Reads every regular file of the directories (not recursive), smallest first.
std::vector<InputFile> read_corpus(const std::vector<std::string>& dirs, size_t* total_bytes);
bool read_file(const std::string& path, std::string& out, std::string* error);
bool write_file(const std::string& path, std::string_view data, std::string* error);
size_t current_rss_mb();
std::string base_name(const char* path); // the file name after the last '/'
void install_variant_hooks();            // interceptors.cc or san_hooks.cc
bool sanitizer_variant();
// False when the program brought its own malloc (a harness defining it, a static jemalloc or
// tcmalloc), which replaced the runtime's: then nothing checks -malloc_limit_mb.
bool owns_allocator();

class CurrentInput;
struct Target;
// libFuzzer-style fuzzing of one target in this process (also the child of --fuzz).
int fuzz_standalone(const Options& options, const Target& target, CurrentInput& current);

int run_worker(const Options& options);   // worker.cc
int run_minimize(const Options& options); // minimize.cc

} // namespace arcwise::runtime
