#ifndef PHI_SCAN_H
#define PHI_SCAN_H
/*
 * phi_scan - the scanner's byte loops in C, where the compiler vectorises them: the next
 * digit or trigger byte, digit groups, and SHA-256 for fingerprints (blocks: phi_sha256.c;
 * phrases: phi_words.h). No state but the once-resolved SHA-256 path, no allocation; PHIDetect
 * owns every buffer.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The offset of the next ASCII digit, or of a byte equal to one of `triggers` (n of them), at or after `from`; `end` if none. */
size_t phi_next_interesting(const uint8_t *text, size_t from, size_t end, const uint8_t *triggers, size_t n);

/* Whether p[at, end) starts with one or two spaces or tabs, then an ASCII capital or a byte >= 0x80. */
int phi_upper_after(const uint8_t *p, size_t at, size_t end);

/* A digit group: the token holding a digit and the digit-bearing tokens after it, joined by one or two separators. */
typedef struct {
    size_t start, end;
    int digits, tokens, mixed;
    int mixed_min;          /* bytes of its shortest token with letters and digits (0 when none) */
    int upper_after_first;  /* the first token is followed by 1-2 spaces/tabs and A-Z or a byte >= 0x80 */
    int upper_before;       /* the group is preceded by A-Z and 1-2 whitespace bytes (space, tab, CR, LF, FF, VT) */
    uint32_t separators;    /* bit (b & 31) set for each separator byte b seen between its tokens */
} phi_group;

/*
 * The digit group around the digit at p[i]: starts at the beginning of that token (at most 64
 * bytes back), takes following tokens while they hold digits and are one or two separator bytes
 * (space, tab, - . / ( ) : ,) apart. Returns 0 when the group may continue past `end` and
 * `final` is 0 (wait for more text; only out->start is set), else fills `out` and returns 1.
 * A group is cut at PHI_GROUP_MAX bytes, even inside a token: waiting for the end of a group
 * that never ends (one 16 MB run of digits, a megabyte of "1-1-1-") rescanned it from its start
 * on every chunk. The cut-off rest is found as the next group.
 */
#define PHI_GROUP_MAX 1024
int phi_digit_group(const uint8_t *p, size_t i, size_t end, int final, phi_group *out);

/* SHA-256 compression of one 64-byte block into state (8 words); SHA-NI when the CPU has it (phi_sha256.c). */
void phi_sha256_block(uint32_t state[8], const uint8_t block[64]);

/* The same in portable C, what phi_sha256_block falls back to; exported so tests can compare the two paths. */
void phi_sha256_block_portable(uint32_t state[8], const uint8_t block[64]);

/*
 * HMAC-SHA256 of msg[0, len) from the precomputed states after the inner and outer key blocks;
 * writes the first `hex_len` hex digits of the MAC to `hex` (no terminator; hex_len <= 64). `msg` may
 * be NULL when len is 0.
 */
void phi_hmac_hex(const uint32_t inner[8], const uint32_t outer[8], const uint8_t *msg, size_t len,
                  char *hex, size_t hex_len);

#ifdef __cplusplus
}
#endif
#endif
