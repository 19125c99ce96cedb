#include "greeting.h"

#include <cstdlib>
#include <cstring>

bool parse_greeting(const uint8_t* data, size_t size) {
    if (size < 4 || std::memcmp(data, "HELO", 4) != 0)
        return false;
    if (size > 5 && data[4] == '!' && data[5] == '!')
        std::abort(); // the planted bug
    return true;
}
