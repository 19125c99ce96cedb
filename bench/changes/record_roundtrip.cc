// record_roundtrip: a message that decodes must encode to the same bytes and decode again to the
// same records.
#include "record_codec.h"

#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    rc::Message m;
    if (!rc::decode(data, size, m))
        return 0;
    const std::string bytes = rc::encode(m);
    if (bytes.size() != size || memcmp(bytes.data(), data, size) != 0)
        abort();
    rc::Message again;
    if (!rc::decode(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), again) ||
        again.records.size() != m.records.size())
        abort();
    return 0;
}
