// A file cut off inside a member function of a class template.
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=WBI %s static-state-written-by-instance %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=LIM %s static-state-local-in-method %t
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=UG %s static-state-unbounded-growth %t
// CHECK-MESSAGES-WBI: :[[@LINE+7]]:25: warning: static member 'items' is written by instance method 'put'
// CHECK-MESSAGES-WBI: :[[@LINE+7]]:14: warning: static member 'puts' is written by instance method 'put'
// CHECK-MESSAGES-LIM: :[[@LINE+8]]:14: warning: static local variable 'last' in instance method 'get' is written there
// CHECK-MESSAGES-UG: :[[@LINE+4]]:25: warning: static member 'items' only ever grows
#include <vector>
template <class T> struct Box {
  void put(T t) { items.push_back(t); ++puts; }
  static std::vector<T> items;
  static int puts;
  void get() {
    static T last;
    last = items.back()