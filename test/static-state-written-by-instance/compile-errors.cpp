// Broken code never crashes the check; clang's own errors are reported.
// RUN: %check_static_state --expect-clang-tidy-error %s static-state-written-by-instance %t

#include <vector>

class Broken {
public:
  void ok() { items.push_back(1); }
  void f() { items.push_back(undeclared); ++missing; }
  void g() { items.; }
  void h(UnknownType t) { cache[t] = 1; }
  template <class T> void k() { T::whatever(items); this->nothing.grow(); }
private:
  static std::vector<int> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method 'ok'; every 'Broken' object shares it
  static std::map<int, int> cache;
};

class Incomplete;
class UsesIncomplete {
  void f() { ptr->g(); s = *ptr; }
  static Incomplete *ptr;
  static Incomplete s;
};
