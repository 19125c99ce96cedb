#pragma once
// A small, fast, seedable random generator (xoshiro256**). Every random choice the engine makes
// flows from one of these, so a run is reproducible from its printed seed.

#include <cstddef>
#include <cstdint>

namespace arcwise::engine {

class Rng {
public:
    explicit Rng(uint64_t seed = 0) { reseed(seed); }

    void reseed(uint64_t seed) {
        // splitmix64 spreads any seed, including 0, over the whole state.
        for (auto& word : state_) {
            seed += 0x9e3779b97f4a7c15ULL;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    uint64_t next() {
        const uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in [0, n); n must be > 0.
    uint64_t below(uint64_t n) { return static_cast<uint64_t>((__uint128_t(next()) * n) >> 64); }
    // Uniform in [lo, hi], inclusive.
    uint64_t between(uint64_t lo, uint64_t hi) {
        if (hi - lo == UINT64_MAX)
            return next();
        return lo + below(hi - lo + 1);
    }
    bool one_in(uint64_t n) { return below(n) == 0; }
    bool coin() { return next() >> 63; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t state_[4];
};

} // namespace arcwise::engine
