// A static handed as an lvalue to a standard function or class that only
// copies it (a forwarding-reference parameter: make_pair, make_tuple,
// make_shared, emplace_back, try_emplace, the constructors of pair, tuple,
// optional) or only reads through it (std::span<const T>) is read, not
// written. Handed where a reference to it is kept (std::tie, a container of
// std::reference_wrapper, std::span<T>), it may be written: reported.
// RUN: %check_static_state %s static-state-written-by-instance %t -- -- -std=c++20

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

class Copies {
public:
  int pair() { auto p = std::make_pair(a, 1); return p.first; }
  int tuple() { auto t = std::make_tuple(b, 2); return std::get<0>(t); }
  int shared() { return *std::make_shared<int>(c); }
  int emplaced() {
    std::vector<int> v;
    v.emplace_back(d);
    std::map<int, int> m;
    m.try_emplace(1, d);
    return v[0] + m[1];
  }
  int constructed() {
    std::pair<int, int> p(e, 1);
    std::optional<int> o(e);
    return p.first + *o;
  }
  int viewed() {
    std::span<const int> s(items);
    return s[0];
  }
  void unpacked() {
    int x, y;
    std::tie(x, y) = std::make_pair(f, f);
    (void)x;
    (void)y;
  }

  bool before(int x, int y) const { return std::tie(k1, k2) < std::tie(x, y); }
  bool same(int x) const { return std::tie(k1) == std::tie(x); }

  void tied() { std::tie(g) = std::make_tuple(3); }
  void wrapped() {
    std::vector<std::reference_wrapper<int>> refs;
    refs.emplace_back(h);
    refs[0].get() = 4;
  }
  void spanned() {
    std::span<int> s(writable);
    s[0] = 5;
  }

private:
  static int a;
  static int b;
  static int c;
  static int d;
  static int e;
  static int f;
  static std::vector<int> items;
  static int k1, k2;
  static int g;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'g' is written by instance method 'tied'
  static int h;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'h' is written by instance method 'wrapped'
  static std::vector<int> writable;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'writable' is written by instance method 'spanned'
};
