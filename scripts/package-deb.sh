#!/usr/bin/env bash
# Builds the plugin for LLVM 22 and 19 and one .deb carrying both plugins and the
# static-state-tidy command (depends on clang-tidy-22 | clang-tidy-19).
#   scripts/package-deb.sh      -> build/static-state-tidy_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh 22 19
cmake -S . -B build -DSTATIC_STATE_EXTRA_PLUGINS="19=$PWD/build-19/lib/StaticStateTidy.so" >/dev/null
cmake --build build >/dev/null
(cd build && cpack -G DEB >cpack.log 2>&1) || { cat build/cpack.log >&2; exit 1; }
ls build/*.deb
