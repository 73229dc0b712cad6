#!/usr/bin/env bash
# The main job: builds the plugin for LLVM 22 (installing packages if needed)
# and runs clang-tidy with every static-state check on the bundled example.
#
#   scripts/run-example.sh [--fix] [extra clang-tidy args]
#
# With --fix the example is copied to a scratch directory first, fixed there,
# and the diff is shown: the bundled file is never modified.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh 22

tidy=/usr/lib/llvm-22/bin/clang-tidy
plugin="$PWD/build/lib/StaticStateTidy.so"
src=examples

if [ "${1:-}" = "--fix" ]; then
  shift
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cp -r examples/. "$scratch/"
  src="$scratch"
  set -- --fix "$@"
fi

status=0
for f in "$src"/*.cpp; do
  "$tidy" --load="$plugin" --checks='-*,static-state-*' --config='{}' "$@" "$f" -- -std=c++17 -I"$src" || status=$?
done
if [ "$src" != examples ]; then
  diff -ru examples "$src" || true
fi
exit $status
