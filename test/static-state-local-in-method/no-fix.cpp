// Where moving the local into the class is not proven safe, a note says why.
// RUN: %check_static_state --header %S/Inputs/session.h %s static-state-local-in-method %t -- --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false}}" -- -I%S/Inputs

#include "session.h"
#include <string>
#include <vector>

void HeaderSession::add(int v) {
  static std::vector<int> seen;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static local variable 'seen' in instance method 'add' is written there; every 'HeaderSession' object shares it
  // CHECK-NOTES: :[[@LINE+2]]:8: note: grown here by 'push_back'
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix: 'HeaderSession' is declared in a header the header filter leaves out
  seen.push_back(v);
}

class Local {
public:
  void byParam(int start) {
    static int total = start;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'total' in instance method 'byParam'
    // CHECK-NOTES: :[[@LINE+2]]:11: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: the initializer of 'total' uses 'start', which the class cannot see
    total += start;
  }
  void localType() {
    struct Hit { int n; };
    static Hit last;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'last' in instance method 'localType'
    // CHECK-NOTES: :[[@LINE+2]]:11: note: incremented here (a part of it)
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: the type of 'last' is declared inside the function
    last.n++;
  }
  void deduced() {
    static auto names = std::vector<std::string>{};
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'names' in instance method 'deduced'
    // CHECK-NOTES: :[[@LINE+2]]:11: note: grown here by 'push_back'
    // CHECK-NOTES: :[[@LINE-3]]:17: note: no automatic fix: 'names' has a deduced type ('auto')
    names.push_back("x");
  }
};

// As members, `cur` might be initialised before `base`, which it reads.
class Cursor {
public:
  int next() {
    static int base = 10;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'base' in instance method 'next'
    // CHECK-NOTES: :[[@LINE+6]]:5: note: incremented here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: 'cur', used together with 'base', gets no fix {{.*}}
    static int cur = base;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'cur' in instance method 'next'
    // CHECK-NOTES: :[[@LINE+3]]:12: note: incremented here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: the initializer of 'cur' reads 'base', another static local: as members their order of initialisation would not be guaranteed
    ++base;
    return ++cur;
  }
};

// googletest's TEST() writes the class and its closing brace: no member
// can be added to it.
#define MAKE_TEST(name) class name { public: void run(); }; void name::run()
MAKE_TEST(CountsRuns) {
  static int runs = 0;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static local variable 'runs' in instance method 'run'
  // CHECK-NOTES: :[[@LINE+2]]:3: note: incremented here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: 'CountsRuns' is defined by a macro expansion: a member cannot be added to it
  ++runs;
}
