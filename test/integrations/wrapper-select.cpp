// How static-state-tidy picks its clang-tidy and plugin in an installed
// layout (<prefix>/bin/static-state-tidy, <prefix>/lib/static-state-tidy/llvm-<N>/):
// the clang-tidy of the plugin's LLVM major, and a clear error when no plugin
// matches the clang-tidy asked for, or when there is no plugin at all.
// UNSUPPORTED: sanitizer
// (the installed layout runs a plain clang-tidy-N, which cannot load the ASan plugin)
// RUN: rm -rf %t && mkdir -p %t/prefix/bin %t/prefix/lib/static-state-tidy/llvm-%llvm_major %t/empty/bin
// RUN: cp %scripts/static-state-tidy %t/prefix/bin/ && cp %scripts/static-state-tidy %t/empty/bin/
// RUN: cp %plugin %t/prefix/lib/static-state-tidy/llvm-%llvm_major/
//
// Only this suite's plugin is installed: its clang-tidy is chosen.
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/prefix/bin/static-state-tidy --which \
// RUN:   | %FileCheck %s --check-prefix=PICK -DTIDY=%clang_tidy -DPLUGIN=%t/prefix/lib/static-state-tidy/llvm-%llvm_major/StaticStateTidy.so
// PICK: clang-tidy: [[TIDY]]
// PICK-NEXT: plugin: [[PLUGIN]]
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/prefix/bin/static-state-tidy --config='{}' %S/../../examples/api_wrapper.cpp -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=FLAGS
// FLAGS: warning: static member 'data' is written by instance method 'fetch'; every 'APIWrapper' object shares it [static-state-written-by-instance]
//
// A clang-tidy of another major (the fake one below says it is LLVM 99) has no plugin here:
// RUN: printf '#!/bin/sh\necho "Debian LLVM version 99.1.0"\n' > %t/clang-tidy-99 && chmod +x %t/clang-tidy-99
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%t/clang-tidy-99 %t/prefix/bin/static-state-tidy --list-checks 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=NOMATCH -DMAJOR=%llvm_major
// NOMATCH: static-state-tidy: error: no static-state plugin for clang-tidy 99 ({{.*}}clang-tidy-99); plugins found: LLVM [[MAJOR]]; looked in:
//
// A plugin whose clang-tidy is not installed is skipped, and said so:
// RUN: mkdir -p %t/prefix/lib/static-state-tidy/llvm-99 && cp %plugin %t/prefix/lib/static-state-tidy/llvm-99/
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/prefix/bin/static-state-tidy --which | %FileCheck %s --check-prefix=PICK -DTIDY=%clang_tidy -DPLUGIN=%t/prefix/lib/static-state-tidy/llvm-%llvm_major/StaticStateTidy.so
// RUN: rm %t/prefix/lib/static-state-tidy/llvm-%llvm_major/StaticStateTidy.so
// RUN: %not env -u STATIC_STATE_TIDY_CLANG_TIDY %t/prefix/bin/static-state-tidy --which 2>&1 | %FileCheck %s --check-prefix=NOTIDY
// NOTIDY: static-state-tidy: error: no clang-tidy with a matching static-state plugin (plugin for LLVM 99 but no clang-tidy-99)
//
// No plugin at all:
// RUN: %not env -u STATIC_STATE_TIDY_CLANG_TIDY %t/empty/bin/static-state-tidy --which 2>&1 | %FileCheck %s --check-prefix=NONE -DEMPTY=%t/empty
// NONE: static-state-tidy: error: no clang-tidy with a matching static-state plugin (no plugin in [[EMPTY]]/lib/static-state-tidy/llvm-<N>); install clang-tidy-<N> and the plugin for it, or set STATIC_STATE_TIDY_CLANG_TIDY
// Run from a source checkout (a CMakeLists.txt beside bin/), the build directories are named too:
// RUN: touch %t/empty/CMakeLists.txt
// RUN: %not env -u STATIC_STATE_TIDY_CLANG_TIDY %t/empty/bin/static-state-tidy --which 2>&1 | %FileCheck %s --check-prefix=SOURCE -DEMPTY=%t/empty
// SOURCE: (no plugin in [[EMPTY]]/lib/static-state-tidy/llvm-<N>, [[EMPTY]]/build*/lib)
