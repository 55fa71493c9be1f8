#ifndef PHI_WORDS_H
#define PHI_WORDS_H
/*
 * phi_words - whole-word phrase search for keyword lists and term dictionaries. One pass walks
 * tokens (runs of ASCII letters, digits and bytes >= 0x80), rejects almost all with one bitset
 * probe on their first eight bytes, and hashes the rest to check the phrases anchored at them.
 * Bytes compare folded (| 0x20).
 * The table is built and owned by PHIDetect's WordTable; this file only reads it.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    const uint64_t *bits;          /* 2^PHI_FILTER_BITS bits: bit phi_token_filter(anchor) set per anchor */
    /* Open addressing over distinct anchors, slot_mask + 1 slots: the anchor's hash, and its
     * phrases as a run of `anchor_phrases` (first index, count; count 0 when the slot is empty). */
    const uint64_t *slot_hash;
    const int32_t *slot_first;
    const int32_t *slot_count;
    size_t slot_mask;              /* 0 when the table is empty */
    const int32_t *anchor_phrases; /* phrase indices grouped by anchor, in the order they were added */
    const int32_t *phrase_token;   /* per phrase: index of its first token */
    const int32_t *phrase_count;   /* per phrase: number of tokens */
    const int32_t *phrase_anchor;  /* per phrase: which of its tokens is indexed (0-based) */
    /* Per phrase of two tokens or more: the hash of the token next to the anchor (the one before
     * it, else the one after), compared before the phrase is matched token by token: an anchor
     * such as "appointment" leads a hundred phrases, of which one or two can stand at a place. */
    const uint64_t *phrase_neighbor;
    /* Per phrase: 1 when its keyword ends in '#' ("mr#", "policy #"): a '#' must follow its last
     * token, after at most one space or tab, and ends the span. */
    const uint8_t *phrase_hash_after;
    const int32_t *token_offset;   /* per token: offset of its folded bytes in `bytes` */
    const int32_t *token_length;
    const uint8_t *bytes;
    size_t max_per_anchor;         /* most phrases sharing one anchor hash */
} phi_phrase_table;

typedef struct {
    size_t start, end;  /* the phrase's span in the text */
    int32_t phrase;
} phi_phrase_hit;

/* Size of the filter bitset in bits, as a power of two (2^20 bits = 128 KiB per table). The
 * lists hold tens of thousands of anchors (given names, care words, terms); against 2^18 bits,
 * 2^20 made digit-free text 8% faster (fewer tokens probe the hash table), 2^22 no faster. */
#define PHI_FILTER_BITS 20

/* Filter index of a token: a hash of its first (up to) eight folded bytes, below 2^PHI_FILTER_BITS. */
uint32_t phi_token_filter(const uint8_t *p, size_t len);

/* Hash of a token (bytes folded with | 0x20): first and last eight bytes and the length. */
uint64_t phi_token_hash(const uint8_t *p, size_t len);

/* The end of the token bytes (letters, digits, bytes >= 0x80) that start at p[from], before end. */
size_t phi_token_end(const uint8_t *p, size_t from, size_t end);

/*
 * Finds phrases whose anchor token lies in text[from, end) and ends before `stop`. Tokens before
 * and after the anchor are looked for in text[0, end), one to three non-token bytes apart, at
 * most one of them a line break (mail is often hard-wrapped). Writes up to `cap` hits
 * (cap >= table->max_per_anchor) in anchor order. Returns where
 * the walk stopped: the start of the first token not ending before `stop`, the start of the
 * token that found the output full, or `end`. `*count` receives the number of hits.
 */
size_t phi_scan_phrases(const phi_phrase_table *table, const uint8_t *text, size_t from, size_t end, size_t stop,
                        phi_phrase_hit *hits, size_t cap, size_t *count);

/* The most characters of a phrase found inside a run of Chinese, Japanese or Korean text. */
#define PHI_CJK_MAX_CHARS 8

/*
 * Finds, inside runs of CJK text (three-byte characters with lead bytes E3-ED: kana, CJK
 * ideographs, Hangul), the one-token phrases that stand there without word breaks: for every
 * character starting in text[from, stop), every run of 1 to PHI_CJK_MAX_CHARS CJK characters
 * from it (within text[, end)) that is not a whole token (the word walk's) is looked up as a
 * token. Writes hits as phi_scan_phrases does; needs cap >= PHI_CJK_MAX_CHARS * max_per_anchor.
 * Returns the first position not walked (a character start), or stop or beyond.
 */
size_t phi_scan_cjk(const phi_phrase_table *table, const uint8_t *text, size_t from, size_t end, size_t stop,
                    phi_phrase_hit *hits, size_t cap, size_t *count);

#ifdef __cplusplus
}
#endif
#endif
