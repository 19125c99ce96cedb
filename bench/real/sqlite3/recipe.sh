# SQLite from Debian's source package: SQL statements run against an in-memory database, with the
# harness SQLite ships for OSS-Fuzz (test/ossfuzz.c in the source tree).
# Sourced by bench/scale.sh: sets `package` and defines build <compiler...> -- <output>, run in
# the unpacked source tree.
# The source package is SQLite's canonical tree, without the amalgamation: the first build runs
# its configure and `make sqlite3.c` (which needs tclsh, Debian: tcl) once, in the unpacked tree,
# with the system's cc; every build then compiles sqlite3.c and the harness in one compiler call,
# with the limits OSS-Fuzz builds SQLite with.
package=sqlite3
harness=ossfuzz
build() {
    local -a cc=()
    while [[ $1 != -- ]]; do cc+=("$1"); shift; done
    shift
    local out=$1
    if [[ ! -f sqlite3.c ]]; then
        command -v tclsh >/dev/null || {
            echo "making sqlite3.c needs tclsh (Debian: tcl)" >&2
            return 1
        }
        ./configure --disable-tcl --disable-shared >configure.log 2>&1 &&
            make sqlite3.c >make.log 2>&1 || {
            echo "configure or make sqlite3.c failed: see $PWD/configure.log and make.log" >&2
            return 1
        }
    fi
    "${cc[@]}" -O1 -g -w -I. -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION \
        -DSQLITE_MAX_LENGTH=128000000 -DSQLITE_MAX_SQL_LENGTH=128000000 \
        -DSQLITE_MAX_MEMORY=25000000 -DSQLITE_PRINTF_PRECISION_LIMIT=1048576 \
        -DSQLITE_MAX_PAGE_COUNT=16384 sqlite3.c test/ossfuzz.c -lm -o "$out"
}
