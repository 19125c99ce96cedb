# libyaml from Debian's source package: the event parser over the whole input.
# Sourced by bench/scale.sh: sets `package` and defines build <compiler...> -- <output>, run in
# the unpacked source tree with the harness beside this file as $recipe_dir/yaml_parse.c.
package=libyaml
harness=yaml_parse
build() {
    local -a cc=()
    while [[ $1 != -- ]]; do cc+=("$1"); shift; done
    shift
    local out=$1
    "${cc[@]}" -O1 -g -Iinclude -DYAML_VERSION_MAJOR=0 -DYAML_VERSION_MINOR=2 \
        -DYAML_VERSION_PATCH=5 '-DYAML_VERSION_STRING="0.2.5"' src/*.c \
        "$recipe_dir/yaml_parse.c" -o "$out"
}
