// RUN: %check_static_state %s static-state-written-by-instance %t

#include <algorithm>
#include <string>
#include <vector>

class Base {
public:
  Base() { ctorWrites.push_back(1); }
  ~Base() { dtorWrites.clear(); }
  Base &operator+=(int v) { opWrites += v; return *this; }
  void lambdaWrites() {
    auto add = [](int v) { viaLambda.push_back(v); };
    add(1);
  }
  void localClassWrites() {
    struct Helper { void go() { viaLocalClass = 3; } };
    Helper().go();
  }
  void algorithm() { std::sort(sorted.begin(), sorted.end()); }

protected:
  static std::vector<int> ctorWrites;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'ctorWrites' is written by constructor 'Base'; every 'Base' object shares it
  static std::vector<int> dtorWrites;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'dtorWrites' is written by destructor '~Base'
  static int opWrites;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'opWrites' is written by instance method 'operator+='
  static std::vector<int> viaLambda;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'viaLambda' is written by instance method 'lambdaWrites'
  static int viaLocalClass;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'viaLocalClass' is written by instance method 'localClassWrites'
  static std::vector<int> sorted;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'sorted' is written by instance method 'algorithm'
  static std::string fromDerived;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'fromDerived' is written by instance method 'Derived::rename'; every 'Base' object shares it
  static std::vector<int> slots;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'slots' is written by the default member initializer of 'slot_'
  static int claim(std::vector<int> &s) { s.push_back(1); return 0; }
  int slot_ = claim(slots);
};

class Derived : public Base {
public:
  void rename() { fromDerived = "derived"; }
};
