// C++17/20 forms: structured bindings are followed through their names
// (written through one, or only read); std::ranges algorithms that only
// read their range (count, is_sorted, find, ...) are reads, the modifying
// ones (sort) writes. A range adaptor (`v | std::views::take(2)`) still
// counts as a write: the view it makes is not followed (documented).
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
  static std::vector<int> viewed; // a view of it is not followed
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'viewed' is written by instance method 'firstTwo'
};
