/* phi_scan.c - hot byte loops of the PHI scanner (see phi_scan.h). */
#include "phi_scan.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline int is_token(uint8_t b) {
    uint8_t l = (uint8_t)(b | 0x20);
    return (uint8_t)(l - 'a') < 26 || (uint8_t)(b - '0') < 10 || b >= 0x80;
}

static inline uint64_t load64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t mix(uint64_t head, uint64_t tail, size_t n) {
    uint64_t h = (head ^ 0x9E3779B97F4A7C15ULL) * 0xBF58476D1CE4E5B9ULL;
    h ^= (tail + (uint64_t)n) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

/* Token hash with `avail` readable bytes from p (avail >= n): one or two 8-byte loads when possible. */
static inline uint64_t token_hash(const uint8_t *p, size_t n, size_t avail) {
    const uint64_t fold = 0x2020202020202020ULL;
    uint64_t head, tail = 0;
    if (n >= 8) {
        head = load64(p) | fold;
        if (n > 8) tail = load64(p + n - 8) | fold;
    } else if (avail >= 8) {
        uint64_t mask = (1ULL << (8 * n)) - 1;
        head = (load64(p) | fold) & mask;
    } else {
        head = 0;
        for (size_t i = 0; i < n; i++) head |= (uint64_t)(p[i] | 0x20) << (8 * i);
    }
    return mix(head, tail, n);
}

uint64_t phi_token_hash(const uint8_t *p, size_t n) { return token_hash(p, n, n); }

#if defined(__SSE2__)
/* Bytes of `v` in [lo, lo + n) as a 16-bit mask (unsigned range test with signed compares). */
static inline unsigned in_range(__m128i v, uint8_t lo, uint8_t n) {
    __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8((char)(uint8_t)(0x80 - lo)));
    return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(uint8_t)(0x80 + n))));
}

/* One bit per byte of text[i, i+64): set where the byte belongs to a token. */
static inline uint64_t token_mask64(const uint8_t *text) {
    uint64_t m = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(text + 16 * k));
        __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        unsigned bits = in_range(folded, 'a', 26) | in_range(v, '0', 10) | (unsigned)_mm_movemask_epi8(v);
        m |= (uint64_t)(bits & 0xFFFF) << (16 * k);
    }
    return m;
}
#endif

size_t phi_scan_words(const uint8_t *text, size_t from, size_t end, size_t stop, const uint64_t *bits,
                      size_t *starts, size_t *ends, uint64_t *hashes, size_t cap, size_t *count) {
    size_t i = from, n = 0;
#if defined(__SSE2__)
    /* Block walk: token starts and ends come from bit masks, so there is no branch per byte. */
    /* `from` never falls inside a token: it is 0, or where an earlier walk stopped (a token start). */
    int in_token = 0;
    size_t tok_start = 0;
    while (i + 64 <= end) {
        uint64_t t = token_mask64(text + i);
        uint64_t prev = (t << 1) | (uint64_t)in_token;
        uint64_t events = (t & ~prev) | (~t & prev);  /* starts and ends (position after a token) */
        while (events) {
            size_t pos = i + (size_t)__builtin_ctzll(events);
            events &= events - 1;
            if (!in_token) {
                tok_start = pos;
                in_token = 1;
                continue;
            }
            in_token = 0;
            if (pos >= stop) {
                *count = n;
                return tok_start;
            }
            uint64_t h = token_hash(text + tok_start, pos - tok_start, end - tok_start);
            if (bits[h >> 52] & (1ULL << (h & 63))) {
                if (n == cap) {
                    *count = n;
                    return tok_start;
                }
                starts[n] = tok_start; ends[n] = pos; hashes[n] = h; n++;
            }
        }
        i += 64;
    }
    if (in_token) i = tok_start;
#endif
    while (i < end) {
        while (i < end && !is_token(text[i])) i++;
        if (i >= end) break;
        size_t s = i;
        while (i < end && is_token(text[i])) i++;
        if (i >= stop) { i = s; break; }
        uint64_t h = token_hash(text + s, i - s, end - s);
        if (bits[h >> 52] & (1ULL << (h & 63))) {
            if (n == cap) { i = s; break; }
            starts[n] = s; ends[n] = i; hashes[n] = h; n++;
        }
    }
    *count = n;
    return i < end ? i : end;
}

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

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

void phi_sha256_block(uint32_t s[8], const uint8_t block[64]) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = (uint32_t)block[4 * i] << 24 | (uint32_t)block[4 * i + 1] << 16 | (uint32_t)block[4 * i + 2] << 8 |
               (uint32_t)block[4 * i + 3];
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d; s[4] += e; s[5] += f; s[6] += g; s[7] += h;
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
    memcpy(s, inner, sizeof s);
    sha256_finish(s, 64, msg, len, digest);
    memcpy(s, outer, sizeof s);
    sha256_finish(s, 64, digest, 32, mac);
    static const char digits[] = "0123456789abcdef";
    for (size_t k = 0; k < hex_len && k < 64; k++) hex[k] = digits[(mac[k / 2] >> (k % 2 ? 0 : 4)) & 15];
}
