// Decodes the input as a PNG image to 8-bit RGBA rows, as a program showing untrusted images
// does: at most 1024x1024 pixels, 1 MiB per chunk, errors and warnings not printed.
#include <png.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
struct input { const uint8_t* data; size_t size; };
static void read_input(png_structp png, png_bytep out, size_t n) {
    struct input* in = png_get_io_ptr(png);
    if (n > in->size) png_error(png, "end of input");
    memcpy(out, in->data, n);
    in->data += n, in->size -= n;
}
static void quiet(png_structp png, png_const_charp msg) { (void)png, (void)msg; }
// An error handler must not return: libpng would print the message itself before jumping back.
static void quiet_error(png_structp png, png_const_charp msg) { (void)msg, png_longjmp(png, 1); }
int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 8 || png_sig_cmp(data, 0, 8)) return 0;
    struct input in = {data + 8, size - 8};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, quiet_error, quiet);
    png_infop info = png_create_info_struct(png);
    png_bytep volatile row = NULL;  // volatile: set after setjmp, freed after a longjmp
    if (setjmp(png_jmpbuf(png))) goto done;
    png_set_read_fn(png, &in, read_input);
    png_set_sig_bytes(png, 8);
    png_set_user_limits(png, 1024, 1024);
    png_set_chunk_malloc_max(png, 1 << 20);
    png_read_info(png, info);
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_filler(png, 0xff, PNG_FILLER_AFTER);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    png_uint_32 height = png_get_image_height(png, info);
    row = malloc(png_get_rowbytes(png, info));
    for (int pass = 0; pass < passes; ++pass)
        for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row, NULL);
    png_read_end(png, info);
done:
    free(row);
    png_destroy_read_struct(&png, &info, NULL);
    return 0;
}
