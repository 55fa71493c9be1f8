/* CMilter: libmilter for Swift, plus the few fixed-arity helpers Swift cannot do itself. */
#ifndef PHI_MILTER_H
#define PHI_MILTER_H

#include <stddef.h>
#include <sys/socket.h>
#include <libmilter/mfapi.h>

/* smfi_setmlreply is variadic: Swift cannot call it. Sets a reply of 1 to 5 lines;
 * lines past the fifth are dropped. */
int phi_smfi_setmlreply(SMFICTX *ctx, const char *rcode, const char *xcode,
                        const char *const *lines, int count);

/* Blocks every asynchronous signal in the calling thread (call in main before any thread exists);
 * synchronous faults (SEGV, BUS, ILL, FPE, ABRT, TRAP) stay deliverable. Returns 0 or errno. */
int phi_block_signals(void);

/* Waits for SIGUSR1, SIGTERM, SIGHUP or SIGINT (blocked beforehand) and returns its number,
 * or -1 on error. */
int phi_wait_signal(void);

/* Sends SIGUSR1 to this process; used to wake the signal thread at shutdown. */
void phi_raise_usr1(void);

#endif
