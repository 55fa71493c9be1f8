#include "phi_milter.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

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
    siginfo_t info;
    const pid_t self = getpid();
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    for (;;) {
        int sig = sigwaitinfo(&set, &info);
        if (sig < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        /* The Swift runtime's crash handler signals the process's own threads (tgkill, raise):
         * such a signal is never an operator's request. */
        if (info.si_code == SI_TKILL || ((info.si_code == SI_USER || info.si_code == SI_QUEUE) && info.si_pid == self))
            continue;
        return sig;
    }
}

static void phi_fatal(int sig) {
    static const char msg[] = "phi-milter: fatal signal, exiting at once for the service manager to restart\n";
    ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

int phi_fatal_exit_handlers(void) {
    const int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = phi_fatal;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        if (sigaction(fatal[i], &sa, NULL) != 0) return errno;
    }
    sigset_t unblock;
    sigemptyset(&unblock);
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaddset(&unblock, fatal[i]);
    return pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
}


/* libmilter's private struct smfi_str begins with ctx_id then ctx_sd; ctx_id is 4 or 8 bytes
 * depending on the build, so the descriptor is the 2nd or 3rd int. A candidate counts only when
 * it is a connected (not listening) TCP socket whose local port is the milter's port. */
int phi_connection_fd(SMFICTX *ctx, int port) {
    if (ctx == NULL || port <= 0) return -1;
    const int *words = (const int *)(const void *)ctx;
    int candidates[2] = { words[2], words[1] };
    for (int i = 0; i < 2; i++) {
        int fd = candidates[i], type = 0, listening = 0;
        socklen_t len = sizeof(type), ll = sizeof(listening);
        struct sockaddr_storage ss;
        socklen_t sl = sizeof(ss);
        if (fd < 3) continue;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 || type != SOCK_STREAM) continue;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &ll) != 0 || listening) continue;
        if (getsockname(fd, (struct sockaddr *)&ss, &sl) != 0) continue;
        int local = -1;
        if (ss.ss_family == AF_INET) local = ntohs(((struct sockaddr_in *)&ss)->sin_port);
        if (ss.ss_family == AF_INET6) local = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
        if (local == port) return fd;
    }
    return -1;
}

int phi_quickack(int fd) {
    int one = 1;
    return fd >= 0 && setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one)) == 0;
}

int phi_nodelay(int fd) {
    int one = 1;
    return fd >= 0 && setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) == 0;
}
