# PCRE2 (8-bit library, no JIT) from Debian's source package: compile a pattern, match it.
# Sourced by bench/scale.sh: sets `package` and defines build <compiler...> -- <output>, run in
# the unpacked source tree with the harness beside this file as $recipe_dir/pcre2_match.c.
# No configure: the distribution's config.h.generic, pcre2.h.generic and pcre2_chartables.c.dist
# are copied (as NON-AUTOTOOLS-BUILD describes) into a scratch directory beside the output.
package=pcre2
harness=pcre2_match
build() {
    local -a cc=()
    while [[ $1 != -- ]]; do cc+=("$1"); shift; done
    shift
    local out=$1 gen=$1.gen
    mkdir -p "$gen" &&
        cp src/config.h.generic "$gen/config.h" &&
        cp src/pcre2.h.generic "$gen/pcre2.h" &&
        cp src/pcre2_chartables.c.dist "$gen/pcre2_chartables.c" || return 1
    local -a srcs=()
    local f
    for f in auto_possess compile config context convert dfa_match error extuni find_bracket \
        jit_compile maketables match match_data newline ord2utf pattern_info script_run \
        serialize string_utils study substitute substring tables ucd valid_utf xclass; do
        srcs+=("src/pcre2_$f.c")
    done
    "${cc[@]}" -O1 -g -DHAVE_CONFIG_H -DPCRE2_CODE_UNIT_WIDTH=8 -DSUPPORT_UNICODE -I"$gen" -Isrc \
        "${srcs[@]}" "$gen/pcre2_chartables.c" "$recipe_dir/pcre2_match.c" -o "$out"
}
