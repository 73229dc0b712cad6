// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"

// A static local of arithmetic type that nothing ever reads — every use a
// step or an assignment whose value is thrown away — cannot show one
// object's state to another (bullet3's debug counters, `frame++;` with the
// printf that read it commented out). Not reported by default
// (IgnoreWriteOnlyStatics). One read anywhere, and it is reported.

#include <cstdio>
#include <string>

class Solver {
public:
  void solve(int iterations) {
    static int frame = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'frame' in instance method 'solve' is written there; every 'Solver' object shares it
    for (int i = 0; i < iterations; ++i) {
      // printf("frame=%d\n", frame);
    }
    frame++;
  }
  void process(bool hit) {
    static int misses = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'misses' in instance method 'process'
    static double last = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:19: warning: static local variable 'last' in instance method 'process'
    if (hit)
      last = 1.5;
    else
      (void)++misses;
  }

  // Read, once, anywhere: reported.
  int next() {
    static int seq = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'seq' in instance method 'next' is written there; every 'Solver' object shares it
    seq++;
    return seq;
  }
  void warnSome() {
    static int count = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'warnSome'
    if (count++ > 3 + base)
      std::puts("more than three");
  }
  void report() {
    static int calls = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'calls' in instance method 'report'
    calls += base;
    std::printf("%d\n", calls);
  }
  // Not arithmetic: an object's own members may act on what it holds.
  void remember(const std::string &s) {
    static std::string lastName;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'lastName' in instance method 'remember'
    lastName = s;
  }
  int base = 0;
};
