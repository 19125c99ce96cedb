// Set-up for binaries built with a sanitizer: the sanitizer intercepts memcmp & co. and calls the
// weak hooks itself; allocations are checked through its malloc hooks, and its reports end in a
// death callback that records the failure.

#include "hooks_state.h"

#include <cstddef>

extern "C" {
__attribute__((weak)) int
__sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void*, size_t),
                                          void (*free_hook)(const volatile void*));
__attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)(void));
}

namespace arcwise::runtime {

void on_sanitizer_death(); // crash.cc

namespace {

void malloc_hook(const volatile void*, size_t size) {
    if (over_malloc_limit(size))
        report_malloc_limit(size);
}

void free_hook(const volatile void*) {}

} // namespace

void install_variant_hooks() {
    if (__sanitizer_install_malloc_and_free_hooks)
        __sanitizer_install_malloc_and_free_hooks(malloc_hook, free_hook);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(on_sanitizer_death);
}

bool sanitizer_variant() {
    return true;
}

// The sanitizer's allocator calls the hooks; a harness that defines malloc itself under a
// sanitizer forwards to the sanitizer's (__interceptor_malloc), which still calls them.
bool owns_allocator() {
    return __sanitizer_install_malloc_and_free_hooks != nullptr;
}

} // namespace arcwise::runtime
