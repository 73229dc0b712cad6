// The .deb from CPack installs the plugin under lib/static-state-tidy/llvm-N/
// and the static-state-tidy command, depends on the matching clang-tidy, and
// its command flags the bundled example. (Unpacked with dpkg-deb, so the test
// needs no root; scripts/package-deb.sh builds the two-version package.)
// REQUIRES: llvm-22
// RUN: rm -rf %t && mkdir -p %t/root
// RUN: cd %builddir && cpack -G DEB -B %t/pkg > %t/cpack.log 2>&1
// RUN: dpkg-deb -I %t/pkg/static-state-tidy_*.deb | %FileCheck %s --check-prefix=INFO
// INFO-DAG: Package: static-state-tidy
// INFO-DAG: Depends: python3, python3-yaml, clang-tidy-22{{( \| clang-tidy-19)?$}}
// RUN: dpkg-deb -c %t/pkg/static-state-tidy_*.deb | %FileCheck %s --check-prefix=FILES
// FILES-DAG: ./usr/bin/static-state-tidy
// FILES-DAG: ./usr/bin/static-state-tidy-diff
// FILES-DAG: ./usr/bin/static-state-sarif
// FILES-DAG: ./usr/lib/static-state-tidy/llvm-22/StaticStateTidy.so
// RUN: dpkg-deb -x %t/pkg/static-state-tidy_*.deb %t/root
// RUN: %t/root/usr/bin/static-state-tidy --which | %FileCheck %s --check-prefix=WHICH -DROOT=%t/root
// WHICH: plugin: [[ROOT]]/usr/lib/static-state-tidy/llvm-22/StaticStateTidy.so
// RUN: %t/root/usr/bin/static-state-tidy --config='{}' %S/../../examples/api_wrapper.cpp -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=FLAGS
// FLAGS: warning: static member 'data' is written by instance method 'fetch'; every 'APIWrapper' object shares it [static-state-written-by-instance]
