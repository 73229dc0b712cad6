#!/usr/bin/env bash
# Installs what static-state-tidy needs (Debian 12 packages) when it is missing,
# then configures and builds the plugin for each requested LLVM major version.
#
#   scripts/bootstrap.sh [--test-tools] [--sanitize] [22] [19]      (default: 22)
#
# --test-tools also installs what the integration tests drive: git, Debian's
# pre-commit, python3-yaml, npm, Neovim and Emacs with eglot (the editors the
# language server tests run), Microsoft's SARIF validator (from the npm
# registry, into build/tools/, not globally), and the small -dev packages whose
# headers the sweep test analyses (SWEEP_PACKAGES below).
# --sanitize also builds the ASan+UBSan plugin for LLVM 22 in build-asan/
# (installing clang's sanitizer runtime, libclang-rt-22-dev).
#
# Build directories: build/ for LLVM 22, build-<N>/ for any other version.
# Idempotent: with everything installed and built it only runs `make`, which
# finds nothing to do.
set -euo pipefail
cd "$(dirname "$0")/.."

test_tools=0
sanitize=0
versions=()
for arg in "$@"; do
  case "$arg" in
    --test-tools) test_tools=1 ;;
    --sanitize) sanitize=1 ;;
    *) versions+=("$arg") ;;
  esac
done
[ ${#versions[@]} -gt 0 ] || versions=(22)

say() { printf 'bootstrap: %s\n' "$*" >&2; }

for v in "${versions[@]}"; do
  case "$v" in
    19|22) ;;
    *) say "unsupported LLVM version '$v' (supported: 22, 19)"; exit 2 ;;
  esac
done

# ---- packages -------------------------------------------------------------------------------------
needed=(cmake make python3 python3-yaml g++)
# Header-only libraries the sweep test (test/integrations/sweep-headers.cpp) runs on; keep
# in step with SWEEP_PACKAGES in test/lit.cfg.py.
SWEEP_PACKAGES=(libtclap-dev libfmt-dev libcxxopts-dev libexpected-dev libutfcpp-dev)
if [ "$test_tools" = 1 ]; then
  needed+=(git pre-commit neovim emacs-nox elpa-eglot "${SWEEP_PACKAGES[@]}")
  command -v npm >/dev/null 2>&1 || needed+=(npm)
fi
[ "$sanitize" = 0 ] || needed+=(libclang-rt-22-dev llvm-22-dev libclang-22-dev clang-tidy-22 clang-22)
for v in "${versions[@]}"; do
  needed+=("llvm-$v-dev" "libclang-$v-dev" "clang-tidy-$v" "clang-$v" "llvm-$v-tools")
done
# lit ships with llvm-22-tools only; the LLVM 19 suite uses that lit too.
needed+=(llvm-22-tools)

missing=()
for pkg in "${needed[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  say "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
      say "need root to install packages: run as root or install: ${missing[*]}"; exit 1
    fi
  else
    SUDO=
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- configure and build --------------------------------------------------------------------------
jobs=$(nproc 2>/dev/null || echo 2)
# build_plugin DIR MAJOR SANITIZE(ON|OFF)
build_plugin() {
  local dir=$1 v=$2 san=$3 cached=OFF
  grep -qs '^STATIC_STATE_SANITIZE:BOOL=ON$' "$dir/CMakeCache.txt" && cached=ON
  if [ ! -f "$dir/CMakeCache.txt" ] || ! grep -q "^STATIC_STATE_LLVM_VERSION:STRING=$v\$" "$dir/CMakeCache.txt" ||
     [ "$cached" != "$san" ]; then
    say "configuring $dir (LLVM $v, sanitizers $san)"
    rm -rf "$dir"
    cmake -S . -B "$dir" -G "Unix Makefiles" -DSTATIC_STATE_LLVM_VERSION="$v" \
      -DSTATIC_STATE_SANITIZE="$san" >"$dir.configure.log" 2>&1 ||
      { cat "$dir.configure.log" >&2; exit 1; }
    mv "$dir.configure.log" "$dir/configure.log"
  fi
  if ! cmake --build "$dir" -j "$jobs" >"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    say "build of $dir failed (log: $dir/build.log)"
    exit 1
  fi
  say "plugin for LLVM $v (sanitizers $san): $dir/lib/StaticStateTidy.so"
}
for v in "${versions[@]}"; do
  dir=build
  [ "$v" = 22 ] || dir="build-$v"
  build_plugin "$dir" "$v" OFF
done
[ "$sanitize" = 0 ] || build_plugin build-asan 22 ON

# ---- test tools from the npm registry -------------------------------------------------------------
if [ "$test_tools" = 1 ] && [ ! -x build/tools/node_modules/.bin/sarif-multitool ]; then
  say "installing the SARIF validator into build/tools"
  mkdir -p build/tools
  (cd build/tools && npm install --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool >npm.log 2>&1) ||
    { cat build/tools/npm.log >&2; say "could not install @microsoft/sarif-multitool"; exit 1; }
fi
