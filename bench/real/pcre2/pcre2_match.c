// Compiles the input as a regular expression (the first byte picks the compile options) and
// matches it against the whole input, as a program taking patterns from its users does.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stddef.h>
int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    static const uint32_t flags[8] = {PCRE2_CASELESS, PCRE2_MULTILINE, PCRE2_DOTALL, PCRE2_EXTENDED,
                                      PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, PCRE2_UCP, PCRE2_UNGREEDY,
                                      PCRE2_ALT_BSUX};
    uint32_t options = 0;
    for (int i = 0; i < 8; ++i)
        if (data[0] & (1u << i)) options |= flags[i];
    int error;
    PCRE2_SIZE offset;
    pcre2_code* code = pcre2_compile(data + 1, size - 1, options, &error, &offset, NULL);
    if (!code) return 0;
    pcre2_match_data* match = pcre2_match_data_create_from_pattern(code, NULL);
    pcre2_match_context* context = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(context, 10000);
    pcre2_set_depth_limit(context, 1000);
    pcre2_match(code, data, size, 0, 0, match, context);
    pcre2_match_context_free(context);
    pcre2_match_data_free(match);
    pcre2_code_free(code);
    return 0;
}
