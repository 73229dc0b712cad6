// A file cut off inside a class (what an editor holds while you type): no
// crash, and the checks still report what they see. Fixes are not applied to
// files with errors (no --fix-errors here).
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=WBI %s static-state-written-by-instance %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=LIM %s static-state-local-in-method %t -- --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false}}"
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=UG %s static-state-unbounded-growth %t
// CHECK-MESSAGES-LIM: :[[@LINE+3]]:16: warning: static local variable 'n' in instance method 'f' is written there
struct A {
  void f() {
    static int n;
    ++n;
  }
