# phi-milter: the two set-up commands are `make run` and `make test` (see README.md).
SWIFT      ?= swift
BIN_DEBUG   = .build/debug/phi-milter
BIN_RELEASE = .build/release/phi-milter

PREFIX     ?= /usr/local
SYSCONFDIR ?= /etc

.PHONY: deps build release run test fuzz bench bench-milter install clean

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

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
fuzz: FUZZ_SECONDS ?= 300
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" scripts/fuzz.sh

bench: release
	@Benchmarks/scanner.sh $(BIN_RELEASE)
	@Benchmarks/edm.sh $(BIN_RELEASE)

## bench-milter: smtp-source -> Postfix -> phi-milter -> smtp-sink against Postfix alone (needs root).
bench-milter: release
	@Benchmarks/milter.sh $(BIN_RELEASE)

## install: the release binary, the packs beside it (PREFIX/share/phi-milter/Patterns, where the
## binary looks for them), and the documented config if none is there yet.
install: release
	install -D -m 0755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/phi-milter
	install -d $(DESTDIR)$(PREFIX)/share/phi-milter/Patterns/data
	install -m 0644 Patterns/*.yaml $(DESTDIR)$(PREFIX)/share/phi-milter/Patterns/
	install -m 0644 Patterns/data/*.txt Patterns/data/README.md $(DESTDIR)$(PREFIX)/share/phi-milter/Patterns/data/
	test -e $(DESTDIR)$(SYSCONFDIR)/phi-milter/phi-milter.yaml || \
	  install -D -m 0644 contrib/phi-milter.yaml $(DESTDIR)$(SYSCONFDIR)/phi-milter/phi-milter.yaml

clean:
	rm -rf .build .build-fuzz
