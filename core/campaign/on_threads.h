#pragma once
// Work spread over threads: the campaign library's one pool for jobs of a few child processes
// each (listing binaries, reading their graphs).

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace arcwise::campaign {

// Calls work(i) once for every i in [0, count), in index order as threads come free, on up to
// `threads` threads (the calling one among them); returns when all are done. Once `stop` is set
// no further index is started.
template <typename Work>
void for_each_on_threads(size_t count, int threads, Work&& work,
                         const std::atomic<bool>* stop = nullptr) {
    std::atomic<size_t> next{0};
    auto run = [&] {
        for (size_t i = next++; i < count && !(stop && stop->load()); i = next++)
            work(i);
    };
    std::vector<std::thread> helpers;
    for (size_t i = 1; i < std::min(count, size_t(std::max(threads, 1))); ++i)
        helpers.emplace_back(run);
    run();
    for (std::thread& t : helpers)
        t.join();
}

} // namespace arcwise::campaign
