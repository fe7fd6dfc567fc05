#!/usr/bin/env bash
# Install the Python side of `jitharness capture`, idempotently, on Debian 12 (bookworm).
#
#   scripts/setup-python.sh     apt: python3 python3-venv; a virtual environment at
#                               ${JITHARNESS_VENV:-/opt/jitharness/venv} with a pinned Numba
#                               whose llvmlite is built on LLVM 14 (the IR the corpus holds)
#
# Quiet when everything is already present; otherwise one `setup:` line per step on stderr.
# Must run as root (or through sudo), like scripts/setup.sh.
set -euo pipefail

VENV=${JITHARNESS_VENV:-/opt/jitharness/venv}
PYTHON=/usr/bin/python3   # Debian's python, never a pyenv/conda one found on PATH
# The pins. llvmlite 0.42 is the last line built on LLVM 14; numba 0.59.1 requires it; numpy
# must be < 1.27 for numba 0.59. All three ship manylinux wheels for CPython 3.11 on x86_64
# and aarch64, so nothing is compiled here.
PINS=(numba==0.59.1 llvmlite==0.42.0 numpy==1.26.4)

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { echo "setup: $*" >&2; }

missing_pkgs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

# 1. Debian's python3 and its venv module.
miss=$(missing_pkgs python3 python3-venv)
if [ -n "$miss" ]; then
  say "apt-get update"
  $SUDO apt-get update -qq >/dev/null
  say "installing:" $miss
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $miss >/dev/null
fi

# 2. The virtual environment (recreated if it is broken or was made by another python).
if ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
  say "creating virtual environment $VENV"
  $SUDO rm -rf "$VENV"
  $SUDO mkdir -p "$(dirname "$VENV")"
  $SUDO "$PYTHON" -m venv "$VENV"
fi

# 3. The pinned packages, unless exactly these versions are already there.
installed_ok() {
  "$VENV/bin/python" - "${PINS[@]}" <<'EOF' 2>/dev/null
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
if ! installed_ok; then
  say "pip install ${PINS[*]} into $VENV"
  $SUDO "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input \
    --only-binary=:all: "${PINS[@]}" >/dev/null
  installed_ok || { say "pip did not leave ${PINS[*]} in $VENV"; exit 1; }
  # The capture corpus is LLVM 14 IR: refuse an llvmlite built on anything else.
  "$VENV/bin/python" -c '
import sys, llvmlite.binding as ll
v = ll.llvm_version_info
sys.exit(0 if v[0] == 14 else "llvmlite is built on LLVM %s, expected 14" % ".".join(map(str, v)))'
fi
