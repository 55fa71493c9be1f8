/* phi_scan.c - hot byte loops of the PHI scanner (see phi_scan.h). */
#include "phi_scan.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t phi_next_interesting(const uint8_t *text, size_t from, size_t end, const uint8_t *triggers, size_t n) {
    size_t i = from;
#if defined(__SSE2__)
    const __m128i lo = _mm_set1_epi8((char)('0' - 1)), hi = _mm_set1_epi8((char)('9' + 1));
    while (i + 16 <= end) {
        __m128i v = _mm_loadu_si128((const __m128i *)(text + i));
        /* Signed compares are fine: digits are ASCII, bytes >= 0x80 compare as negative. */
        __m128i m = _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi));
        for (size_t t = 0; t < n; t++) m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)triggers[t])));
        int mask = _mm_movemask_epi8(m);
        if (mask) return i + (size_t)__builtin_ctz((unsigned)mask);
        i += 16;
    }
#endif
    for (; i < end; i++) {
        uint8_t b = text[i];
        if ((uint8_t)(b - '0') < 10) return i;
        for (size_t t = 0; t < n; t++) if (b == triggers[t]) return i;
    }
    return end;
}

static inline int is_alnum(uint8_t b) {
    return (uint8_t)((b | 0x20) - 'a') < 26 || (uint8_t)(b - '0') < 10;
}

static inline int is_space(uint8_t b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
}

static inline int is_group_separator(uint8_t b) {
    return b == ' ' || b == '-' || b == '.' || b == '/' || b == '(' || b == ')' || b == ':' || b == ',' || b == '\t';
}

int phi_upper_after(const uint8_t *p, size_t at, size_t end) {
    size_t u = at;
    while (u < end && u - at < 2 && (p[u] == ' ' || p[u] == '\t')) u++;
    return u > at && u < end && ((uint8_t)(p[u] - 'A') < 26 || p[u] >= 0x80);
}

/* Counts one token into a group: its digits, and whether it is mixed and the shortest mixed one. */
static void add_token(int token_digits, int token_letters, size_t len, int *digits, int *tokens, int *mixed,
                      int *mixed_min) {
    *digits += token_digits;
    (*tokens)++;
    if (token_digits > 0 && token_letters > 0) {
        *mixed = 1;
        if (*mixed_min == 0 || (int)len < *mixed_min) *mixed_min = (int)len;
    }
}

int phi_digit_group(const uint8_t *p, size_t i, size_t end, int final, phi_group *out) {
    size_t start = i;
    while (start > 0 && i - start < 64 && is_alnum(p[start - 1])) start--;
    out->start = start;
    out->upper_after_first = 0;
    out->separators = 0;
    size_t b = start;
    while (b > 0 && start - b < 2 && is_space(p[b - 1])) b--;
    out->upper_before = b < start && b > 0 && (uint8_t)(p[b - 1] - 'A') < 26;
    size_t q = start, group_end = start;
    int digits = 0, tokens = 0, mixed = 0, mixed_min = 0;
    for (;;) {
        int token_digits = 0, token_letters = 0;
        size_t r = q;
        while (r < end && is_alnum(p[r]) && r - start < PHI_GROUP_MAX) {
            if ((uint8_t)(p[r] - '0') < 10) token_digits++; else token_letters++;
            r++;
        }
        if (r - start >= PHI_GROUP_MAX) {  /* cut here: the rest is another group, walked later */
            if (token_digits == 0 && q != start) break;
            add_token(token_digits, token_letters, r - q, &digits, &tokens, &mixed, &mixed_min);
            group_end = r;
            break;
        }
        if (r == end && !final) return 0;
        if (token_digits == 0 && q != start) break;
        add_token(token_digits, token_letters, r - q, &digits, &tokens, &mixed, &mixed_min);
        if (tokens == 1) out->upper_after_first = phi_upper_after(p, r, end);
        group_end = r;
        size_t s = r;
        int gap = 0;
        uint32_t seen = 0;
        while (s < end && gap < 3 && is_group_separator(p[s])) { seen |= 1u << (p[s] & 31); s++; gap++; }
        if (s == end && !final) return 0;
        if (gap == 0 || gap > 2 || s >= end || !is_alnum(p[s])) break;
        out->separators |= seen;
        q = s;
    }
    out->end = group_end;
    out->digits = digits;
    out->tokens = tokens;
    out->mixed = mixed;
    out->mixed_min = mixed_min;
    return 1;
}

/* Absorbs msg after `prefix` bytes already hashed into s, pads, and writes the digest. */
static void sha256_finish(uint32_t s[8], size_t prefix, const uint8_t *msg, size_t len, uint8_t out[32]) {
    uint8_t block[64];
    size_t i = 0;
    for (; i + 64 <= len; i += 64) phi_sha256_block(s, msg + i);
    size_t rest = len - i;
    memcpy(block, msg + i, rest);
    block[rest] = 0x80;
    if (rest + 1 > 56) {
        memset(block + rest + 1, 0, 64 - rest - 1);
        phi_sha256_block(s, block);
        memset(block, 0, 56);
    } else {
        memset(block + rest + 1, 0, 56 - rest - 1);
    }
    uint64_t bits = (uint64_t)(prefix + len) * 8;
    for (int k = 0; k < 8; k++) block[63 - k] = (uint8_t)(bits >> (8 * k));
    phi_sha256_block(s, block);
    for (int k = 0; k < 8; k++) {
        out[4 * k] = (uint8_t)(s[k] >> 24); out[4 * k + 1] = (uint8_t)(s[k] >> 16);
        out[4 * k + 2] = (uint8_t)(s[k] >> 8); out[4 * k + 3] = (uint8_t)s[k];
    }
}

void phi_hmac_hex(const uint32_t inner[8], const uint32_t outer[8], const uint8_t *msg, size_t len,
                  char *hex, size_t hex_len) {
    uint32_t s[8];
    uint8_t digest[32], mac[32];
    if (len == 0) msg = digest;  /* an empty message may come as NULL; nothing is read from it */
    memcpy(s, inner, sizeof s);
    sha256_finish(s, 64, msg, len, digest);
    memcpy(s, outer, sizeof s);
    sha256_finish(s, 64, digest, 32, mac);
    static const char digits[] = "0123456789abcdef";
    for (size_t k = 0; k < hex_len && k < 64; k++) hex[k] = digits[(mac[k / 2] >> (k % 2 ? 0 : 4)) & 15];
}
