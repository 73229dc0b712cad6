// A newer edit cancels the run it makes stale: the first clang-tidy (a slow
// fake around the real one) is killed while it runs; two quick edits start one
// run (debounce); only version 3's findings are published; a request sent
// meanwhile is answered at once; exiting during a run ends its clang-tidy.
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build shared.cpp
// RUN: %python %S/Inputs/cancel_check.py %t %clang_tidy %plugin | %FileCheck %s
// CHECK: first clang-tidy started
// CHECK-NEXT: answered during the run: [] published yet: False
// CHECK-NEXT: first publish: version 3 [{{.*}}"8:27 static-state-written-by-instance static member 'items' is written by instance method 'fetch'"{{.*}}]
// CHECK-NEXT: clang-tidy log: ['start', 'start', 'run']
// CHECK-NEXT: first clang-tidy alive: False
// CHECK-NEXT: exit: 0
// CHECK-NEXT: clang-tidy alive after exit: False
