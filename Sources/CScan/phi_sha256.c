/* phi_sha256.c - SHA-256 block compression: portable C, SHA-NI on x86-64, chosen once at run time. */
#include "phi_scan.h"

#if defined(__x86_64__)
#include <immintrin.h>
#include <stdatomic.h>
#endif

/* 16-byte aligned so the SHA-NI path can load four round constants at once. */
_Alignas(16) static const uint32_t K[64] = {
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

void phi_sha256_block_portable(uint32_t s[8], const uint8_t block[64]) {
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

#if defined(__x86_64__)

/*
 * Four rounds on message words w: SHA256RNDS2 does two rounds taking the state as {A,B,E,F}
 * and {C,D,G,H}; its result is the new ABEF and the old ABEF becomes the new CDGH, so the two
 * registers swap roles each call and are back in place after the pair.
 */
#define SHANI_ROUNDS4(w, k)                                                    \
    do {                                                                       \
        __m128i wk_ = _mm_add_epi32((w), _mm_load_si128((const __m128i *)&K[k])); \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk_);                         \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk_, 0x0E)); \
    } while (0)

/*
 * The next four schedule words into w0, from the last sixteen (w0 oldest .. w3 newest):
 * MSG1 adds sigma0, the byte-shifted pair supplies W[t-7], MSG2 adds sigma1 of W[t-2].
 */
#define SHANI_SCHEDULE(w0, w1, w2, w3) \
    (w0 = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), _mm_alignr_epi8(w3, w2, 4)), w3))

__attribute__((target("sha,sse4.1")))
static void phi_sha256_block_shani(uint32_t s[8], const uint8_t block[64]) {
    /* The message is big-endian; PSHUFB swaps the bytes of each 32-bit word. */
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);

    /* s[0..7] = A..H; the instructions want {A,B,E,F} and {C,D,G,H}, highest lane first. */
    __m128i dcba = _mm_loadu_si128((const __m128i *)&s[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&s[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    const __m128i abef0 = abef, cdgh0 = cdgh;

    __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 0)), bswap);
    __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 16)), bswap);
    __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 32)), bswap);
    __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(block + 48)), bswap);

    SHANI_ROUNDS4(m0, 0);
    SHANI_ROUNDS4(m1, 4);
    SHANI_ROUNDS4(m2, 8);
    SHANI_ROUNDS4(m3, 12);
    for (int k = 16; k < 64; k += 16) {
        SHANI_SCHEDULE(m0, m1, m2, m3); SHANI_ROUNDS4(m0, k);
        SHANI_SCHEDULE(m1, m2, m3, m0); SHANI_ROUNDS4(m1, k + 4);
        SHANI_SCHEDULE(m2, m3, m0, m1); SHANI_ROUNDS4(m2, k + 8);
        SHANI_SCHEDULE(m3, m0, m1, m2); SHANI_ROUNDS4(m3, k + 12);
    }

    abef = _mm_add_epi32(abef, abef0);
    cdgh = _mm_add_epi32(cdgh, cdgh0);

    /* Back from {A,B,E,F}/{C,D,G,H} to A..H in memory order. */
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&s[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&s[4], _mm_alignr_epi8(dchg, feba, 8));
}

typedef void (*sha256_block_fn)(uint32_t[8], const uint8_t[64]);

static void sha256_block_resolve(uint32_t s[8], const uint8_t block[64]);

/*
 * Starts at the resolver, which overwrites it with the chosen path. Racing threads both
 * resolve to the same answer, so relaxed ordering is enough: the pointer is the only shared datum.
 */
static _Atomic(sha256_block_fn) sha256_block_impl = sha256_block_resolve;

static void sha256_block_resolve(uint32_t s[8], const uint8_t block[64]) {
    __builtin_cpu_init();  /* cheap, and needed if this ever runs before the libgcc constructor */
    sha256_block_fn fn = (__builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1"))
                             ? phi_sha256_block_shani
                             : phi_sha256_block_portable;
    atomic_store_explicit(&sha256_block_impl, fn, memory_order_relaxed);
    fn(s, block);
}

void phi_sha256_block(uint32_t s[8], const uint8_t block[64]) {
    atomic_load_explicit(&sha256_block_impl, memory_order_relaxed)(s, block);
}

#else

void phi_sha256_block(uint32_t s[8], const uint8_t block[64]) { phi_sha256_block_portable(s, block); }

#endif
