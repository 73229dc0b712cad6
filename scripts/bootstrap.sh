#!/usr/bin/env bash
# Installs what static-state-tidy needs (Debian 12 packages) when it is missing,
# then configures and builds the plugin for each requested LLVM major version.
#
#   scripts/bootstrap.sh [--test-tools] [22] [19]      (default: 22)
#
# --test-tools also installs what the integration tests drive: git, Debian's
# pre-commit, python3-yaml, npm, Neovim and Emacs with eglot (the editors the
# language server tests run), and Microsoft's SARIF validator (from the npm
# registry, into build/tools/, not globally).
#
# Build directories: build/ for LLVM 22, build-<N>/ for any other version.
# Idempotent: with everything installed and built it only runs `make`, which
# finds nothing to do.
set -euo pipefail
cd "$(dirname "$0")/.."

test_tools=0
versions=()
for arg in "$@"; do
  case "$arg" in
    --test-tools) test_tools=1 ;;
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
if [ "$test_tools" = 1 ]; then
  needed+=(git pre-commit neovim emacs-nox elpa-eglot)
  command -v npm >/dev/null 2>&1 || needed+=(npm)
fi
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
for v in "${versions[@]}"; do
  dir=build
  [ "$v" = 22 ] || dir="build-$v"
  if [ ! -f "$dir/CMakeCache.txt" ] || ! grep -q "^STATIC_STATE_LLVM_VERSION:STRING=$v\$" "$dir/CMakeCache.txt"; then
    say "configuring $dir (LLVM $v)"
    rm -rf "$dir"
    cmake -S . -B "$dir" -G "Unix Makefiles" -DSTATIC_STATE_LLVM_VERSION="$v" >"$dir.configure.log" 2>&1 ||
      { cat "$dir.configure.log" >&2; exit 1; }
    mv "$dir.configure.log" "$dir/configure.log"
  fi
  if ! cmake --build "$dir" -j "$jobs" >"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    say "build of $dir failed (log: $dir/build.log)"
    exit 1
  fi
  say "plugin for LLVM $v: $dir/lib/StaticStateTidy.so"
done

# ---- test tools from the npm registry -------------------------------------------------------------
if [ "$test_tools" = 1 ] && [ ! -x build/tools/node_modules/.bin/sarif-multitool ]; then
  say "installing the SARIF validator into build/tools"
  mkdir -p build/tools
  (cd build/tools && npm install --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool >npm.log 2>&1) ||
    { cat build/tools/npm.log >&2; say "could not install @microsoft/sarif-multitool"; exit 1; }
fi
