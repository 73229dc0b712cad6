// The code holding each reference is found from source positions, not from a
// matcher on every declaration (analysis/ReferenceHolders): references in a
// file included inside a function body, in functions one macro expansion
// makes, in a friend defined in its class and in another class's base list
// (held by no function, variable or field: the parent map then covers the
// whole translation unit) are all found, and each verdict and fix is the one
// a parent map of the whole translation unit gives.
// RUN: %check_static_state %s static-state-written-by-instance %t -- -- -I%S/Inputs

#include <cstddef>
#include <type_traits>
#include <vector>

class Included {
public:
  void add(int v) {
#include "holders-body.inc"
  }

private:
  static std::vector<int> hits;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static member 'hits' is written by instance method 'add'; every 'Included' object shares it [static-state-written-by-instance]
  // CHECK-NOTES: holders-body.inc:2:6: note: grown here by 'push_back'
  // CHECK-NOTES: :[[@LINE-3]]:27: note: make 'hits' a per-instance member
  // CHECK-NOTES: :[[@LINE-4]]:27: note: alternatively, make 'hits' a local variable of instance method 'add' (as a local, every call of 'add' starts from empty: the value no longer carries over between calls)
  // CHECK-FIXES: {{^}}  std::vector<int> hits;{{$}}
};
std::vector<int> Included::hits;

#define ACCESSORS(name)                                                        \
  void set_##name(int v) { name = v; }                                         \
  int get_##name() const { return name; }

class Macro {
public:
  ACCESSORS(level)

private:
  static int level;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'level' is written by instance method 'set_level'; every 'Macro' object shares it [static-state-written-by-instance]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: assigned here
  // CHECK-NOTES: :31:33: note: expanded from macro 'ACCESSORS'
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'level' is used inside a macro expansion
};
int Macro::level;

class Befriended {
public:
  void bump() { ++count; }
  friend void reset(Befriended &) { count = 0; }

private:
  static int count;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'count' is written by instance method 'bump'; every 'Befriended' object shares it [static-state-written-by-instance]
  // CHECK-NOTES: :[[@LINE-6]]:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: 'Befriended' has friends that may use 'count'
};
int Befriended::count;

class InBaseList {
public:
  void add(int v) { items.push_back(v); }
  static std::vector<int> items;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method 'add'; every 'InBaseList' object shares it [static-state-written-by-instance]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: grown here by 'push_back'
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix: 'items' is used in sizeof, decltype or noexcept
};
std::vector<int> InBaseList::items;
struct Sized : std::integral_constant<std::size_t, sizeof(InBaseList::items)> {};
