#!/usr/bin/env bash
# Builds the plugin for LLVM 22 and LLVM 19 (installing packages if needed) and
# runs the whole lit suite against each. Ends with one summary line:
#   tests: N passed, N failed
set -uo pipefail
cd "$(dirname "$0")/.."

versions=(22 19)
scripts/bootstrap.sh --test-tools "${versions[@]}" || exit 1

passed=0; failed=0; status=0
for v in "${versions[@]}"; do
  dir=build; [ "$v" = 22 ] || dir="build-$v"
  lit=$(grep '^STATIC_STATE_LIT:FILEPATH=' "$dir/CMakeCache.txt" | cut -d= -f2-)
  echo "=== lit suite against LLVM $v ($dir) ==="
  log="$dir/lit.log"
  "$lit" -sv -j "$(nproc 2>/dev/null || echo 2)" "$dir/test" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  p=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
  f=0
  for kind in Failed Unresolved "Timed Out" "Unexpectedly Passed"; do
    n=$(sed -n "s/^ *$kind *: *\([0-9]*\).*/\1/p" "$log" | tail -1)
    f=$((f + ${n:-0}))
  done
  passed=$((passed + ${p:-0})); failed=$((failed + f))
  if [ "${p:-0}" = 0 ]; then
    echo "no test passed against LLVM $v" >&2; status=1
  fi
done
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] || status=1
exit $status
