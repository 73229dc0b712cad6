// Files without a (right) compile command: none found above the file ->
// fallbackFlags and a note saying so; a database without the file -> said
// too; compilationDatabasePath wins over the search; a file that does not
// compile -> one diagnostic at its first error instead of the compiler's.
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build broken.cpp
// RUN: %python %S/Inputs/lsp_project.py %t other-build
// RUN: %python %S/Inputs/nocompile_check.py %t %clang_tidy %plugin | %FileCheck %s
// RUN: %FileCheck %s --check-prefix=LOG1 < %t/server1.log
// RUN: %FileCheck %s --check-prefix=LOG3 < %t/server3.log
// CHECK: no database: [(1, 3, 'static-state-lsp', 'no compile_commands.json found for this file (looked in {{.*}}static-state-lsp-test-{{[^,]*}}, {{.*}} and build/ below each); analysed with fallbackFlags only'), {{.*}}(8, 2, 'static-state-written-by-instance', "static member 'data' is written by instance method 'fetch'")
// CHECK-NEXT: exit: 0
// CHECK-NEXT: not listed: [(1, 3, 'static-state-lsp', 'no compile command for this file in {{.*}}/build/compile_commands.json; clang-tidy borrowed the flags of a similar file'), {{.*}}(8, 2, 'static-state-written-by-instance',
// CHECK-NEXT: broken: [(5, 2, 'static-state-lsp', "this file does not compile (1 error; first: broken.cpp:5: use of undeclared identifier 'undefined_thing'): static-state findings may be missing"), {{.*}}static-state-written-by-instance
// CHECK-NOT: clang-diagnostic
// CHECK-NEXT: exit: 0
// CHECK-NEXT: configured: [(5, 2, 'static-state-lsp', "this file does not compile
// CHECK-NEXT: exit: 0
// LOG1: running: {{.*}} --export-fixes={{[^ ]*}} --config={} {{.*}}/shared.cpp -- -std=c++17
// LOG3: running: {{.*}} -p {{.*}}/other-build --config={} {{.*}}/broken.cpp
