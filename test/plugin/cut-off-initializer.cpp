// A file cut off inside the initializer of a static member definition.
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=WBI %s static-state-written-by-instance %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=LIM %s static-state-local-in-method %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=UG %s static-state-unbounded-growth %t
// CHECK-MESSAGES-WBI: :[[@LINE+6]]:27: warning: static member 'v' is written by instance method 'f'
// CHECK-MESSAGES-WBI: :[[@LINE+6]]:14: warning: static member 'n' is written by instance method 'f'
// CHECK-MESSAGES-UG: :[[@LINE+4]]:27: warning: static member 'v' only ever grows
#include <vector>
struct A {
  void f() { v.push_back(1); ++n; }
  static std::vector<int> v;
  static int n;
};
int A::n = 1 +
