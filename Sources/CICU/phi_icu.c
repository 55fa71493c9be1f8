/* phi_icu.c - the narrow ICU surface PHIText needs: charset conversion, detection, NFKC. */
#include "phi_icu.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

struct phi_icu_converter {
    UConverter *cnv;
    UChar *u16;
    size_t u16_cap;
    /* A lead surrogate that ended the last call's UTF-16 (a charset such as UTF-7 or UTF-16 can
     * emit the two halves of a pair from different chunks): held back until its trail arrives,
     * so that the UTF-8 does not depend on where the input was split. 0 when none. */
    UChar pending_lead;
};

phi_icu_converter *phi_icu_converter_open(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &status);
    if (U_FAILURE(status) || cnv == NULL) {
        return NULL;
    }
    phi_icu_converter *conv = calloc(1, sizeof(*conv));
    if (conv == NULL) {
        ucnv_close(cnv);
        return NULL;
    }
    conv->cnv = cnv;
    return conv;
}

void phi_icu_converter_close(phi_icu_converter *conv) {
    if (conv == NULL) {
        return;
    }
    ucnv_close(conv->cnv);
    free(conv->u16);
    free(conv);
}

static int ensure_u16(phi_icu_converter *conv, size_t need) {
    if (conv->u16_cap >= need) {
        return 1;
    }
    UChar *grown = realloc(conv->u16, need * sizeof(UChar));
    if (grown == NULL) {
        return 0;
    }
    conv->u16 = grown;
    conv->u16_cap = need;
    return 1;
}

long phi_icu_converter_to_utf8(phi_icu_converter *conv, const char *in, size_t in_len,
                               char *out, size_t out_cap, int flush) {
    /* Every input byte yields at most two UTF-16 units; a flush may add a few more. */
    size_t need = in_len * 2 + 16;
    if (!ensure_u16(conv, need)) {
        return -1;
    }
    UChar *target = conv->u16;
    if (conv->pending_lead) {
        *target++ = conv->pending_lead;
        conv->pending_lead = 0;
    }
    const char *source = in;
    UErrorCode status = U_ZERO_ERROR;
    for (;;) {
        ucnv_toUnicode(conv->cnv, &target, conv->u16 + conv->u16_cap, &source, in + in_len, NULL,
                       flush ? 1 : 0, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR) {
            break;
        }
        /* A converter that yields more than two units per byte: grow and go on where it stopped. */
        size_t used = (size_t)(target - conv->u16);
        if (!ensure_u16(conv, conv->u16_cap * 2)) {
            return -1;
        }
        target = conv->u16 + used;
        status = U_ZERO_ERROR;
    }
    if (U_FAILURE(status)) {
        return -1;
    }
    if (!flush && target > conv->u16 && U16_IS_LEAD(target[-1])) {
        conv->pending_lead = *--target;
    }
    int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out, (int32_t)(out_cap > INT32_MAX ? INT32_MAX : out_cap), &written, conv->u16,
                       (int32_t)(target - conv->u16), 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    return written;
}

const char *phi_icu_canonical_name(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    const char *canonical = ucnv_getCanonicalName(name, "MIME", &status);
    if (U_FAILURE(status) || canonical == NULL) {
        status = U_ZERO_ERROR;
        canonical = ucnv_getAlias(name, 0, &status);
        if (U_FAILURE(status)) {
            return NULL;
        }
    }
    return canonical;
}

int phi_icu_detect(const char *in, size_t len, char *name, size_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int result = -1;
    ucsdet_setText(det, in, (int32_t)(len > INT32_MAX ? INT32_MAX : len), &status);
    const UCharsetMatch *match = ucsdet_detect(det, &status);
    if (U_SUCCESS(status) && match != NULL) {
        const char *found = ucsdet_getName(match, &status);
        int32_t conf = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && found != NULL && strlen(found) < cap) {
            strcpy(name, found);
            result = conf;
        }
    }
    ucsdet_close(det);
    return result;
}

long phi_icu_nfkc(const char *in, size_t in_len, char *out, size_t out_cap, int casefold) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *norm = casefold ? unorm2_getNFKCCasefoldInstance(&status)
                                        : unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status) || in_len > INT32_MAX / 4) {
        return LONG_MIN;
    }
    int32_t u16_len = 0;
    UChar *src = malloc((in_len + 1) * sizeof(UChar));
    if (src == NULL) {
        return LONG_MIN;
    }
    u_strFromUTF8WithSub(src, (int32_t)in_len + 1, &u16_len, in, (int32_t)in_len, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) {
        free(src);
        return LONG_MIN;
    }
    /* NFKC can expand a lot (U+FDFA becomes 18 units); grow on overflow. */
    int32_t dst_cap = u16_len * 3 + 16;
    UChar *dst = malloc((size_t)dst_cap * sizeof(UChar));
    if (dst == NULL) {
        free(src);
        return LONG_MIN;
    }
    int32_t dst_len = unorm2_normalize(norm, src, u16_len, dst, dst_cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        free(dst);
        dst_cap = dst_len + 1;
        dst = malloc((size_t)dst_cap * sizeof(UChar));
        if (dst == NULL) {
            free(src);
            return LONG_MIN;
        }
        status = U_ZERO_ERROR;
        dst_len = unorm2_normalize(norm, src, u16_len, dst, dst_cap, &status);
    }
    free(src);
    if (U_FAILURE(status)) {
        free(dst);
        return LONG_MIN;
    }
    int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out, (int32_t)(out_cap > INT32_MAX ? INT32_MAX : out_cap), &written, dst, dst_len,
                       0xFFFD, NULL, &status);
    free(dst);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        return -(long)written;
    }
    if (U_FAILURE(status)) {
        return LONG_MIN;
    }
    return written;
}
