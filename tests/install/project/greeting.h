// A tiny parser with a planted bug: a greeting "HELO" followed by "!!" aborts.
#pragma once
#include <cstddef>
#include <cstdint>

// True when data starts with the greeting "HELO".
bool parse_greeting(const uint8_t* data, size_t size);
