// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}" -- -std=c++20
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' %s \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}" -- -std=c++20 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=NAMES
// The notes name a std::ranges algorithm, not its object's operator():
// NAMES-DAG: note: passed by non-const reference to 'std::ranges::for_each' here
// NAMES-DAG: note: modified here by 'std::ranges::copy'
// NAMES-DAG: note: modified here by 'std::ranges::fill'
// NAMES-DAG: note: modified here by 'for_each_n'

// std::for_each, std::for_each_n and std::ranges::for_each hand every
// element to a function object: the elements are written when it takes
// them by non-const reference (`int &`, `auto &`, `auto &&`, a function
// taking `int &`), read when it takes them by value or const reference.

#include <algorithm>
#include <vector>

class Each {
public:
  void zero() { std::for_each(byRef.begin(), byRef.end(), [](int &x) { x = 0; }); }
  void bumpAll() { std::for_each(byAutoRef.begin(), byAutoRef.end(), [](auto &x) { ++x; }); }
  void forward() { std::for_each(byForwarding.begin(), byForwarding.end(), [](auto &&x) { x = 1; }); }
  void ranges() { std::ranges::for_each(rangeByRef, [](int &x) { ++x; }); }
  void firstTwo() { std::for_each_n(byFunction.begin(), 2, bump); }
  static void bump(int &x) { ++x; }

  int sum() {
    int s = 0;
    std::for_each(byValue.begin(), byValue.end(), [&](int x) { s += x; });
    std::for_each(byConstRef.begin(), byConstRef.end(), [&](const auto &x) { s += x; });
    std::ranges::for_each(rangeByValue, [&](int x) { s += x; });
    std::ranges::for_each(iters.begin(), iters.end(), [&](const int &x) { s += x; });
    return s;
  }

private:
  static std::vector<int> byRef;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'byRef' is written by instance method 'zero'
  static std::vector<int> byAutoRef;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'byAutoRef' is written by instance method 'bumpAll'
  static std::vector<int> byForwarding;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'byForwarding' is written by instance method 'forward'
  static std::vector<int> rangeByRef;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'rangeByRef' is written by instance method 'ranges'
  static std::vector<int> byFunction;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'byFunction' is written by instance method 'firstTwo'
  static std::vector<int> byValue, byConstRef, rangeByValue, iters;
};

// std::ranges algorithms that write through the iterators they are given,
// like their std namesakes; the non-modifying ones only read.
class RangesThroughIterators {
public:
  void copyInto(const std::vector<int> &src) { std::ranges::copy(src, copied.begin()); }
  void zero() { std::ranges::fill(filled.begin(), filled.end(), 0); }
  int ones() { return static_cast<int>(std::ranges::count(counted.begin(), counted.end(), 1)); }

private:
  static std::vector<int> copied;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'copied' is written by instance method 'copyInto'
  static std::vector<int> filled;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'filled' is written by instance method 'zero'
  static std::vector<int> counted;
};
