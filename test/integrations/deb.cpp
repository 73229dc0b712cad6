// The .deb from CPack (one per build directory, so once per LLVM major) installs
// the plugin under /usr/lib/static-state-tidy/llvm-N/ and the commands, depends on
// the matching clang-tidy-N, and its command flags the bundled example.
// Unpacked with dpkg-deb, so the test needs no root and leaves the system alone;
// scripts/package-deb.sh builds the package carrying both LLVM majors.
// UNSUPPORTED: sanitizer
// (the unpacked package runs a plain clang-tidy-N, which cannot load the ASan plugin)
// RUN: rm -rf %t && mkdir -p %t/root
// RUN: cd %builddir && cpack -G DEB -B %t/pkg > %t/cpack.log 2>&1
// RUN: dpkg-deb -I %t/pkg/static-state-tidy_*.deb | %FileCheck %s --check-prefix=INFO -DMAJOR=%llvm_major
// INFO-DAG: Package: static-state-tidy
// INFO-DAG: Architecture: {{amd64|arm64|[a-z0-9]+}}
// INFO-DAG: Recommends: git
// INFO-DAG: Depends: python3, python3-yaml, clang-tidy-[[MAJOR]]{{( \| clang-tidy-[0-9]+)*$}}
// RUN: dpkg-deb -c %t/pkg/static-state-tidy_*.deb | %FileCheck %s --check-prefix=FILES -DMAJOR=%llvm_major
// FILES-DAG: ./usr/bin/static-state-tidy
// FILES-DAG: ./usr/bin/static-state-tidy-diff
// FILES-DAG: ./usr/bin/static-state-sarif
// FILES-DAG: ./usr/bin/static-state-lsp
// FILES-DAG: ./usr/lib/static-state-tidy/python/static_state_lsp/server.py
// FILES-DAG: ./usr/lib/static-state-tidy/llvm-[[MAJOR]]/StaticStateTidy.so
// FILES-DAG: ./usr/share/doc/static-state-tidy/docs/checks/static-state-written-by-instance.rst
// RUN: dpkg-deb -x %t/pkg/static-state-tidy_*.deb %t/root
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/root/usr/bin/static-state-tidy --which | %FileCheck %s --check-prefix=WHICH -DROOT=%t/root -DMAJOR=%llvm_major
// WHICH: clang-tidy: /usr/lib/llvm-[[MAJOR]]/bin/clang-tidy
// WHICH-NEXT: plugin: [[ROOT]]/usr/lib/static-state-tidy/llvm-[[MAJOR]]/StaticStateTidy.so
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/root/usr/bin/static-state-tidy --config='{}' %S/../../examples/api_wrapper.cpp -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=FLAGS
// FLAGS: warning: static member 'data' is written by instance method 'fetch'; every 'APIWrapper' object shares it [static-state-written-by-instance]
// The package's own dependencies are installed here, as dpkg would demand:
// RUN: dpkg-deb -f %t/pkg/static-state-tidy_*.deb Depends | tr ',' '\n' | sed 's/|.*//; s/ //g' > %t/deps
// RUN: xargs dpkg-query -W -f='${Package} ${Status}\n' < %t/deps | %FileCheck %s --check-prefix=DEPS -DMAJOR=%llvm_major
// DEPS-DAG: python3 install ok installed
// DEPS-DAG: python3-yaml install ok installed
// DEPS-DAG: clang-tidy-[[MAJOR]] install ok installed
