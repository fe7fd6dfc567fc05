#!/usr/bin/env bash
# Install everything jitharness needs on Debian 12 (bookworm), idempotently.
#
#   [JITHARNESS_LLVMS="22 14"] scripts/setup.sh
#                               host LLVM dev packages, AArch64 cross toolchain, qemu-user,
#                               arm64 LLVM shared libraries, fake cross prefixes, Rust std for aarch64
#                               (on an x86_64 host; an aarch64 host gets the host part only), then
#                               the Python side (setup-python.sh) and the workflow linters
#                               (setup-tools.sh)
#
# Quiet when everything is already present. Must run as root (or through sudo).
# What it produces besides packages: /opt/jitharness/fake-llvm-<v> (cross llvm-config + headers).
set -euo pipefail

# The LLVM versions to install (the Makefile passes the ones it will use); default: all.
read -r -a LLVMS <<< "${JITHARNESS_LLVMS:-14 15 16 19 22}"
FAKE_ROOT=${JITHARNESS_FAKE_ROOT:-/opt/jitharness}
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { echo "setup: $*" >&2; }

# The cross set-up (arm64 foreign architecture, the x86-hosted AArch64 cross toolchain,
# qemu-user, arm64 LLVM libraries, fake prefixes) is for an x86_64 host, where the aarch64
# harness is cross-built and run under qemu. On an aarch64 host (CI's arm64 runners) the
# native build is the aarch64 harness: none of it is needed, and the x86-hosted cross
# packages do not exist there.
CROSS=0
[ "$(uname -m)" = x86_64 ] && CROSS=1

missing_pkgs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

APT_UPDATED=0
apt_install() {
  local miss
  miss=$(missing_pkgs "$@")
  [ -z "$miss" ] && return 0
  if [ "$APT_UPDATED" = 0 ]; then
    say "apt-get update"
    $SUDO apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  say "installing:" $miss
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $miss >/dev/null
}

# 1. arm64 as a foreign architecture (for libLLVM-N.so:arm64 and libc6:arm64).
if [ "$CROSS" = 1 ] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
  say "adding arm64 architecture"
  $SUDO dpkg --add-architecture arm64
  APT_UPDATED=0
fi

# 2. Host tools, LLVM dev packages, cross toolchain, qemu-user (the last two, and the arm64
#    libraries, on an x86_64 host only).
host_pkgs=(make pkg-config ca-certificates zlib1g-dev libzstd-dev)
[ "$CROSS" = 1 ] && host_pkgs+=(gcc-aarch64-linux-gnu g++-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static)
for v in "${LLVMS[@]}"; do host_pkgs+=("llvm-$v-dev" "llvm-$v"); done
arm_pkgs=()
if [ "$CROSS" = 1 ]; then
  for v in "${LLVMS[@]}"; do arm_pkgs+=("libllvm$v:arm64"); done
  arm_pkgs+=("libstdc++6:arm64" "libc6:arm64")
fi
apt_install "${host_pkgs[@]}" "${arm_pkgs[@]}"

# 3. Fake LLVM prefixes for cross builds: llvm-sys and the C++ shim must see AArch64 as the
#    native target (toolchain doc §7); libraries come from the arm64 multiarch directory.
#    (x86_64 host only: on aarch64 the real prefix is the native one.)
[ "$CROSS" = 1 ] && for v in "${LLVMS[@]}"; do
  REAL=/usr/lib/llvm-$v
  FAKE=$FAKE_ROOT/fake-llvm-$v
  [ -x "$FAKE/bin/llvm-config" ] && grep -q aarch64 "$FAKE/include/llvm/Config/llvm-config.h" 2>/dev/null && continue
  say "creating cross prefix $FAKE"
  $SUDO rm -rf "$FAKE"
  $SUDO mkdir -p "$FAKE/bin"
  $SUDO cp -rL "$REAL/include" "$FAKE/include"
  tmp=$(mktemp -d)
  chmod 777 "$tmp"
  ( cd "$tmp" && apt-get download -qq "llvm-$v-dev:arm64" >/dev/null 2>&1 ) || {
    [ "$APT_UPDATED" = 1 ] || { $SUDO apt-get update -qq >/dev/null; APT_UPDATED=1; }
    ( cd "$tmp" && apt-get download -qq "llvm-$v-dev:arm64" >/dev/null 2>&1 )
  }
  dpkg-deb --fsys-tarfile "$tmp"/llvm-"$v"-dev_*_arm64.deb \
    | tar -xO --wildcards '*/llvm/Config/llvm-config.h' \
    | $SUDO tee "$FAKE/include/llvm/Config/llvm-config.h" >/dev/null
  rm -rf "$tmp"
  $SUDO tee "$FAKE/bin/llvm-config" >/dev/null <<EOS
#!/bin/sh
$REAL/bin/llvm-config "\$@" | sed -e 's#$REAL/lib#/usr/lib/aarch64-linux-gnu#g' \\
  -e 's#$REAL/include#$FAKE/include#g' -e 's#x86_64-pc-linux-gnu#aarch64-unknown-linux-gnu#g'
EOS
  $SUDO chmod +x "$FAKE/bin/llvm-config"
done

# 4. Rust standard library for aarch64-unknown-linux-gnu (on an aarch64 host it is the host's
#    own: rustup lists it installed, and the Debian fallback's :arm64 is the native package).
if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed 2>/dev/null | grep -qx aarch64-unknown-linux-gnu; then
    say "rustup target add aarch64-unknown-linux-gnu"
    rustup target add aarch64-unknown-linux-gnu >/dev/null 2>&1 || {
      say "rustup could not fetch rust-std; falling back to Debian's rustc-web"
      apt_install rustc-web cargo-web libstd-rust-web-dev:arm64
    }
  fi
else
  apt_install rustc-web cargo-web libstd-rust-web-dev:arm64
fi

# 5. Python with Numba (for `jitharness capture` and its test).
"$(dirname "$0")/setup-python.sh"

# 6. The workflow linters (`make lint-workflows`: actionlint, zizmor).
"$(dirname "$0")/setup-tools.sh"
