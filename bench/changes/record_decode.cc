// record_decode: decodes a record message (record_codec.h) and summarises it.
#include "record_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    rc::Message m;
    if (rc::decode(data, size, m)) {
        volatile uint32_t sink = rc::summarize(m);
        (void)sink;
    }
    return 0;
}
