# phi-milter: the two set-up commands are `make run` and `make test` (see README.md).
SWIFT      ?= swift
BIN_DEBUG   = .build/debug/phi-milter
BIN_RELEASE = .build/release/phi-milter

.PHONY: deps build release run test unit packs-check corpus e2e bench bench-milter clean

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## run: build, then scan a sample with the default packs.
run: build
	@scripts/run.sh $(BIN_DEBUG)

## test: unit tests, pack examples and lint, corpus regression, end-to-end.
test: deps
	$(SWIFT) build
	$(SWIFT) test
	$(BIN_DEBUG) packs lint Patterns
	$(BIN_DEBUG) packs test Patterns
	@scripts/test-extra.sh $(BIN_DEBUG)

bench: release
	@Benchmarks/scanner.sh $(BIN_RELEASE)

## bench-milter: smtp-source -> Postfix -> phi-milter -> smtp-sink against Postfix alone (needs root).
bench-milter: release
	@Benchmarks/milter.sh $(BIN_RELEASE)

clean:
	rm -rf .build
