/* phi_words.c - the phrase walk behind keyword lists and term dictionaries (see phi_words.h). */
#include "phi_words.h"

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

/* A token's first (up to) eight bytes, folded, in a little-endian word; zero above the token. */
static inline uint64_t folded_head(const uint8_t *p, size_t n) {
    uint64_t head = 0;
    for (size_t i = 0; i < n && i < 8; i++) head |= (uint64_t)(p[i] | 0x20) << (8 * i);
    return head;
}

/* Hash of a token of 1 <= n bytes with at least 8 readable bytes from p: two loads, no branches. */
static inline uint64_t token_hash_wide(const uint8_t *p, size_t n) {
    const uint64_t fold = 0x2020202020202020ULL;
    uint64_t keep = n >= 8 ? ~0ULL : (1ULL << (8 * (n & 7))) - 1;
    uint64_t tail = load64(p + (n > 8 ? n - 8 : 0)) | fold;
    return mix((load64(p) | fold) & keep, n > 8 ? tail : 0, n);
}

/* The same hash with `avail` readable bytes from p (avail >= n). */
static inline uint64_t token_hash(const uint8_t *p, size_t n, size_t avail) {
    return avail >= 8 ? token_hash_wide(p, n) : mix(folded_head(p, n), 0, n);  /* n < 8 when avail < 8 */
}

uint64_t phi_token_hash(const uint8_t *p, size_t n) { return token_hash(p, n, n); }

size_t phi_token_end(const uint8_t *p, size_t from, size_t end) {
    while (from < end && is_token(p[from])) from++;
    return from;
}

/* Filter index from a token's first (up to) eight folded bytes, already masked: one multiply. */
static inline uint32_t filter_index(uint64_t head) {
    return (uint32_t)((head * 0x9E3779B97F4A7C15ULL) >> (64 - PHI_FILTER_BITS));
}

uint32_t phi_token_filter(const uint8_t *p, size_t n) { return filter_index(folded_head(p, n)); }

/* Whether stored token `token` equals the folded bytes text[s, e). */
static inline int token_equals(const phi_phrase_table *t, int32_t token, const uint8_t *text, size_t s, size_t e) {
    size_t len = (size_t)t->token_length[token];
    if (e - s != len) return 0;
    const uint8_t *b = t->bytes + t->token_offset[token];
    for (size_t k = 0; k < len; k++)
        if ((uint8_t)(text[s + k] | 0x20) != b[k]) return 0;
    return 1;
}

/* The token before text[s] under the phrase gap rule: one to three non-token bytes back, at most
 * one of them a line break (a hard-wrapped line may split a phrase). Sets text[*ts, *te); 0 when
 * there is none. */
static inline int token_before(const uint8_t *text, size_t s, size_t *ts, size_t *te) {
    size_t p = s;
    int gap = 0, breaks = 0;
    while (p > 0 && !is_token(text[p - 1]) && gap < 3 && (text[p - 1] != '\n' || !breaks++)) { p--; gap++; }
    if (gap == 0 || p == 0 || !is_token(text[p - 1])) return 0;
    *te = p;
    while (p > 0 && is_token(text[p - 1])) p--;
    *ts = p;
    return 1;
}

/* The token after text[, e) within text[, limit) under the same rule. */
static inline int token_after(const uint8_t *text, size_t e, size_t limit, size_t *ts, size_t *te) {
    size_t p = e;
    int gap = 0, breaks = 0;
    while (p < limit && !is_token(text[p]) && gap < 3 && (text[p] != '\n' || !breaks++)) { p++; gap++; }
    if (gap == 0 || p >= limit || !is_token(text[p])) return 0;
    *ts = p;
    while (p < limit && is_token(text[p])) p++;
    *te = p;
    return 1;
}

/* If the anchor of `phrase` is text[s, e) and its other tokens stand around it, its span. */
static int match_phrase(const phi_phrase_table *t, int32_t phrase, const uint8_t *text, size_t s, size_t e,
                        size_t limit, size_t *out_s, size_t *out_e) {
    int32_t first = t->phrase_token[phrase], count = t->phrase_count[phrase], anchor = t->phrase_anchor[phrase];
    if (!token_equals(t, first + anchor, text, s, e)) return 0;
    size_t ps = s, pe = e, ts, te;
    for (int32_t n = anchor - 1; n >= 0; n--) {  /* backwards from the anchor */
        if (!token_before(text, ps, &ts, &te) || !token_equals(t, first + n, text, ts, te)) return 0;
        ps = ts;
    }
    for (int32_t n = anchor + 1; n < count; n++) {  /* forwards */
        if (!token_after(text, pe, limit, &ts, &te) || !token_equals(t, first + n, text, ts, te)) return 0;
        pe = te;
    }
    if (t->phrase_hash_after[phrase]) {  /* "mr#": the '#' is part of the keyword */
        size_t p = pe;
        if (p < limit && (text[p] == ' ' || text[p] == '\t')) p++;
        if (p >= limit || text[p] != '#') return 0;
        pe = p + 1;
    }
    *out_s = ps;
    *out_e = pe;
    return 1;
}

/* The hash of the token before text[s] (see token_before), or 0 when there is none. */
static uint64_t hash_before(const uint8_t *text, size_t s, size_t end) {
    size_t ts, te;
    return token_before(text, s, &ts, &te) ? token_hash(text + ts, te - ts, end - ts) : 0;
}

/* The hash of the token after text[, e) within text[, limit) (see token_after), or 0. */
static uint64_t hash_after(const uint8_t *text, size_t e, size_t limit) {
    size_t ts, te;
    return token_after(text, e, limit, &ts, &te) ? token_hash(text + ts, te - ts, limit - ts) : 0;
}

/* Checks the phrases anchored at hash h; returns the new hit count. A phrase's neighbour token
 * is hashed once per place and compared before the phrase is matched; match_phrase still
 * compares every token, so a hash collision costs time, never a false hit. */
static inline size_t anchor_hits(const phi_phrase_table *t, uint64_t h, const uint8_t *text, size_t s, size_t e,
                                 size_t limit, phi_phrase_hit *hits, size_t n) {
    size_t slot = (size_t)h & t->slot_mask;
    while (t->slot_count[slot] > 0 && t->slot_hash[slot] != h) slot = (slot + 1) & t->slot_mask;
    int32_t count = t->slot_count[slot];
    if (count == 0) return n;  /* a filter pass with no anchor */
    const int32_t *phrases = t->anchor_phrases + t->slot_first[slot];
    uint64_t before = 0, after = 0;
    int have_before = 0, have_after = 0;
    for (int32_t k = 0; k < count; k++) {
        int32_t phrase = phrases[k];
        if (t->phrase_count[phrase] > 1) {
            uint64_t neighbor;
            if (t->phrase_anchor[phrase] > 0) {
                if (!have_before) { before = hash_before(text, s, limit); have_before = 1; }
                neighbor = before;
            } else {
                if (!have_after) { after = hash_after(text, e, limit); have_after = 1; }
                neighbor = after;
            }
            if (neighbor != t->phrase_neighbor[phrase]) continue;
        }
        size_t ps, pe;
        if (match_phrase(t, phrase, text, s, e, limit, &ps, &pe)) {
            hits[n].start = ps; hits[n].end = pe; hits[n].phrase = phrase;
            n++;
        }
    }
    return n;
}

#if defined(__SSE2__)
/* Bytes of `v` in [lo, lo + n) as a 16-bit mask (unsigned range test with signed compares). */
static inline unsigned in_range(__m128i v, uint8_t lo, uint8_t n) {
    __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8((char)(uint8_t)(0x80 - lo)));
    return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(uint8_t)(0x80 + n))));
}

/* One bit per byte of text[0, 16): set where the byte belongs to a token. */
static inline uint64_t token_mask16(const uint8_t *text) {
    __m128i v = _mm_loadu_si128((const __m128i *)text);
    __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    return (in_range(folded, 'a', 26) | in_range(v, '0', 10) | (unsigned)_mm_movemask_epi8(v)) & 0xFFFF;
}

/* One bit per byte of text[0, 64). */
static inline uint64_t token_mask64(const uint8_t *text) {
    return token_mask16(text) | token_mask16(text + 16) << 16 | token_mask16(text + 32) << 32
         | token_mask16(text + 48) << 48;
}
#endif

/* Whether the filter lets the token text[s, s + len) through: its first eight bytes (at least
 * eight readable from s), folded and cut to the token, select one bit. */
static inline int filter_passes(const uint64_t *bits, const uint8_t *p, size_t len) {
    uint64_t keep = len >= 8 ? ~0ULL : (1ULL << (8 * (len & 7))) - 1;
    uint32_t f = filter_index((load64(p) | 0x2020202020202020ULL) & keep);
    return (int)((bits[f >> 6] >> (f & 63)) & 1);
}

size_t phi_scan_phrases(const phi_phrase_table *t, const uint8_t *text, size_t from, size_t end, size_t stop,
                        phi_phrase_hit *hits, size_t cap, size_t *count) {
    size_t i = from, n = 0;
    const uint64_t *bits = t->bits;
#if defined(__SSE2__)
    /* Block walk. Token starts come from a 64-bit mask per block, a token's length from that
     * mask joined with the next block's, so tokens are independent and no branch runs per byte.
     * Almost every token is then rejected by one filter probe on its first eight bytes.
     * `from` never falls inside a token: it is 0, or where an earlier walk stopped (a token
     * start). Every load stays below `end`: a block is walked only when 128 bytes remain. */
    uint64_t carry = 0;  /* whether the byte before the block belongs to a token */
    uint64_t m = i + 128 <= end ? token_mask64(text + i) : 0;
    while (i + 128 <= end) {
        uint64_t next = token_mask64(text + i + 64);
        uint64_t starts = m & ~((m << 1) | carry);
        carry = m >> 63;
        __uint128_t window = ((__uint128_t)next << 64) | m;
        while (starts) {
            unsigned o = (unsigned)__builtin_ctzll(starts);
            starts &= starts - 1;
            size_t s = i + o;
            uint64_t rest = ~(uint64_t)(window >> o);
            size_t len = rest ? (size_t)__builtin_ctzll(rest) : 64;
            if (__builtin_expect(rest == 0, 0))  /* a token of 64 bytes or more */
                while (s + len < end && is_token(text[s + len])) len++;
            if (s + len >= stop) { *count = n; return s; }
            if (__builtin_expect(filter_passes(bits, text + s, len), 0)) {
                if (cap - n < t->max_per_anchor) { *count = n; return s; }
                n = anchor_hits(t, token_hash_wide(text + s, len), text, s, s + len, end, hits, n);
            }
        }
        m = next;
        i += 64;
    }
    if (carry) while (i < end && is_token(text[i])) i++;  /* the rest of a token already walked */
#endif
    while (i < end) {
        while (i < end && !is_token(text[i])) i++;
        if (i >= end) break;
        size_t s = i;
        while (i < end && is_token(text[i])) i++;
        if (i >= stop) { i = s; break; }
        uint32_t f = phi_token_filter(text + s, i - s);
        if ((bits[f >> 6] >> (f & 63)) & 1) {
            if (cap - n < t->max_per_anchor) { i = s; break; }
            n = anchor_hits(t, token_hash(text + s, i - s, end - s), text, s, i, end, hits, n);
        }
    }
    *count = n;
    return i < end ? i : end;
}

static inline int is_cjk_lead(uint8_t b) { return b >= 0xE3 && b <= 0xED; }

size_t phi_scan_cjk(const phi_phrase_table *t, const uint8_t *text, size_t from, size_t end, size_t stop,
                    phi_phrase_hit *hits, size_t cap, size_t *count) {
    size_t i = from, n = 0;
    const uint64_t *bits = t->bits;
    while (i < stop) {
        /* Most text has no CJK: skip eight ASCII bytes at a time, then byte by byte. */
        while (i + 8 <= stop && (load64(text + i) & 0x8080808080808080ULL) == 0) i += 8;
        while (i < stop && !is_cjk_lead(text[i])) i++;
        if (i >= stop) break;
        if (cap - n < (size_t)PHI_CJK_MAX_CHARS * t->max_per_anchor) { *count = n; return i; }
        size_t q = i;
        for (int k = 0; k < PHI_CJK_MAX_CHARS && q + 3 <= end && is_cjk_lead(text[q]); k++) {
            q += 3;
            if ((i == 0 || !is_token(text[i - 1])) && (q >= end || !is_token(text[q]))) continue;  /* a whole token */
            size_t len = q - i;
            uint32_t f = filter_index(folded_head(text + i, len));
            if ((bits[f >> 6] >> (f & 63)) & 1)
                n = anchor_hits(t, token_hash(text + i, len, end - i), text, i, q, end, hits, n);
        }
        i += 3;
    }
    *count = n;
    return i;
}
