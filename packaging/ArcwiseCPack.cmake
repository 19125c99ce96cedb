# The Debian package: `cpack -G DEB` in a build directory (docs/install.md). It holds everything
# `cmake --install` installs, under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME arcwise)
set(CPACK_PACKAGE_VENDOR "The Arcwise developers")
set(CPACK_PACKAGE_CONTACT "${ARCWISE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The executables; the runtime archives keep their symbols (they are linked into fuzz binaries).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"adaptive, coverage-guided fuzzing of C and C++ property tests
Arcwise fuzzes every libFuzzer harness and property test of a build tree on all
cores, gives each time slice to the target most likely to find new behaviour,
and turns every failure into a minimal, readable, reproducible example.
.
This package contains the Qt workbench (arcwise), the headless campaign runner
(arcwise-cli), the compiler wrappers (arcwise-c++, arcwise-cc), the runtime
linked into fuzz binaries, the SDK headers, and the CMake and pkg-config
packages (find_package(Arcwise), arcwise_add_fuzz_target()).")

# The shared libraries the binaries link (Qt 6, Graphviz, the C++ library) come from
# dpkg-shlibdeps; what they load at run time or run as a program is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The campaign's default database is SQLite, through Qt's driver plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# The wrappers and arcwise_add_fuzz_target() need clang 16 or newer; llvm-symbolizer turns stacks
# into file and line.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "clang-19 | clang-18 | clang-17 | clang-16, llvm-19 | llvm-18 | llvm-17 | llvm-16")
# PostgreSQL campaigns shared between hosts; sanitizer runtimes for targets built with SANITIZE.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, libclang-rt-19-dev")

include(CPack)
