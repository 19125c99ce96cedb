// Fuzz target for imgparse: the parser only looks past the 8-byte magic when it matches, which a
// fuzzer finds through comparison feedback on memcmp.
#include "imgparse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    imgparse::Image image;
    if (imgparse::parse(data, size, image) == imgparse::Status::Ok) {
        volatile uint32_t mean = imgparse::mean_intensity(image);
        (void)mean;
    }
    return 0;
}
