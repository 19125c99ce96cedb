// Shared by the frontier-guidance harnesses (bench/frontier.sh): planted bugs that can be
// counted instead of crashing, and blocks of code to put behind conditions.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace bench {

inline const auto g_start = std::chrono::steady_clock::now();

__attribute__((noinline)) inline void sink(int v) {
    static volatile int s;
    s = s + v;
}

// A planted bug. Aborts, as a real bug would; with ARCWISE_BENCH_MARK set in the environment it
// prints "BUG <id> <seconds since start>" the first time instead and returns, so that one run
// measures the time to every bug and the coverage over its whole length.
inline void bug(int id) {
    static const bool mark = std::getenv("ARCWISE_BENCH_MARK") != nullptr;
    if (!mark)
        std::abort();
    static bool reached[32];
    if (!reached[id & 31]) {
        reached[id & 31] = true;
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - g_start).count();
        std::fprintf(stderr, "BUG %d %.3f\n", id, s);
    }
}

inline uint16_t rd16(const uint8_t* p) {
    return uint16_t(p[0] | p[1] << 8);
}
inline uint32_t rd32(const uint8_t* p) {
    return uint32_t(rd16(p) | uint32_t(rd16(p + 2)) << 16);
}

template <int K, int C> __attribute__((noinline)) void leaf() {
    sink(K * 16 + C);
}

// About 35 blocks of code that any input entering it covers bit by bit (a switch on the input's
// bytes, each case calling a function of its own, so that the compiler cannot fold the switch
// into a table), with no bug inside: the body of a feature the fuzzer can explore once there.
template <int K> __attribute__((noinline)) void block(const uint8_t* d, size_t n) {
    for (size_t i = 0; i < n && i < 6; ++i) {
        switch ((d[i] + K) & 15) {
        case 0:
            leaf<K, 0>();
            break;
        case 1:
            leaf<K, 1>();
            break;
        case 2:
            leaf<K, 2>();
            break;
        case 3:
            leaf<K, 3>();
            break;
        case 4:
            leaf<K, 4>();
            break;
        case 5:
            leaf<K, 5>();
            break;
        case 6:
            leaf<K, 6>();
            break;
        case 7:
            leaf<K, 7>();
            break;
        case 8:
            leaf<K, 8>();
            break;
        case 9:
            leaf<K, 9>();
            break;
        case 10:
            leaf<K, 10>();
            break;
        case 11:
            leaf<K, 11>();
            break;
        case 12:
            leaf<K, 12>();
            break;
        case 13:
            leaf<K, 13>();
            break;
        case 14:
            leaf<K, 14>();
            break;
        default:
            leaf<K, 15>();
            break;
        }
    }
}

// N blocks, K to K + N - 1, one after the other: a region of about 35 × N blocks.
template <int K, int... I>
void region_impl(const uint8_t* d, size_t n, std::integer_sequence<int, I...>) {
    (block<K + I>(d, n), ...);
}
template <int K, int N> __attribute__((noinline)) void region(const uint8_t* d, size_t n) {
    region_impl<K>(d, n, std::make_integer_sequence<int, N>{});
}

} // namespace bench
