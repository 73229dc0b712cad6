#!/usr/bin/env bash
# Builds the plugin for LLVM 22 and LLVM 19, and an ASan+UBSan plugin for LLVM 22
# (installing packages if needed), and runs the whole lit suite against each: the
# sanitizer suite loads its plugin into clang-tidy-22 with the ASan runtime preloaded,
# and any sanitizer report aborts clang-tidy, which fails the test. The header sweep
# subset is a lit test, so it runs in all three. Ends with one summary line:
#   tests: N passed, N failed
set -uo pipefail
cd "$(dirname "$0")/.."

versions=(22 19)
scripts/bootstrap.sh --test-tools --sanitize "${versions[@]}" || exit 1

suites=()
for v in "${versions[@]}"; do
  if [ "$v" = 22 ]; then suites+=("build:LLVM 22"); else suites+=("build-$v:LLVM $v"); fi
done
suites+=("build-asan:LLVM 22, ASan+UBSan plugin")

passed=0; failed=0; status=0; timings=()
for suite in "${suites[@]}"; do
  dir=${suite%%:*}; label=${suite#*:}
  lit=$(grep '^STATIC_STATE_LIT:FILEPATH=' "$dir/CMakeCache.txt" | cut -d= -f2-)
  echo "=== lit suite against $label ($dir) ==="
  log="$dir/lit.log"
  start=$(date +%s)
  "$lit" -sv -j "$(nproc 2>/dev/null || echo 2)" "$dir/test" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  timings+=("$label: $(( $(date +%s) - start )) s")
  p=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
  f=0
  for kind in Failed Unresolved "Timed Out" "Unexpectedly Passed"; do
    n=$(sed -n "s/^ *$kind *: *\([0-9]*\).*/\1/p" "$log" | tail -1)
    f=$((f + ${n:-0}))
  done
  passed=$((passed + ${p:-0})); failed=$((failed + f))
  if [ "${p:-0}" = 0 ]; then
    echo "no test passed against $label" >&2; status=1
  fi
done
printf 'time per suite: %s\n' "${timings[@]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] || status=1
exit $status
