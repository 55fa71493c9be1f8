#ifndef PHI_SCAN_H
#define PHI_SCAN_H
/*
 * phi_scan - the scanner's byte loops in C, where the compiler vectorises them: token
 * boundaries and hashes for the keyword table, the next digit or trigger byte, and SHA-256
 * for fingerprints. No state, no allocation; PHIDetect owns every buffer.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Hash of a token (bytes folded with | 0x20): first and last eight bytes and the length. */
uint64_t phi_token_hash(const uint8_t *p, size_t len);

/*
 * Walks tokens (runs of ASCII letters, digits and bytes >= 0x80) in text[from, end). Tokens that
 * end before `stop` are hashed; those whose hash has its bit set in `bits` (4096 words, indexed
 * by hash >> 52, bit hash & 63) are written to starts/ends/hashes (up to `cap`). Returns the
 * offset where the walk stopped: the start of the first token not ending before `stop`, or `end`,
 * or the start of the token that found the output full. `*count` receives the number written.
 */
size_t phi_scan_words(const uint8_t *text, size_t from, size_t end, size_t stop, const uint64_t *bits,
                      size_t *starts, size_t *ends, uint64_t *hashes, size_t cap, size_t *count);

/* The offset of the next ASCII digit, or of a byte equal to one of `triggers` (n of them), at or after `from`; `end` if none. */
size_t phi_next_interesting(const uint8_t *text, size_t from, size_t end, const uint8_t *triggers, size_t n);

/* SHA-256 compression of one 64-byte block into state (8 words). */
void phi_sha256_block(uint32_t state[8], const uint8_t block[64]);

/*
 * HMAC-SHA256 of msg[0, len) from the precomputed states after the inner and outer key blocks;
 * writes the first `hex_len` hex digits of the MAC to `hex` (no terminator; hex_len <= 64).
 */
void phi_hmac_hex(const uint32_t inner[8], const uint32_t outer[8], const uint8_t *msg, size_t len,
                  char *hex, size_t hex_len);

#ifdef __cplusplus
}
#endif
#endif
