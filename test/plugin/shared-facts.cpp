// The three checks share one collection of references and one classification
// per reference: enabled together or one at a time, each reports the same.
// A reference outside any function, variable or field (here a class-scope
// static_assert) is still seen: the static_assert holds it, and the parent
// map covers it with the code holding the other references.
// RUN: %check_static_state --check-suffixes=WBI,LIM,UG %s static-state-* %t
// RUN: %check_static_state --check-suffixes=WBI %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=LIM %s static-state-local-in-method %t
// RUN: %check_static_state --check-suffixes=UG %s static-state-unbounded-growth %t

#include <vector>

class Registry {
public:
  void add(int v) {
    items.push_back(v);
    static std::vector<int> seen;
    // CHECK-NOTES-LIM: :[[@LINE-1]]:29: warning: static local variable 'seen' in instance method 'add' is written there; every 'Registry' object shares it [static-state-local-in-method]
    // CHECK-NOTES-LIM: :[[@LINE+4]]:10: note: grown here by 'push_back'
    // CHECK-NOTES-LIM: :[[@LINE-3]]:29: note: no automatic fix: 'seen' is used inside a lambda or a local class
    // CHECK-NOTES-UG: :[[@LINE-4]]:29: warning: static local variable 'seen' only ever grows: nothing in this translation unit removes its elements, so its memory is held until the program exits [static-state-unbounded-growth]
    // CHECK-NOTES-UG: :[[@LINE+1]]:10: note: grown here by 'push_back'
    seen.push_back(v);
    auto count = [&] { return seen.size(); };
    (void)count;
  }

private:
  // Two checks warn here; clang-tidy 19 and 22 order them differently.
  static std::vector<int> items;
  // CHECK-NOTES-WBI-DAG: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method 'add'; every 'Registry' object shares it [static-state-written-by-instance]
  // CHECK-NOTES-WBI-DAG: :16:11: note: grown here by 'push_back'
  // The fix would need every reference; the one in sizeof is found too.
  // CHECK-NOTES-WBI-DAG: :[[@LINE-4]]:27: note: no automatic fix: 'items' is used in sizeof, decltype or noexcept
  // CHECK-NOTES-UG-DAG: :[[@LINE-5]]:27: warning: static member 'items' only ever grows: nothing in this translation unit removes its elements, so its memory is held until the program exits [static-state-unbounded-growth]
  // CHECK-NOTES-UG-DAG: :16:11: note: grown here by 'push_back'
  static_assert(sizeof(items) > 0, "outside any function, variable or field");
};
std::vector<int> Registry::items;
