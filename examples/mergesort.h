// mergesort: a hybrid merge sort for vectors of integers, as found in many code bases: ranges of
// up to kSmallRange elements are sorted by insertion sort, larger ones are split in halves, sorted
// recursively and merged.
#pragma once

#include <cstddef>
#include <vector>

namespace mergesort {

// Ranges of at most this many elements are sorted by insertion sort.
inline constexpr size_t kSmallRange = 8;

// Sorts `values` in ascending order.
void sort(std::vector<int>& values);

// Sorted copy of `values`.
std::vector<int> sorted(std::vector<int> values);

} // namespace mergesort
