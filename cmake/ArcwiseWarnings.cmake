# Warning and sanitizer flags for Arcwise's own code (never for the user's fuzz targets).
add_library(arcwise_build_flags INTERFACE)
target_compile_options(arcwise_build_flags INTERFACE -Wall -Wextra -Wpedantic)
if(ARCWISE_WERROR)
    target_compile_options(arcwise_build_flags INTERFACE -Werror)
endif()
if(ARCWISE_SANITIZE)
    target_compile_options(arcwise_build_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(arcwise_build_flags INTERFACE -fsanitize=address,undefined)
endif()
