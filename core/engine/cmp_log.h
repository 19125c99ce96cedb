#pragma once
// The operands of recent comparisons the target made (a "table of recent compares", as libFuzzer
// keeps). Mutators insert one operand where the input holds the other, which is how magic values,
// lengths and checksums become reachable.

#include "rng.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace arcwise::engine {

class CmpLog {
public:
    static constexpr size_t kIntSlots = 64;
    static constexpr size_t kWordSlots = 32;
    static constexpr size_t kMaxWord = 64;

    struct IntPair {
        uint64_t a = 0, b = 0;
        uint8_t width = 0; // bytes: 1, 2, 4 or 8; 0 for an empty slot
    };
    struct Word {
        uint8_t size = 0;
        uint8_t bytes[kMaxWord];
    };
    struct WordPair {
        Word a, b;
    };

    void add_int(uint64_t pc, uint64_t a, uint64_t b, uint8_t width) {
        if (a == b)
            return;
        auto& slot = ints_[(pc ^ a ^ (b << 1)) % kIntSlots];
        slot = {a, b, width};
    }
    void add_bytes(uint64_t pc, const void* a, const void* b, size_t n) {
        if (n == 0 || n > kMaxWord || same_bytes(a, b, n))
            return;
        auto& slot = words_[(pc ^ n) % kWordSlots];
        slot.a.size = slot.b.size = static_cast<uint8_t>(n);
        std::memcpy(slot.a.bytes, a, n);
        std::memcpy(slot.b.bytes, b, n);
    }
    // Operands of different sizes (strcmp against a literal); each is cut to kMaxWord bytes.
    void add_words(uint64_t pc, const void* a, size_t an, const void* b, size_t bn) {
        an = an < kMaxWord ? an : kMaxWord;
        bn = bn < kMaxWord ? bn : kMaxWord;
        if ((an == 0 && bn == 0) || (an == bn && same_bytes(a, b, an)))
            return;
        auto& slot = words_[(pc ^ an ^ (bn << 7)) % kWordSlots];
        slot.a.size = static_cast<uint8_t>(an);
        slot.b.size = static_cast<uint8_t>(bn);
        std::memcpy(slot.a.bytes, a, an);
        std::memcpy(slot.b.bytes, b, bn);
    }
    // A random recorded pair, or nullptr when nothing was recorded in that slot.
    const IntPair* random_int(Rng& rng) const {
        const auto& slot = ints_[rng.below(kIntSlots)];
        return slot.width ? &slot : nullptr;
    }
    // A recorded pair, drawing up to `draws` slots: the log is sparse early in a run and in
    // small targets.
    const IntPair* some_int(Rng& rng, unsigned draws = 8) const {
        const IntPair* pair = nullptr;
        for (unsigned i = 0; i < draws && !pair; ++i)
            pair = random_int(rng);
        return pair;
    }
    const WordPair* random_word(Rng& rng) const {
        const auto& slot = words_[rng.below(kWordSlots)];
        return (slot.a.size || slot.b.size) ? &slot : nullptr;
    }
    void clear() { *this = CmpLog(); }

private:
    // A plain loop, not memcmp: the runtime intercepts memcmp and reports into this log.
    static bool same_bytes(const void* a, const void* b, size_t n) {
        const auto* x = static_cast<const uint8_t*>(a);
        const auto* y = static_cast<const uint8_t*>(b);
        for (size_t i = 0; i < n; ++i)
            if (x[i] != y[i])
                return false;
        return true;
    }

    std::array<IntPair, kIntSlots> ints_{};
    std::array<WordPair, kWordSlots> words_{};
};

} // namespace arcwise::engine
