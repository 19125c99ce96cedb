# libpng from Debian's source package (libpng1.6): decode a PNG image, row by row.
# Sourced by bench/scale.sh: sets `package` and defines build <compiler...> -- <output>, run in
# the unpacked source tree with the harness beside this file as $recipe_dir/png_read.c.
# No configure: scripts/pnglibconf.h.prebuilt is copied as pnglibconf.h to a scratch directory
# beside the output. zlib is the system's (Debian: zlib1g-dev), linked as is, not instrumented.
package=libpng1.6
harness=png_read
build() {
    local -a cc=()
    while [[ $1 != -- ]]; do cc+=("$1"); shift; done
    shift
    local out=$1 gen=$1.gen
    mkdir -p "$gen" && cp scripts/pnglibconf.h.prebuilt "$gen/pnglibconf.h" || return 1
    "${cc[@]}" -O1 -g -w -I"$gen" -I. png.c pngerror.c pngget.c pngmem.c pngpread.c pngread.c \
        pngrio.c pngrtran.c pngrutil.c pngset.c pngtrans.c pngwio.c pngwrite.c pngwtran.c \
        pngwutil.c "$recipe_dir/png_read.c" -lz -lm -o "$out"
}
