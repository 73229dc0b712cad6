#!/bin/sh
# One command for the whole benchmark: installs what it needs (Debian 12
# packages) when missing, then runs bench/bench.py --all.
#
#   bench/run.sh [-p BUILD_DIR_OF_A_REAL_PROJECT] [other bench.py options]
#
# Writes bench/results/<date>.md, bench/results/<date>.json and
# bench/results/scaling-<date>.png.  See bench/README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
llvm=22
pkgs="python3-matplotlib libboost-dev qt6-base-dev valgrind clang-tidy-$llvm libclang-$llvm-dev"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "bench: installing$missing"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi
if [ ! -e "$here/../build/lib/StaticStateTidy.so" ]; then
  echo "bench: no plugin at build/lib/StaticStateTidy.so: run scripts/bootstrap.sh $llvm first" >&2
  exit 1
fi
# Debian's python3: that is where python3-matplotlib is installed.
exec /usr/bin/python3 "$here/bench.py" --all --llvm "$llvm" "$@"
