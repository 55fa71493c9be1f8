/* A milter that does nothing: the floor for Benchmarks/milter.sh (cc noop-milter.c -lmilter -lpthread).
 * Usage: noop-milter SOCKET. Registers every callback phi-milter uses and answers continue, and
 * inserts one header at end of message like phi-milter does. */
#include <libmilter/mfapi.h>
#include <string.h>

static sfsistat cont(SMFICTX *ctx) { (void)ctx; return SMFIS_CONTINUE; }
static sfsistat conn(SMFICTX *ctx, char *h, struct sockaddr *a) { (void)ctx; (void)h; (void)a; return SMFIS_CONTINUE; }
static sfsistat str(SMFICTX *ctx, char *s) { (void)ctx; (void)s; return SMFIS_CONTINUE; }
static sfsistat argv(SMFICTX *ctx, char **v) { (void)ctx; (void)v; return SMFIS_CONTINUE; }
static sfsistat hdr(SMFICTX *ctx, char *n, char *v) { (void)ctx; (void)n; (void)v; return SMFIS_CONTINUE; }
static sfsistat body(SMFICTX *ctx, unsigned char *b, size_t n) { (void)ctx; (void)b; (void)n; return SMFIS_CONTINUE; }
static sfsistat eom(SMFICTX *ctx) {
    smfi_insheader(ctx, 0, "X-Noop", "yes");
    return SMFIS_CONTINUE;
}

int main(int argc, char **argv_) {
    struct smfiDesc d;
    memset(&d, 0, sizeof d);
    d.xxfi_name = "noop";
    d.xxfi_version = SMFI_VERSION;
    d.xxfi_flags = SMFIF_ADDHDRS;
    d.xxfi_connect = conn; d.xxfi_helo = str; d.xxfi_envfrom = argv; d.xxfi_envrcpt = argv;
    d.xxfi_header = hdr; d.xxfi_eoh = cont; d.xxfi_body = body; d.xxfi_eom = eom;
    d.xxfi_abort = cont; d.xxfi_close = cont;
    if (argc < 2 || smfi_setconn(argv_[1]) != MI_SUCCESS || smfi_register(d) != MI_SUCCESS) return 1;
    smfi_opensocket(1);
    return smfi_main();
}
