#!/usr/bin/env bash
# Install the Python side of jitharness (`capture`, `numba run`, `numba test`), idempotently, on
# Debian 12 (bookworm).
#
#   scripts/setup-python.sh     apt: python3 python3-venv; two virtual environments made with
#                               Debian's /usr/bin/python3 (3.11, a non-PIE executable), one per
#                               Numba era, each with the pinned Numba and a `jitharness.pth` that
#                               puts this checkout's python/ on sys.path and, when
#                               JITHARNESS_NUMBA_BACKEND is set, routes Numba's JIT linking
#                               through a harness backend (python/jitharness/_autoload.py):
#       ${JITHARNESS_VENV:-/opt/jitharness/venv}           numba 0.59.1 / llvmlite 0.42 (LLVM 14),
#                                                          the seed's era and the IR the corpus holds
#       ${JITHARNESS_VENV_068:-/opt/jitharness/venv-0.68}  numba 0.68.1 / llvmlite 0.50 (LLVM 22),
#                                                          the era Numba's ORC prototype targets
#
# Quiet when everything is already present; otherwise one `setup:` line per step on stderr.
# Must run as root (or through sudo), like scripts/setup.sh.
set -euo pipefail

CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=/usr/bin/python3   # Debian's python, never a pyenv/conda one found on PATH
# The pins. llvmlite 0.42 is the last line built on LLVM 14; numba 0.59.1 requires it; numpy
# must be < 1.27 for numba 0.59. llvmlite 0.50 is built on LLVM 22; numba 0.68 takes numpy
# < 2.6. scipy is there for Numba's linear algebra (its BLAS/LAPACK helpers take their
# function pointers from scipy.linalg.cython_blas / cython_lapack; without scipy those tests
# skip): 1.13 is the last for numpy 1.26 on 3.11, 1.15 takes numpy 2.2. All ship manylinux wheels for CPython 3.11 on x86_64 and aarch64: nothing is compiled.
ERA_059=(numba==0.59.1 llvmlite==0.42.0 numpy==1.26.4 scipy==1.13.1)
ERA_068=(numba==0.68.1 llvmlite==0.50.0 numpy==2.2.6 scipy==1.15.3)

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

# 2. One virtual environment per era: VENV, the LLVM major its llvmlite must be built on, pins.
installed_ok() {
  local venv=$1; shift
  "$venv/bin/python" - "$@" <<'EOF' 2>/dev/null
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

era() {
  local venv=$1 llvm=$2; shift 2
  # The environment (recreated if it is broken or was made by another python).
  if ! "$venv/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11) or sys.base_prefix != "/usr")' 2>/dev/null; then
    say "creating virtual environment $venv"
    $SUDO rm -rf "$venv"
    $SUDO mkdir -p "$(dirname "$venv")"
    $SUDO "$PYTHON" -m venv "$venv"
  fi
  # The pinned packages, unless exactly these versions are already there.
  if ! installed_ok "$venv" "$@"; then
    say "pip install $* into $venv"
    $SUDO "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-input \
      --only-binary=:all: "$@" >/dev/null
    installed_ok "$venv" "$@" || { say "pip did not leave $* in $venv"; exit 1; }
  fi
  # Refuse an llvmlite built on another LLVM than the era's.
  "$venv/bin/python" -c '
import sys, llvmlite.binding as ll
v, want = ll.llvm_version_info, int(sys.argv[1])
sys.exit(0 if v[0] == want else "llvmlite is built on LLVM %s, expected %d" % (".".join(map(str, v)), want))' "$llvm"
  # The harness's Python package: this checkout's python/ on sys.path (a checkout elsewhere
  # wins through JITHARNESS_PYTHON_DIR, which `jitharness numba` sets), and the Numba hook,
  # which does nothing unless JITHARNESS_NUMBA_BACKEND is set.
  local site pth line
  site=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
  pth="$site/jitharness.pth"
  line="import os, sys; _jh = os.environ.get('JITHARNESS_PYTHON_DIR') or '$CHECKOUT/python'; _jh in sys.path or sys.path.append(_jh); os.environ.get('JITHARNESS_NUMBA_BACKEND') and __import__('jitharness._autoload')"
  if [ "$(cat "$pth" 2>/dev/null)" != "$line" ]; then
    say "writing $pth"
    printf '%s\n' "$line" | $SUDO tee "$pth" >/dev/null
  fi
}

era "${JITHARNESS_VENV:-/opt/jitharness/venv}" 14 "${ERA_059[@]}"
era "${JITHARNESS_VENV_068:-/opt/jitharness/venv-0.68}" 22 "${ERA_068[@]}"
