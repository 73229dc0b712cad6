// The server outlives clang-tidy: a crash (a fake that aborts with LLVM's kind
// of stack dump) and a missing clang-tidy become error diagnostics; bad
// settings are refused with a message; good ones (clang-tidy, checks) re-run
// the open file.
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build shared.cpp
// RUN: %python %S/Inputs/crash_check.py %t %clang_tidy %plugin | %FileCheck %s
// RUN: %FileCheck %s --check-prefix=LOG < %t/server.log
// CHECK: crash: [(1, 'static-state-lsp', "clang-tidy crashed (SIGABRT) analysing shared.cpp, at: ASTMatcher: Processing 'static-state-written-by-instance' against; its output is in the static-state-lsp log")]
// CHECK-NEXT: missing: [(1, "static-state-tidy could not analyse shared.cpp (exit code 2): static-state-tidy: error: clang-tidy '/nonexistent/clang-tidy' not found")]
// CHECK-NEXT: refused: 1 static-state-lsp: settings not applied: setting 'debounceMs' must be a number of milliseconds >= 0; unknown setting 'colour' (known: checks, clangTidy, {{.*}})
// CHECK-NEXT: after refusal: ['static-state-tidy could not analyse shared']
// CHECK-NEXT: recovered, one check: ['static-state-unbounded-growth']
// CHECK-NEXT: exit: 0
// LOG: clang-tidy output:
// LOG-NEXT: PLEASE submit a bug report
