// static-state-lsp over the protocol: diagnostics with notes as related
// information, a fix-it as a quick fix that removes the shared static, the
// finding gone after the save; a header's finding whose fix edits the header
// and the source; a client without relatedInformation or documentChanges.
// The compile database is found like clangd finds it (build/ beside the file).
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build header-project shared.cpp
// RUN: %python %S/Inputs/quickfix_check.py %t %clang_tidy %plugin | %FileCheck %s
// CHECK-LABEL: == one file, capable client
// CHECK: 8:27 static-state-written-by-instance static member 'data' is written by instance method 'fetch'
// CHECK-NEXT: related: ["grown here by 'push_back'", "make 'data' {{.*}}"]
// CHECK-NEXT: action: quickfix True Fix: static member 'data' is written by  [{{.*}}'static-state-written-by-instance'{{.*}}]
// CHECK-NEXT: edits: [(True, 1)]
// CHECK-NEXT: static left: False
// CHECK-NEXT: after save: []
// CHECK-NEXT: exit: 0
// CHECK-LABEL: == header and source
// CHECK: 10:27 static-state-written-by-instance static member 'data' is written by instance method 'fetch'
// CHECK-NEXT: related: [('api.cpp', 3, "grown here by 'push_back'"), ('api.h', 10, "make 'data' {{.*}}")]
// CHECK-NEXT: edits: [('api.cpp', 1), ('api.h', None)]
// CHECK-NEXT: header static left: False
// CHECK-NEXT: header after save: []
// CHECK-NEXT: exit: 0
// CHECK-LABEL: == plain client
// CHECK-NEXT: message: "static member 'data' is written by instance method 'fetch'; every 'Api' object shares it\nshared.cpp:5:28: note: grown here by 'push_back'\nshared.cpp:8:27: note: make 'data' {{.*}}"
// CHECK-NEXT: relatedInformation: False
// CHECK-NEXT: changes: ['shared.cpp']
// CHECK-NEXT: progress messages: 0
// CHECK-NEXT: exit: 0
