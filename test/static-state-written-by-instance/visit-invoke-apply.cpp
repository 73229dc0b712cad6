// std::visit, std::invoke and std::apply hand their arguments on to a
// function object by forwarding reference: what that function object takes
// decides. A lambda, functor or function whose every parameter is a value
// or a const reference only reads (`std::visit([](const auto &x) {...},
// s)`); one that takes `auto &` or `T &`, an unknown callable, or the
// static being the function object itself, writes.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <functional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

struct Counter {
  int operator()(int x) { return total += x; }
  int total = 0;
};
int length(const std::vector<int> &v) { return static_cast<int>(v.size()); }
void clearAll(std::vector<int> &v) { v.clear(); }

class Table {
public:
  int size() { return std::visit([](const auto &x) { return (int)sizeof(x); }, shown); }
  void reset() { std::visit([](auto &x) { x = {}; }, cleared); }
  int count() { return std::invoke(length, rows) + std::invoke([](std::vector<int> v) { return (int)v.size(); }, rows); }
  void wipe() { std::invoke(clearAll, wiped); }
  int sum() { return std::apply([](int a, const int &b) { return a + b; }, pair); }
  void swapBoth() { std::apply([](int &a, int &b) { std::swap(a, b); }, swapped); }
  int step() { return std::invoke(counter, 1); }

private:
  static std::variant<int, std::string> shown;
  static std::variant<int, std::string> cleared;
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: static member 'cleared' is written by instance method 'reset'
  static std::vector<int> rows;
  static std::vector<int> wiped;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'wiped' is written by instance method 'wipe'
  static std::pair<int, int> pair;
  static std::pair<int, int> swapped;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: static member 'swapped' is written by instance method 'swapBoth'
  static Counter counter;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static member 'counter' is written by instance method 'step'
};
std::variant<int, std::string> Table::shown;
std::variant<int, std::string> Table::cleared;
std::vector<int> Table::rows;
std::vector<int> Table::wiped;
std::pair<int, int> Table::pair;
std::pair<int, int> Table::swapped;
Counter Table::counter;
