// An unsaved buffer (didChange) is analysed as the editor has it, through
// clang-tidy's --vfsoverlay under the file's own name and compile command; the
// position is in UTF-16 code units of the buffer ('ö', 'ß', an emoji before it
// on the line: byte column 46, UTF-16 character 41); the quick fix applies to
// the buffer's text, and is not offered once the text has changed since; the
// file on disk is never written.
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build clean.cpp
// RUN: %python %S/Inputs/unsaved_check.py %t %clang_tidy %plugin | %FileCheck %s
// RUN: %FileCheck %s --check-prefix=LOG < %t/server.log
// CHECK: open: []
// CHECK-NEXT: change: [{{.*}}"9:42 static-state-written-by-instance static member 'data' is written by instance method 'fetch'"{{.*}}]
// CHECK-NEXT: range: {'start': {'line': 8, 'character': 41}, 'end': {'line': 8, 'character': 45}} text: 'data'
// CHECK-NEXT: edit version: 2
// CHECK-NEXT: stale: []
// CHECK-NEXT: fixed buffer keeps the comments: True static left: False
// CHECK-NEXT: disk untouched: True
// CHECK-NEXT: after fix: []
// CHECK-NEXT: exit: 0
// The saved file is read from disk (no overlay), the edited one from the overlay:
// LOG: running: {{.*}}static-state-tidy {{.*}}--export-fixes={{[^ ]*}} -p {{.*}}/build {{.*}}clean.cpp
// LOG: running: {{.*}}static-state-tidy {{.*}}--vfsoverlay={{.*}}overlay.yaml -p {{.*}}/build {{.*}}clean.cpp
