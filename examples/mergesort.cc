#include "mergesort.h"

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace mergesort {
namespace {

void insertion_sort(std::vector<int>& v, size_t begin, size_t end) {
    for (size_t i = begin + 1; i < end; ++i) {
        const int x = v[i];
        size_t j = i;
        while (j > begin && x < v[j - 1]) {
            v[j] = v[j - 1];
            --j;
        }
        v[j] = x;
    }
}

// Merges the sorted halves [begin, mid) and [mid, end) of `v` through `scratch`.
void merge(std::vector<int>& v, size_t begin, size_t mid, size_t end, std::vector<int>& scratch) {
    scratch.clear();
    size_t i = begin, j = mid;
    while (i < mid && j < end) {
        if (v[i] < v[j]) {
            scratch.push_back(v[i++]);
        } else if (v[j] < v[i]) {
            scratch.push_back(v[j++]);
        } else {
            // Equal elements: the left one goes first, so the sort is stable.
            scratch.push_back(v[i++]);
#if ARCWISE_EXAMPLE_FIXED
            scratch.push_back(v[j++]);
#else
            // Planted bug: the right one is skipped instead of copied too.
            ++j;
#endif
        }
    }
    while (i < mid)
        scratch.push_back(v[i++]);
    while (j < end)
        scratch.push_back(v[j++]);
    for (size_t k = 0; k < scratch.size(); ++k)
        v[begin + k] = scratch[k];
}

void sort_range(std::vector<int>& v, size_t begin, size_t end, std::vector<int>& scratch) {
    if (end - begin <= kSmallRange) {
        insertion_sort(v, begin, end);
        return;
    }
    const size_t mid = begin + (end - begin) / 2;
    sort_range(v, begin, mid, scratch);
    sort_range(v, mid, end, scratch);
    merge(v, begin, mid, end, scratch);
}

} // namespace

void sort(std::vector<int>& values) {
    std::vector<int> scratch;
    scratch.reserve(values.size());
    sort_range(values, 0, values.size(), scratch);
}

std::vector<int> sorted(std::vector<int> values) {
    sort(values);
    return values;
}

} // namespace mergesort
