// Emacs eglot (Debian 12's elpa-eglot 1.9 in emacs-nox), in batch, with the
// configuration from docs/integrations.md: the diagnostic reaches flymake
// (notes in its text: eglot 1.9 does not take related information), the
// quickfix code action removes the shared static, the diagnostic is gone after
// saving; then a header whose fix edits the source too.
// REQUIRES: eglot
// RUN: rm -rf %t && %python %S/Inputs/lsp_project.py %t build shared.cpp header-project
// RUN: %python %S/../integrations/Inputs/doc_snippet.py %S/../../docs/integrations.md elisp 2 > %t/static-state.el
// RUN: cd %t && env PATH=%scripts:$PATH HOME=%t STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy STATIC_STATE_TIDY_PLUGIN=%plugin \
// RUN:   EGLOT_TEST_OUT=%t/out.txt timeout 120 emacs --batch -l %t/static-state.el -l %S/Inputs/eglot_drive.el \
// RUN:   > %t/emacs.log 2>&1 < /dev/null || { cat %t/out.txt; false; }
// RUN: %FileCheck %s < %t/out.txt
// CHECK: mode: c++-mode, managed by eglot: t
// CHECK-NEXT: notes in the message: t
// CHECK-NEXT: diagnostic: static-state-tidy [static-state-written-by-instance]: static member 'data' is written by instance method 'fetch'
// CHECK-NEXT: static in buffer: nil
// CHECK-NEXT: after save: 0 diagnostics
// CHECK-NEXT: diagnostic: static-state-tidy [static-state-written-by-instance]: static member 'data' is written by instance method 'fetch'
// CHECK-NEXT: static in header: nil; source changed: t
// CHECK-NEXT: after saving both: 0 diagnostics
// CHECK-NEXT: done
