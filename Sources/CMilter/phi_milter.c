#include "phi_milter.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/un.h>

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

int phi_probe_listen(const char *spec) {
    int family = AF_INET;
    const char *rest = NULL;
    if (strncmp(spec, "unix:", 5) == 0 || strncmp(spec, "local:", 6) == 0 || spec[0] == '/') {
        const char *path = spec[0] == '/' ? spec : strchr(spec, ':') + 1;
        struct sockaddr_un sun;
        memset(&sun, 0, sizeof sun);
        sun.sun_family = AF_UNIX;
        if (strlen(path) >= sizeof sun.sun_path) return ENAMETOOLONG;
        strcpy(sun.sun_path, path);
        int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0) return errno;
        int rc = bind(fd, (struct sockaddr *)&sun, sizeof sun), err = errno;
        close(fd);
        if (rc == 0) { unlink(path); return 0; }
        return err;
    }
    if (strncmp(spec, "inet:", 5) == 0) rest = spec + 5;
    else if (strncmp(spec, "inet6:", 6) == 0) { rest = spec + 6; family = AF_INET6; }
    else return EINVAL;
    char port[16] = {0}, host[256] = {0};
    const char *at = strchr(rest, '@');
    size_t plen = at ? (size_t)(at - rest) : strlen(rest);
    if (plen == 0 || plen >= sizeof port) return EINVAL;
    memcpy(port, rest, plen);
    if (at) {
        const char *h = at + 1;
        size_t hlen = strlen(h);
        if (hlen > 1 && h[0] == '[' && h[hlen - 1] == ']') { h++; hlen -= 2; }
        if (hlen >= sizeof host) return EINVAL;
        memcpy(host, h, hlen);
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    if (getaddrinfo(host[0] ? host : NULL, port, &hints, &res) != 0 || res == NULL) return EADDRNOTAVAIL;
    int fd = socket(res->ai_family, SOCK_STREAM, 0), err = 0;
    if (fd < 0) { err = errno; freeaddrinfo(res); return err; }
    int one = 1;
    (void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, res->ai_addr, res->ai_addrlen) != 0) err = errno;
    close(fd);
    freeaddrinfo(res);
    return err;
}
