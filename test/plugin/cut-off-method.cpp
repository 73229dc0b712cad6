// A file cut off inside a method body: no crash.
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=WBI %s static-state-written-by-instance %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=LIM %s static-state-local-in-method %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=UG %s static-state-unbounded-growth %t
// CHECK-MESSAGES-LIM: :[[@LINE+6]]:29: warning: static local variable 'seen' in instance method 'f' is written there
// CHECK-MESSAGES-UG: :[[@LINE+5]]:29: warning: static local variable 'seen' only ever grows
#include <vector>
struct A {
  void g() { ++m; }
  void f() {
    static std::vector<int> seen;
    seen.push_back(1);
    ++m;
