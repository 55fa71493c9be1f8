#include "phi_milter.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

int phi_smfi_setmlreply(SMFICTX *ctx, const char *rcode, const char *xcode,
                        const char *const *l, int n) {
    /* smfi_setmlreply takes non-const char*; it only reads them. */
    char *rc = (char *)rcode, *xc = (char *)xcode;
#define L(i) ((char *)l[i])
    switch (n) {
    case 1: return smfi_setmlreply(ctx, rc, xc, L(0), NULL);
    case 2: return smfi_setmlreply(ctx, rc, xc, L(0), L(1), NULL);
    case 3: return smfi_setmlreply(ctx, rc, xc, L(0), L(1), L(2), NULL);
    case 4: return smfi_setmlreply(ctx, rc, xc, L(0), L(1), L(2), L(3), NULL);
    default:
        if (n > 4) return smfi_setmlreply(ctx, rc, xc, L(0), L(1), L(2), L(3), L(4), NULL);
        return MI_FAILURE;
    }
#undef L
}

int phi_block_signals(void) {
    sigset_t set;
    sigfillset(&set);
    sigdelset(&set, SIGSEGV);
    sigdelset(&set, SIGBUS);
    sigdelset(&set, SIGILL);
    sigdelset(&set, SIGFPE);
    sigdelset(&set, SIGABRT);
    sigdelset(&set, SIGTRAP);
    return pthread_sigmask(SIG_BLOCK, &set, NULL);
}

int phi_wait_signal(void) {
    sigset_t set;
    int sig = 0;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    for (;;) {
        int rc = sigwait(&set, &sig);
        if (rc == 0) return sig;
        if (rc != EINTR) return -1;
    }
}

void phi_raise_usr1(void) { kill(getpid(), SIGUSR1); }
