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

/* Waits for SIGUSR1, SIGTERM, SIGHUP or SIGINT (blocked beforehand) with sigwaitinfo and
 * returns its number, or -1 on error. Signals the process sent itself (thread-directed, or
 * kill/sigqueue from our own pid, as the Swift runtime's crash handler does) are ignored. */
int phi_wait_signal(void);

/* Replaces the handlers of fatal signals (SEGV, BUS, ILL (a Swift trap), FPE, TRAP, ABRT) with
 * one that writes a fixed line to stderr and dies of the same signal at once, so the service
 * manager sees a failure and restarts the daemon, instead of the runtime's backtracer, which
 * needs the other threads to answer SIGUSR1 (blocked here) and hangs for many seconds.
 * Returns 0 or errno. */
int phi_fatal_exit_handlers(void);

/* The MTA connection's descriptor of ctx, or -1: read from libmilter's private context
 * (struct smfi_str starts with ctx_id and ctx_sd) and accepted only when it is a connected TCP
 * socket whose local port is `port` (the milter's listening port). */
int phi_connection_fd(SMFICTX *ctx, int port);

/* TCP_QUICKACK on fd: acknowledge at once, so the MTA's next small write is not held by Nagle
 * waiting for our delayed ACK. Not sticky in Linux; re-arm after reads. Returns 1 when set. */
int phi_quickack(int fd);

/* TCP_NODELAY on fd: our replies (several packets at end of message) go out at once. */
int phi_nodelay(int fd);


/* Binds a socket to the address of a libmilter socket spec (inet:PORT@HOST, inet6:PORT@HOST,
 * unix:PATH) as smfi_opensocket does, to learn why that failed. Returns 0 when the bind works
 * (the probe socket is closed again and a unix path it made is removed), else the errno. */
int phi_probe_listen(const char *spec);
#endif
