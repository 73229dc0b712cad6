// $/progress for runs longer than progressDelayMs: a token created with
// window/workDoneProgress/create, begin and end around the run, before its
// diagnostics; cancelling the progress kills that run; a client that did not
// announce workDoneProgress gets no progress at all.
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build shared.cpp
// RUN: %python %S/Inputs/progress_check.py %t %clang_tidy %plugin | %FileCheck %s
// CHECK: begin: {'kind': 'begin', 'title': 'static-state-tidy', 'message': 'shared.cpp', 'cancellable': True}
// CHECK-NEXT: end: {'kind': 'end'} same token: True
// CHECK-NEXT: created before use: True
// CHECK-NEXT: order: ['window/workDoneProgress/create', 'progress begin', 'progress end', 'textDocument/publishDiagnostics']
// CHECK-NEXT: cancelled: {'kind': 'end', 'message': 'cancelled'}
// CHECK-NEXT: publishes: 2
// CHECK-NEXT: clang-tidy log: ['start', 'run', 'start', 'start', 'run']
// CHECK-NEXT: exit: 0
// CHECK-NEXT: without support: ['textDocument/publishDiagnostics']
// CHECK-NEXT: exit: 0
