# arcwise_add_fuzz_target(NAME SOURCES ... [LINK_LIBRARIES ...] [INCLUDE_DIRECTORIES ...]
#                         [COMPILE_OPTIONS ...] [SANITIZE address;undefined])
#
# Builds a fuzz binary from libFuzzer harnesses (LLVMFuzzerTestOneInput) or Arcwise property tests:
# the sources get SanitizerCoverage instrumentation and the binary links the Arcwise runtime, which
# provides main(). Needs clang 16 or newer as the project's compiler (control-flow coverage).
#
# arcwise_add_gtest_target(NAME SOURCES ... [the options of arcwise_add_fuzz_target])
#
# The same, for property tests inside GoogleTest: the sources include <arcwise/gtest.hpp>, and
# every ARCWISE_TEST becomes a GoogleTest test beside the binary's TEST()s, while the binary still
# fuzzes, shrinks and runs under the campaign. Links GTest::gtest (found with find_package(GTest)
# unless the project did so), never GTest::gtest_main: the runtime provides main(). Register the
# tests with CTest through gtest_discover_tests(NAME) (include(GoogleTest)).
#
# arcwise_instrument(TARGET) adds the same instrumentation to a library, so that the code under
# test reports coverage too.

include_guard(GLOBAL)

set(ARCWISE_INSTRUMENT_FLAGS
    # libFuzzer's own instrumentation (inline 8-bit counters, pc-table, trace-cmp, stack-depth,
    # indirect calls, and the optimisation settings clang pairs with them: it keeps more edges
    # than the same -fsanitize-coverage list alone), plus the control-flow table for the CFG view.
    -fsanitize=fuzzer-no-link -fsanitize-coverage=control-flow
    # The runtime intercepts these to learn the operands of comparisons (magic strings); the
    # compiler's built-in versions would bypass the interceptors.
    -fno-builtin-memcmp -fno-builtin-bcmp -fno-builtin-strcmp -fno-builtin-strncmp
    -fno-builtin-strcasecmp -fno-builtin-strncasecmp -fno-builtin-strstr -fno-builtin-memmem
    -fno-omit-frame-pointer
    # Stacks, the source view and the control-flow graph need file and line: line tables at least,
    # in every build type (Debug and RelWithDebInfo already have full debug info).
    $<$<NOT:$<CONFIG:Debug,RelWithDebInfo>>:-gline-tables-only>
    -DARCWISE_FUZZING=1 -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION=1)

function(_arcwise_check_compiler where)
    foreach(lang C CXX)
        if(CMAKE_${lang}_COMPILER_LOADED)
            if(NOT CMAKE_${lang}_COMPILER_ID MATCHES "Clang"
               OR CMAKE_${lang}_COMPILER_VERSION VERSION_LESS 16)
                message(FATAL_ERROR
                    "${where}: Arcwise fuzz targets need clang 16 or newer, but the ${lang} compiler is "
                    "${CMAKE_${lang}_COMPILER_ID} ${CMAKE_${lang}_COMPILER_VERSION} "
                    "(${CMAKE_${lang}_COMPILER}). Configure with "
                    "-DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 "
                    "(Debian: apt-get install clang-19).")
            endif()
        endif()
    endforeach()
endfunction()

function(arcwise_instrument target)
    _arcwise_check_compiler("arcwise_instrument(${target})")
    target_compile_options(${target} PRIVATE ${ARCWISE_INSTRUMENT_FLAGS})
endfunction()

function(arcwise_add_fuzz_target name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" ""
                          "SOURCES;LINK_LIBRARIES;INCLUDE_DIRECTORIES;COMPILE_OPTIONS;SANITIZE")
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "arcwise_add_fuzz_target(${name}): no SOURCES given")
    endif()
    _arcwise_check_compiler("arcwise_add_fuzz_target(${name})")
    add_executable(${name} ${arg_SOURCES})
    target_compile_options(${name} PRIVATE ${ARCWISE_INSTRUMENT_FLAGS} ${arg_COMPILE_OPTIONS})
    target_include_directories(${name} PRIVATE ${arg_INCLUDE_DIRECTORIES})
    if(ARCWISE_SANITIZE AND NOT arg_SANITIZE)
        # Arcwise's own sanitizer build: its runtime is sanitized, so the targets must be too.
        set(arg_SANITIZE address undefined)
    endif()
    if(arg_SANITIZE)
        list(JOIN arg_SANITIZE "," sanitizers)
        target_compile_options(${name} PRIVATE -fsanitize=${sanitizers})
        target_link_options(${name} PRIVATE -fsanitize=${sanitizers})
        set(runtime arcwise::runtime_san)
    else()
        set(runtime arcwise::runtime)
    endif()
    target_link_libraries(${name} PRIVATE ${arg_LINK_LIBRARIES} ${runtime})
endfunction()

function(arcwise_add_gtest_target name)
    arcwise_add_fuzz_target(${name} ${ARGN})
    if(NOT TARGET GTest::gtest)
        find_package(GTest REQUIRED)
    endif()
    target_link_libraries(${name} PRIVATE GTest::gtest)
endfunction()
