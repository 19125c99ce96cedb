// Byte-level mutators with libFuzzer's semantics.
//
// Conventions every mutator follows:
//  - It returns false, leaving the data untouched, when it does not apply: the data is too short
//    or already at max_size, a dictionary / comparison log / crossover source is missing or
//    empty, or the mutation it drew would not change anything.
//  - When it returns true the data has changed and its size is at most max_size.
//  - Data already longer than max_size is never touched (mutate() cuts it to max_size first).
//  - The common path does not allocate: strings only grow in place, and the scratch buffer that
//    CrossOver needs is kept per thread and reused.

#include "byte_mutator.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>

namespace arcwise::engine {
namespace {

// Bytes that parsers often treat specially; ChangeByte and InsertByte draw from these half of the
// time and from all 256 values otherwise. The terminating NUL is one of the choices.
constexpr char kInterestingBytes[] =
    "!*'();:@&=+$,/?%#[]{}<>|\\\"`~-_. \t\n\r012789AZaz\x7f\x80\xff";

// How many times AddWordFromCmp / AddIntFromCmp draw a comparison slot before concluding that
// nothing is recorded: the log is sparse early in a run.
constexpr unsigned kCmpDraws = 8;
// At most this many occurrences of a comparison operand are considered for replacement.
constexpr size_t kMaxPositions = 8;
// mutate() draws this many random mutators before it sweeps the whole table.
constexpr unsigned kRandomAttempts = 16;
// One mutate() in this many starts with ChangeHotByte when the entry's hot place is known.
constexpr uint64_t kHotShare = 2;

constexpr ByteMutator::Entry kTable[] = {
    {"EraseBytes", &ByteMutator::erase_bytes},
    {"InsertByte", &ByteMutator::insert_byte},
    {"InsertRepeatedBytes", &ByteMutator::insert_repeated_bytes},
    {"ChangeByte", &ByteMutator::change_byte},
    {"ChangeBit", &ByteMutator::change_bit},
    {"ShuffleBytes", &ByteMutator::shuffle_bytes},
    {"ChangeASCIIInteger", &ByteMutator::change_ascii_integer},
    {"ChangeBinaryInteger", &ByteMutator::change_binary_integer},
    {"CopyPart", &ByteMutator::copy_part},
    {"CrossOver", &ByteMutator::cross_over},
    {"AddWordFromManualDictionary", &ByteMutator::add_word_from_manual_dictionary},
    {"AddWordFromAutoDictionary", &ByteMutator::add_word_from_auto_dictionary},
    {"AddWordFromCmp", &ByteMutator::add_word_from_cmp},
    {"AddIntFromCmp", &ByteMutator::add_int_from_cmp},
};
constexpr size_t kTableSize = std::size(kTable);

char random_byte(Rng& rng) {
    if (rng.coin())
        return static_cast<char>(rng.below(256));
    return kInterestingBytes[rng.below(sizeof(kInterestingBytes))];
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

uint64_t width_mask(size_t width) {
    return width >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * width)) - 1;
}

uint64_t load(const char* p, size_t width, bool big_endian) {
    uint64_t value = 0;
    for (size_t i = 0; i < width; ++i) {
        const size_t byte = big_endian ? width - 1 - i : i;
        value |= uint64_t{static_cast<uint8_t>(p[byte])} << (8 * i);
    }
    return value;
}

void store(char* p, size_t width, uint64_t value, bool big_endian) {
    for (size_t i = 0; i < width; ++i) {
        const size_t byte = big_endian ? width - 1 - i : i;
        p[byte] = static_cast<char>(value >> (8 * i));
    }
}

// Adds -1, 0 or +1 (0 half of the time) within the width: comparisons are often off by one
// (`<` against `<=`), so the neighbours of an operand are worth trying too.
uint64_t nudge(Rng& rng, uint64_t value, size_t width) {
    switch (rng.below(4)) {
    case 0:
        ++value;
        break;
    case 1:
        --value;
        break;
    default:
        break;
    }
    return value & width_mask(width);
}

// Whether two byte ranges share memory (the crossover source must be another input).
bool overlaps(std::string_view a, const std::string& b) {
    if (a.empty() || b.empty())
        return false;
    const std::less<const char*> before;
    return before(a.data(), b.data() + b.size()) && before(b.data(), a.data() + a.size());
}

std::string& crossover_scratch() {
    thread_local std::string scratch;
    return scratch;
}

// Overwrites a random stretch of data with a stretch of the same length from `from` (which may
// be data itself). Returns false if the bytes were already equal.
bool overwrite_part(Rng& rng, std::string& data, const char* from, size_t from_size) {
    const size_t size = data.size();
    const size_t to = rng.below(size);
    const size_t count = std::min<size_t>(1 + rng.below(size - to), from_size);
    const size_t from_at = rng.below(from_size - count + 1);
    char* dest = data.data() + to;
    if (std::memcmp(dest, from + from_at, count) == 0)
        return false;
    std::memmove(dest, from + from_at, count);
    return true;
}

// Inserts a random stretch of `from` (which must not be data) at a random place.
bool insert_part(Rng& rng, std::string& data, size_t max_size, std::string_view from) {
    const size_t size = data.size();
    if (size >= max_size || from.empty())
        return false;
    const size_t count = 1 + rng.below(std::min(max_size - size, from.size()));
    const size_t from_at = rng.below(from.size() - count + 1);
    data.insert(rng.below(size + 1), from.data() + from_at, count);
    return true;
}

// Inserts a random stretch of data into itself at a random place, without a scratch copy.
bool insert_part_of_self(Rng& rng, std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size >= max_size)
        return false;
    const size_t count = 1 + rng.below(std::min(max_size - size, size));
    const size_t from = rng.below(size - count + 1);
    const size_t at = rng.below(size + 1);
    data.insert(at, count, '\0');
    // The source bytes before `at` kept their place; those at or after it moved up by `count`.
    // Neither piece overlaps the gap [at, at + count).
    char* p = data.data();
    const size_t head = from < at ? std::min(count, at - from) : 0;
    std::memcpy(p + at, p + from, head);
    std::memcpy(p + at + head, p + from + head + count, count - head);
    return true;
}

} // namespace

ByteMutator::ByteMutator(Rng& rng, const Dictionary* manual_dictionary,
                         const Dictionary* auto_dictionary, const CmpLog* cmp_log)
    : rng_(rng), manual_(manual_dictionary), auto_(auto_dictionary), cmp_(cmp_log) {
    applied_.reserve(8);
}

const std::vector<ByteMutator::Entry>& ByteMutator::table() {
    static const std::vector<Entry> table(std::begin(kTable), std::end(kTable));
    return table;
}

namespace {

// libFuzzer's ToASCII: the top bit off, then anything neither printable nor whitespace a space.
void to_ascii(std::string& data) {
    for (char& c : data) {
        const auto x = static_cast<unsigned char>(c & 0x7f);
        const bool space = x == ' ' || (x >= '\t' && x <= '\r');
        const bool print = x >= 0x20 && x < 0x7f;
        c = (space || print) ? static_cast<char>(x) : ' ';
    }
}

} // namespace

const ByteMutator::Entry* ByteMutator::apply_one(const Entry* table, size_t size, std::string& data,
                                                 size_t max_size) {
    for (unsigned attempt = 0; attempt < kRandomAttempts; ++attempt) {
        const Entry& entry = table[rng_.below(size)];
        if ((this->*entry.fn)(data, max_size))
            return &entry;
    }
    // Random draws keep missing (say only one mutator applies): try each once, so that
    // mutate() fails only when nothing in the table applies.
    const size_t start = rng_.below(size);
    for (size_t i = 0; i < size; ++i) {
        const Entry& entry = table[(start + i) % size];
        if ((this->*entry.fn)(data, max_size))
            return &entry;
    }
    return nullptr;
}

const char* const ByteMutator::kHotName = "ChangeHotByte";

bool ByteMutator::mutate(std::string& data, size_t max_size, unsigned max_stack) {
    applied_.clear();
    if (data.size() > max_size)
        data.resize(max_size);
    const Entry* table = active_.empty() ? kTable : active_.data();
    const size_t size = active_.empty() ? kTableSize : active_.size();
    const uint64_t steps = max_stack > 1 ? rng_.between(1, max_stack) : 1;
    for (uint64_t step = 0; step < steps; ++step) {
        static const Entry kHot{kHotName, &ByteMutator::change_hot_byte};
        const Entry* done = step == 0 && hot_end_ > hot_begin_ && active_.empty() &&
                                    rng_.one_in(kHotShare) && change_hot_byte(data, max_size)
                                ? &kHot
                                : apply_one(table, size, data, max_size);
        if (!done)
            break;
        if (only_ascii_)
            to_ascii(data);
        applied_.push_back(done->name);
    }
    return !applied_.empty();
}

size_t ByteMutator::mutate_buffer(uint8_t* data, size_t size, size_t max_size) {
    if (max_size == 0)
        return 0;
    std::string& s = buffer_scratch_;
    s.assign(reinterpret_cast<const char*>(data), std::min(size, max_size));
    const Entry* done = apply_one(kTable, kTableSize, s, max_size);
    if (!done) {
        data[0] = ' ';
        return 1;
    }
    if (only_ascii_)
        to_ascii(s);
    applied_.push_back(done->name);
    std::memcpy(data, s.data(), s.size());
    return s.size();
}

void ByteMutator::set_custom(CustomMutations* custom) {
    custom_ = custom;
    active_.clear();
    if (!custom || (!custom->has_mutator() && !custom->has_cross_over()))
        return;
    if (custom->has_mutator())
        active_.push_back({"Custom", &ByteMutator::custom});
    else
        active_.assign(std::begin(kTable), std::end(kTable));
    if (custom->has_cross_over())
        active_.push_back({"CustomCrossOver", &ByteMutator::custom_cross_over});
}

bool ByteMutator::custom(std::string& data, size_t max_size) {
    // The harness mutates in place in a buffer of max_size bytes. Unlike the built-in mutators,
    // a harness that reports failure (0) may already have changed the data, as under libFuzzer.
    if (!custom_ || max_size == 0)
        return false;
    const size_t size = data.size();
    data.resize(max_size);
    const auto seed = static_cast<unsigned>(rng_.next());
    const size_t n = custom_->mutate(reinterpret_cast<uint8_t*>(data.data()), size, max_size, seed);
    if (n == 0 || n > max_size) {
        data.resize(size);
        return false;
    }
    data.resize(n);
    return true;
}

bool ByteMutator::custom_cross_over(std::string& data, size_t max_size) {
    if (!custom_ || data.empty() || crossover_.empty() || max_size == 0)
        return false;
    custom_out_.resize(max_size);
    const auto seed = static_cast<unsigned>(rng_.next());
    const size_t n =
        custom_->cross_over(reinterpret_cast<const uint8_t*>(data.data()), data.size(),
                            reinterpret_cast<const uint8_t*>(crossover_.data()), crossover_.size(),
                            reinterpret_cast<uint8_t*>(custom_out_.data()), max_size, seed);
    if (n == 0 || n > max_size)
        return false;
    data.assign(custom_out_.data(), n);
    return true;
}

bool ByteMutator::apply(std::string_view name, std::string& data, size_t max_size) {
    for (const Entry& entry : kTable) {
        if (name == entry.name)
            return (this->*entry.fn)(data, max_size);
    }
    return false;
}

bool ByteMutator::erase_bytes(std::string& data, size_t max_size) {
    // Erases 1 to size/2 contiguous bytes; never empties the input.
    const size_t size = data.size();
    if (size < 2 || size > max_size)
        return false;
    const size_t count = 1 + rng_.below(size / 2);
    const size_t at = rng_.below(size - count + 1);
    data.erase(at, count);
    return true;
}

bool ByteMutator::insert_byte(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size >= max_size)
        return false;
    const size_t at = rng_.below(size + 1);
    data.insert(data.begin() + static_cast<std::ptrdiff_t>(at), random_byte(rng_));
    return true;
}

bool ByteMutator::insert_repeated_bytes(std::string& data, size_t max_size) {
    constexpr size_t kMinCount = 3;
    constexpr size_t kMaxCount = 128;
    const size_t size = data.size();
    if (size > max_size || max_size - size < kMinCount)
        return false;
    const size_t count = rng_.between(kMinCount, std::min(max_size - size, kMaxCount));
    const size_t at = rng_.below(size + 1);
    // 0x00 and 0xff runs are the likeliest to matter (padding, sentinels), so favour them.
    char byte;
    if (rng_.coin())
        byte = static_cast<char>(rng_.below(256));
    else
        byte = rng_.coin() ? '\0' : '\xff';
    data.insert(at, count, byte);
    return true;
}

bool ByteMutator::change_byte(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size > max_size)
        return false;
    char& target = data[rng_.below(size)];
    char byte = random_byte(rng_);
    if (byte == target)
        byte = static_cast<char>(static_cast<uint8_t>(target) ^ (1 + rng_.below(255)));
    target = byte;
    return true;
}

bool ByteMutator::change_hot_byte(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size > max_size || hot_begin_ > size)
        return false;
    // Half the time the byte after the first one changed: when every byte before it is as
    // before and a check made in order now passes one more step, the next step reads that byte
    // (appended when the input ends there: a reduced input is only as long as what it passes).
    // A quarter of the time that first byte again (the find changed it without passing the step
    // it feeds), an eighth the byte after the place (after an inserted word), else a byte within
    // two of the place.
    size_t at = hot_begin_ + 1;
    if (rng_.coin())
        at = rng_.coin() ? hot_begin_ : rng_.coin() ? hot_end_ : size + 1;
    if (at > size || (at == size && size == max_size)) {
        if (size == 0)
            return false;
        const size_t lo = hot_begin_ >= 2 ? hot_begin_ - 2 : 0;
        const size_t hi = std::min(size, hot_end_ + 2);
        if (lo >= hi)
            return false;
        at = lo + rng_.below(hi - lo);
    }
    // A third of the time any of the 256 values (the step may want any one), a third a byte the
    // input already holds (text formats repeat their alphabet), else one parsers treat specially
    // half the time.
    const uint64_t source = rng_.below(3);
    char byte = source == 0               ? static_cast<char>(rng_.below(256))
                : source == 1 && size > 0 ? data[rng_.below(size)]
                                          : random_byte(rng_);
    if (at == size) {
        data.push_back(byte);
        return true;
    }
    char& target = data[at];
    if (byte == target)
        byte = static_cast<char>(static_cast<uint8_t>(target) ^ (1 + rng_.below(255)));
    target = byte;
    return true;
}

bool ByteMutator::change_bit(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size > max_size)
        return false;
    char& target = data[rng_.below(size)];
    target = static_cast<char>(static_cast<uint8_t>(target) ^ (1u << rng_.below(8)));
    return true;
}

bool ByteMutator::shuffle_bytes(std::string& data, size_t max_size) {
    // Shuffles a window of 2 to 8 bytes.
    constexpr size_t kMaxWindow = 8;
    const size_t size = data.size();
    if (size < 2 || size > max_size)
        return false;
    const size_t count = rng_.between(2, std::min(size, kMaxWindow));
    char* window = data.data() + rng_.below(size - count + 1);
    std::array<char, kMaxWindow> before;
    std::memcpy(before.data(), window, count);
    for (size_t i = count - 1; i > 0; --i)
        std::swap(window[i], window[rng_.below(i + 1)]);
    // An unchanged window (equal bytes, or the identity permutation) is no mutation.
    return std::memcmp(before.data(), window, count) != 0;
}

bool ByteMutator::change_ascii_integer(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size > max_size)
        return false;
    // Find a digit from a random place onwards, wrapping around once; the number starts there
    // (possibly in the middle of a longer one, which varies what is changed).
    size_t begin = rng_.below(size);
    size_t scanned = 0;
    while (scanned < size && !is_digit(data[begin])) {
        begin = begin + 1 == size ? 0 : begin + 1;
        ++scanned;
    }
    if (scanned == size)
        return false;
    size_t end = begin;
    uint64_t value = 0;
    while (end < size && is_digit(data[end]))
        value = value * 10 + static_cast<uint64_t>(data[end++] - '0');

    switch (rng_.below(5)) {
    case 0:
        ++value;
        break;
    case 1:
        --value;
        break;
    case 2:
        value /= 2;
        break;
    case 3:
        value *= 2;
        break;
    default: {
        const uint64_t square = value * value;
        value = square ? rng_.below(square) : 0;
        break;
    }
    }
    // Rewrite the digits in place, keeping the width (so the size does not change).
    bool changed = false;
    for (size_t i = end; i > begin; --i) {
        const char digit = static_cast<char>('0' + value % 10);
        value /= 10;
        changed |= data[i - 1] != digit;
        data[i - 1] = digit;
    }
    return changed;
}

bool ByteMutator::change_binary_integer(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size > max_size)
        return false;
    size_t width = size_t{1} << rng_.below(4); // 1, 2, 4 or 8 bytes
    while (width > size)
        width >>= 1;
    const size_t at = rng_.below(size - width + 1);
    const bool big_endian = rng_.coin();
    char* p = data.data() + at;
    const uint64_t mask = width_mask(width);
    const uint64_t old_value = load(p, width, big_endian);
    uint64_t value;
    if (at < 64 && rng_.one_in(4)) {
        // Headers often hold the size of the input near its start.
        value = size;
    } else {
        const uint64_t add = rng_.below(21) - 10; // -10..10, modulo 2^64
        value = old_value + add;
        if (add == 0 || rng_.coin())
            value = 0 - value;
    }
    value &= mask;
    if (value == old_value)
        return false;
    store(p, width, value, big_endian);
    return true;
}

bool ByteMutator::copy_part(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size > max_size)
        return false;
    if (size == max_size || rng_.coin())
        return overwrite_part(rng_, data, data.data(), size);
    return insert_part_of_self(rng_, data, max_size);
}

bool ByteMutator::cross_over(std::string& data, size_t max_size) {
    const size_t size = data.size();
    if (size == 0 || size > max_size || crossover_.empty() || overlaps(crossover_, data))
        return false;
    switch (rng_.below(3)) {
    case 0: {
        // Interleave stretches of the two inputs, starting with this one, until both are used
        // up or max_size is reached.
        std::string& out = crossover_scratch();
        out.clear();
        const std::string_view inputs[2] = {data, crossover_};
        size_t used[2] = {0, 0};
        unsigned current = 0;
        while (out.size() < max_size &&
               (used[0] < inputs[0].size() || used[1] < inputs[1].size())) {
            const std::string_view in = inputs[current];
            if (used[current] < in.size()) {
                const size_t room = std::min(in.size() - used[current], max_size - out.size());
                const size_t count = 1 + rng_.below(room);
                out.append(in.data() + used[current], count);
                used[current] += count;
            }
            current ^= 1;
        }
        if (out == data)
            return false;
        data.swap(out); // the scratch buffer keeps the old storage for the next call
        return true;
    }
    case 1:
        if (insert_part(rng_, data, max_size, crossover_))
            return true;
        return overwrite_part(rng_, data, crossover_.data(), crossover_.size());
    default:
        return overwrite_part(rng_, data, crossover_.data(), crossover_.size());
    }
}

bool ByteMutator::place_word(std::string& data, size_t max_size, std::string_view word) {
    const size_t size = data.size();
    const size_t count = word.size();
    if (count == 0 || size > max_size)
        return false;
    const bool can_insert = count <= max_size - size;
    const bool can_overwrite = count <= size;
    if (!can_insert && !can_overwrite)
        return false;
    if (can_insert && (!can_overwrite || rng_.coin())) {
        data.insert(rng_.below(size + 1), word.data(), count);
        return true;
    }
    char* dest = data.data() + rng_.below(size - count + 1);
    if (std::memcmp(dest, word.data(), count) == 0)
        return false;
    std::memcpy(dest, word.data(), count);
    return true;
}

bool ByteMutator::add_word_from_manual_dictionary(std::string& data, size_t max_size) {
    if (!manual_ || manual_->empty() || data.size() > max_size)
        return false;
    return place_word(data, max_size, manual_->words()[rng_.below(manual_->size())]);
}

bool ByteMutator::add_word_from_auto_dictionary(std::string& data, size_t max_size) {
    if (!auto_ || auto_->empty() || data.size() > max_size)
        return false;
    return place_word(data, max_size, auto_->words()[rng_.below(auto_->size())]);
}

bool ByteMutator::add_word_from_cmp(std::string& data, size_t max_size) {
    if (!cmp_ || data.size() > max_size)
        return false;
    const CmpLog::WordPair* pair = nullptr;
    for (unsigned draw = 0; draw < kCmpDraws && !pair; ++draw)
        pair = cmp_->random_word(rng_);
    if (!pair)
        return false;
    const std::string_view a(reinterpret_cast<const char*>(pair->a.bytes), pair->a.size);
    const std::string_view b(reinterpret_cast<const char*>(pair->b.bytes), pair->b.size);
    if (a == b)
        return false;

    // Where the input holds one operand, put the other there: that satisfies the comparison.
    bool a_first = rng_.coin();
    for (int round = 0; round < 2; ++round, a_first = !a_first) {
        const std::string_view existing = a_first ? a : b;
        const std::string_view desired = a_first ? b : a;
        if (existing.empty() || desired.size() > existing.size() + (max_size - data.size()))
            continue;
        std::array<size_t, kMaxPositions> positions;
        size_t found = 0;
        for (size_t at = data.find(existing); at != std::string::npos && found < kMaxPositions;
             at = data.find(existing, at + 1))
            positions[found++] = at;
        if (found == 0)
            continue;
        data.replace(positions[rng_.below(found)], existing.size(), desired);
        last_cmp_word_.assign(desired);
        return true;
    }
    // Neither operand occurs: put one in somewhere.
    const std::string_view word = rng_.coin() ? a : b;
    last_cmp_word_.assign(word);
    return place_word(data, max_size, word);
}

bool ByteMutator::add_int_from_cmp(std::string& data, size_t max_size) {
    if (!cmp_ || data.size() > max_size)
        return false;
    const CmpLog::IntPair* pair = cmp_->some_int(rng_, kCmpDraws);
    if (!pair)
        return false;
    size_t width = pair->width;
    if (width != 1 && width != 2 && width != 4 && width != 8)
        return false;
    const uint64_t a = pair->a & width_mask(width);
    const uint64_t b = pair->b & width_mask(width);
    if (a == b)
        return false;
    // Small operands of a wide comparison are often stored narrower in the input (a 16-bit
    // field widened to int before the compare), so sometimes look for the narrowest form.
    if (width > 1 && rng_.coin()) {
        while (width > 1 && ((a | b) >> (4 * width)) == 0)
            width /= 2;
    }

    struct Position {
        size_t at;
        bool big_endian;
    };
    std::array<Position, 2 * kMaxPositions> positions;
    char pattern[8];
    uint64_t desired = 0;
    bool a_first = rng_.coin();
    for (int round = 0; round < 2; ++round, a_first = !a_first) {
        const uint64_t existing = a_first ? a : b;
        const uint64_t other = a_first ? b : a;
        desired = nudge(rng_, other, width);
        if (desired == existing)
            desired = other;
        // Look for the operand in both byte orders; a single byte has only one.
        size_t found = 0;
        for (int order = 0; order < (width > 1 ? 2 : 1); ++order) {
            const bool big_endian = order == 1;
            store(pattern, width, existing, big_endian);
            const std::string_view needle(pattern, width);
            size_t from_order = 0;
            for (size_t at = data.find(needle);
                 at != std::string::npos && from_order < kMaxPositions;
                 at = data.find(needle, at + 1), ++from_order)
                positions[found++] = {at, big_endian};
        }
        if (found == 0)
            continue;
        const Position& chosen = positions[rng_.below(found)];
        store(data.data() + chosen.at, width, desired, chosen.big_endian);
        last_cmp_word_.assign(data, chosen.at, width);
        return true;
    }
    // Neither operand occurs: put the last desired value in somewhere, in either byte order.
    store(pattern, width, desired, width > 1 && rng_.coin());
    last_cmp_word_.assign(pattern, width);
    return place_word(data, max_size, std::string_view(pattern, width));
}

} // namespace arcwise::engine
