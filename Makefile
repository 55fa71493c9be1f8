# phi-milter: the two set-up commands are `make run` and `make test` (see README.md).
SWIFT      ?= swift
BIN_DEBUG   = .build/debug/phi-milter
BIN_RELEASE = .build/release/phi-milter

PREFIX     ?= /usr/local
SYSCONFDIR ?= /etc
# A daemon run by the administrator, not by users: sbin, like opendkim and clamav-milter (FHS 4.10).
SBINDIR     = $(PREFIX)/sbin
DATADIR     = $(PREFIX)/share/phi-milter
MANDIR      = $(PREFIX)/share/man
DOCDIR      = $(PREFIX)/share/doc/phi-milter
UNITDIR    ?= /lib/systemd/system
# The Swift runtime linked in: the binary needs only Debian's shared libraries, not the toolchain.
# Relocations resolved at start and made read-only (Debian's hardening "bindnow").
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker -z -Xlinker now -Xlinker -z -Xlinker relro
VERSION    := $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/phi-milter/PHIMilterCommand.swift)
DEB         = phi-milter_$(VERSION)_amd64.deb
DEB_STAGE   = .build/deb/root

.PHONY: deps build release run test fuzz bench bench-milter install deb clean

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## run: build, then scan a sample with the default packs.
run: build
	@scripts/run.sh $(BIN_DEBUG)

## test: unit tests, pack examples and lint, corpus regression, end-to-end, a fuzz smoke.
test: FUZZ_SECONDS ?= 30
test: deps
	$(SWIFT) build
	$(SWIFT) test
	$(BIN_DEBUG) packs lint Patterns
	$(BIN_DEBUG) packs test Patterns
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" scripts/test-extra.sh $(BIN_DEBUG)

## fuzz: every libFuzzer target (Fuzz/) for FUZZ_SECONDS each with AddressSanitizer; choose
## targets with FUZZ_TARGETS="mime html". Crashes go to Fuzz/out/crashes; exit 1 on any.
## A long run: FUZZ_SANITIZE=none FUZZ_ARGS=-runs=10000000 (see scripts/fuzz.sh).
fuzz: FUZZ_SECONDS ?= 300
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" scripts/fuzz.sh

bench: release
	@Benchmarks/scanner.sh $(BIN_RELEASE)
	@Benchmarks/edm.sh $(BIN_RELEASE)

## bench-milter: smtp-source -> Postfix -> phi-milter -> smtp-sink against Postfix alone (needs root).
bench-milter: release
	@Benchmarks/milter.sh $(BIN_RELEASE)

## install: the tree the Debian package holds (one list, used by `make deb` too): the stripped
## release binary in SBINDIR, the packs in DATADIR/Patterns (where the binary looks for them), man
## pages, docs and examples, the systemd unit, and the config and logrotate files if none are there
## yet. The system user, key and directories are made by packaging/deb/postinst (run it once after
## `make install`: `packaging/deb/postinst configure`).
install: release
	install -D -m 0755 $(BIN_RELEASE) $(DESTDIR)$(SBINDIR)/phi-milter
	strip --remove-section=.comment --remove-section=.note --strip-unneeded $(DESTDIR)$(SBINDIR)/phi-milter
	install -d $(DESTDIR)$(DATADIR)/Patterns/data
	install -m 0644 Patterns/*.yaml $(DESTDIR)$(DATADIR)/Patterns/
	install -m 0644 Patterns/data/*.txt Patterns/data/README.md $(DESTDIR)$(DATADIR)/Patterns/data/
	install -d $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(DOCDIR)/examples
	gzip -9n < packaging/man/phi-milter.8 > $(DESTDIR)$(MANDIR)/man8/phi-milter.8.gz
	gzip -9n < packaging/man/phi-milter.yaml.5 > $(DESTDIR)$(MANDIR)/man5/phi-milter.yaml.5.gz
	install -m 0644 packaging/deb/copyright $(DESTDIR)$(DOCDIR)/copyright
	gzip -9n < packaging/deb/changelog > $(DESTDIR)$(DOCDIR)/changelog.gz
	install -m 0644 contrib/phi-milter.yaml contrib/postfix/main.cf.snippet contrib/postfix/master.cf.snippet \
	  contrib/postfix/phi_milter_header_checks contrib/postfix/edge_header_checks contrib/haproxy/phi-milter.cfg \
	  $(DESTDIR)$(DOCDIR)/examples/
	install -d $(DESTDIR)$(UNITDIR)
	sed 's|/usr/sbin/phi-milter|$(SBINDIR)/phi-milter|' contrib/systemd/phi-milter.service \
	  > $(DESTDIR)$(UNITDIR)/phi-milter.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/phi-milter.service
	test -e $(DESTDIR)$(SYSCONFDIR)/logrotate.d/phi-milter || \
	  install -D -m 0644 packaging/logrotate $(DESTDIR)$(SYSCONFDIR)/logrotate.d/phi-milter
	test -e $(DESTDIR)$(SYSCONFDIR)/phi-milter/phi-milter.yaml || \
	  install -D -m 0644 packaging/phi-milter.yaml $(DESTDIR)$(SYSCONFDIR)/phi-milter/phi-milter.yaml

## deb: phi-milter_VERSION_amd64.deb from the `make install` tree (PREFIX=/usr) and packaging/deb/.
deb: release
	rm -rf $(DEB_STAGE)
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/$(DEB_STAGE) PREFIX=/usr SYSCONFDIR=/etc
	packaging/deb/build.sh $(DEB_STAGE) $(VERSION) $(DEB)

clean:
	rm -rf .build .build-fuzz phi-milter_*.deb
