# libxml2 from Debian's source package: the XML parser (xmlReadMemory), no network.
# Sourced by bench/scale.sh: sets `package` and defines build <compiler...> -- <output>, run in
# the unpacked source tree with the harness beside this file as $recipe_dir/xml_read.c.
# No configure: a minimal config.h for glibc and an xmlversion.h made from xmlversion.h.in
# (no threads, HTTP, FTP, catalogs, modules, zlib, lzma or ICU) go to a scratch directory
# beside the output.
package=libxml2
harness=xml_read
build() {
    local -a cc=()
    while [[ $1 != -- ]]; do cc+=("$1"); shift; done
    shift
    local out=$1 gen=$1.gen
    mkdir -p "$gen/libxml" || return 1
    local off='TRIO|THREADS|THREAD_ALLOC|FTP|HTTP|CATALOG|ICU|MEM_DEBUG|RUN_DEBUG|MODULES|ZLIB|LZMA'
    sed -E -e 's/@VERSION@/2.9.14/; s/@LIBXML_VERSION_NUMBER@/20914/; s/@LIBXML_VERSION_EXTRA@//' \
        -e 's/@MODULE_EXTENSION@/.so/' -e "s/@WITH_($off)@/0/" -e 's/@WITH_[A-Z0-9_]+@/1/' \
        include/libxml/xmlversion.h.in >"$gen/libxml/xmlversion.h" || return 1
    local h
    for h in CTYPE_H DIRENT_H ERRNO_H FCNTL_H FLOAT_H INTTYPES_H LIMITS_H MALLOC_H MATH_H \
        STDARG_H STDINT_H STDLIB_H STRING_H SYS_MMAN_H SYS_STAT_H SYS_TIME_H SYS_TYPES_H TIME_H \
        UNISTD_H FPRINTF ISASCII LOCALTIME MMAP MUNMAP PRINTF RAND RAND_R SNPRINTF SPRINTF SRAND \
        SSCANF STAT STRFTIME TIME VA_COPY VFPRINTF VSNPRINTF VSPRINTF; do
        echo "#define HAVE_$h 1"
    done >"$gen/config.h"
    echo '#define ICONV_CONST' >>"$gen/config.h"
    "${cc[@]}" -O1 -g -w -I"$gen" -Iinclude SAX.c entities.c encoding.c error.c parserInternals.c \
        parser.c tree.c hash.c list.c xmlIO.c xmlmemory.c uri.c valid.c xlink.c HTMLparser.c \
        HTMLtree.c debugXML.c xpath.c xpointer.c xinclude.c nanohttp.c nanoftp.c catalog.c \
        globals.c threads.c c14n.c xmlstring.c buf.c xmlregexp.c xmlschemas.c xmlschemastypes.c \
        xmlunicode.c xmlreader.c relaxng.c dict.c SAX2.c xmlwriter.c legacy.c chvalid.c \
        pattern.c xmlsave.c xmlmodule.c schematron.c xzlib.c \
        "$recipe_dir/xml_read.c" -lm -o "$out"
}
