// A static local whose class has no data members holds no state (as
// static-state-written-by-instance defines it): not reported; one with a
// data member is.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"

#include <cstdio>

struct Printer {
  void print(int x) { std::printf("%d\n", x); }
};
struct Counter {
  int n = 0;
  void hit() { ++n; }
};

class Widget {
public:
  void draw() {
    static Printer printer;
    printer.print(1);
    static Counter counter;
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: static local variable 'counter' in instance method 'draw' is written there
    counter.hit();
  }
};
