#ifndef PHI_ICU_H
#define PHI_ICU_H
/*
 * A narrow C API over ICU for PHIText. This header must not include ICU headers:
 * Foundation on Linux carries its own ICU module and the two clash in one Swift module,
 * and ICU renames its C functions per version, so Swift cannot call them by plain names.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An opaque streaming converter from a named charset to UTF-8. */
typedef struct phi_icu_converter phi_icu_converter;

/* Opens a converter for charset `name`; returns NULL when ICU does not know the name. */
phi_icu_converter *phi_icu_converter_open(const char *name);
void phi_icu_converter_close(phi_icu_converter *conv);

/*
 * Converts `in_len` bytes to UTF-8 into `out` (capacity `out_cap`). Incomplete byte
 * sequences at the end, and a lead surrogate whose trail has not come yet, are kept inside the
 * converter for the next call unless `flush` is non-zero, so the output is the same however
 * the input is split. Invalid sequences become U+FFFD. Returns the number of bytes written, or
 * -1 on an internal error. `out_cap` must be at least 4 * in_len + 16.
 */
long phi_icu_converter_to_utf8(phi_icu_converter *conv, const char *in, size_t in_len,
                               char *out, size_t out_cap, int flush);

/* Returns ICU's canonical name for a charset alias, or NULL. */
const char *phi_icu_canonical_name(const char *name);

/*
 * Guesses the charset of `len` bytes with ICU's detector; writes its name (NUL-terminated)
 * into `name` (capacity `cap`) and returns the confidence 0-100, or -1 when nothing fits.
 */
int phi_icu_detect(const char *in, size_t len, char *name, size_t cap);

/*
 * NFKC-normalizes UTF-8 text. `casefold` non-zero applies NFKC_Casefold instead.
 * Writes into `out` (capacity `out_cap`) and returns the length, or the negative
 * needed capacity when `out` is too small, or LONG_MIN on an internal error.
 */
long phi_icu_nfkc(const char *in, size_t in_len, char *out, size_t out_cap, int casefold);

#ifdef __cplusplus
}
#endif
#endif
