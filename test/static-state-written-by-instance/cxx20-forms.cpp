// C++17/20 forms: structured bindings are followed through their names
// (written through one, or only read); std::ranges algorithms that only
// read their range (count, is_sorted, find, ...) are reads, the modifying
// ones (sort) writes. A view (`v | std::views::take(2)`, through further
// adaptors) is followed to its use: iterated by value or const reference, or
// handed to a reading std::ranges algorithm, it reads; iterated by mutable
// reference and written, kept in a local, or made with a function object
// that takes elements by mutable reference, it writes.
// RUN: %check_static_state --std=c++20 %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <algorithm>
#include <ranges>
#include <utility>
#include <vector>

class Table {
public:
  int readPair() {
    auto &[a, b] = shown;
    return a + b;
  }
  void writePair() {
    auto &[a, b] = edited;
    a = 1;
  }
  bool inspect() {
    return std::ranges::is_sorted(sorted) && std::ranges::count(counted, 1) > 0 &&
           std::ranges::find(found, 2) != found.end();
  }
  void order() { std::ranges::sort(reordered); }
  int firstTwo() {
    int s = 0;
    for (int x : viewed | std::views::take(2))
      s += x;
    for (const int &x : std::views::reverse(viewed))
      s += x;
    for (int x : viewed | std::views::filter([](const int &v) { return v > 0; }) |
                     std::views::transform([](int v) { return v * 2; }))
      s += x;
    return s + std::ranges::count(viewed | std::views::drop(1), 3);
  }
  void clearTail() {
    for (int &x : tail | std::views::drop(1))
      x = 0;
  }
  int sumKept() {
    auto firstThree = kept | std::views::take(3); // the view outlives the walk
    int s = 0;
    for (int &x : firstThree)
      s += x;
    return s;
  }
  int bump() {
    int s = 0;
    for (int x : bumped | std::views::transform([](int &v) { return ++v; }))
      s += x;
    return s;
  }

private:
  static std::pair<int, int> shown;
  static std::pair<int, int> edited;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: static member 'edited' is written by instance method 'writePair'
  static std::vector<int> sorted;
  static std::vector<int> counted;
  static std::vector<int> found;
  static std::vector<int> reordered;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'reordered' is written by instance method 'order'
  static std::vector<int> viewed; // only read through views
  static std::vector<int> tail;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'tail' is written by instance method 'clearTail'
  static std::vector<int> kept;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'kept' is written by instance method 'sumKept'
  static std::vector<int> bumped;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'bumped' is written by instance method 'bump'
};
