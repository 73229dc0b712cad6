// A high-water (or low-water) mark, only ever moved one way to a new extreme
// under a test that compares it with the value stored, is a statistic over
// every call on purpose (IgnoreHighWaterMarks): bullet3's solvers keep
// `static int maxNumConstraints = 0; if (maxNumConstraints < numConstraints)
// maxNumConstraints = numConstraints;`. Still reported: a value stored under
// a test of something else, a value other than the one compared, and a
// mark that is also reset.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.IgnoreHighWaterMarks: false, static-state-local-in-method.FixStrategy: none}}"

#include <algorithm>
#include <cstdio>

class Solver {
public:
  void sort(int numConstraints, float depth) {
    static int maxNumConstraints = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'maxNumConstraints' in instance method 'sort'
    if (maxNumConstraints < numConstraints) {
      maxNumConstraints = numConstraints;
      std::printf("maxNumConstraints = %d\n", maxNumConstraints);
    }
    static float maxDepth = 0.f;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:18: warning: static local variable 'maxDepth' in instance method 'sort'
    if (depth > maxDepth)
      maxDepth = depth;
    static int fewest = 1 << 30;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'fewest' in instance method 'sort'
    fewest = std::min(fewest, numConstraints);
  }
  void notMarks(int n) {
    static int last = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'last' in instance method 'notMarks'
    if (n > 0)
      last = n; // tests n, not the mark
    static int skewed = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'skewed' in instance method 'notMarks'
    if (skewed < n)
      skewed = n + 1; // stores another value than the one compared
    static int peak = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'peak' in instance method 'notMarks'
    if (peak < n)
      peak = n;
    if (n == 0)
      peak = 0; // reset: it starts again
  }
};
