# zlib from Debian's source package: inflate (zlib, gzip or raw deflate streams).
# Sourced by bench/scale.sh: sets `package` and defines build <compiler...> -- <output>, run in
# the unpacked source tree with the harness beside this file as $recipe_dir/zlib_inflate.c.
package=zlib
harness=zlib_inflate
build() {
    local -a cc=()
    while [[ $1 != -- ]]; do cc+=("$1"); shift; done
    shift
    local out=$1
    "${cc[@]}" -O1 -g -w -I. adler32.c crc32.c inflate.c inffast.c inftrees.c zutil.c \
        "$recipe_dir/zlib_inflate.c" -o "$out"
}
