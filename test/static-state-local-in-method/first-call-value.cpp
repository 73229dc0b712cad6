// A static local that nothing writes, whose initializer reads a parameter or
// the object, runs that initializer once: every later call, on every object,
// sees the first call's value (doxygen's `static const char **str_romans =
// upper ? upper_table : lower_table;`). Reported (ReportFirstCallValues).
// --fix leaves it: dropping `static` changes what later calls see, even with
// one object. A note offers that edit (--fix-notes) only when the
// initializer does nothing but compute (no call that could do more),
// nothing of the variable outlives the call, and only the function itself
// names it. `this` alone, an initializer with
// effects (a run-once idiom), a value never read, constants, and static
// member functions are not reported.
// RUN: %check_static_state %s static-state-local-in-method %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.ReportFirstCallValues: false}}"
// CHECK-MESSAGES-OFF-NOT: warning:

#include <string>

class Scaler {
public:
  int scaled(int factor) const {
    static const int base = factor * 10;
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: static local variable 'base' in instance method 'scaled' keeps parameter 'factor' of the first call: every later call, on every 'Scaler' object, sees that first value [static-state-local-in-method]
    // CHECK-NOTES: :[[@LINE-2]]:29: note: parameter 'factor' is read only when the initializer runs, on the first call
    // CHECK-NOTES: :[[@LINE-3]]:22: note: no automatic fix: later calls would no longer see the first call's value, which code may rely on
    // CHECK-NOTES: :[[@LINE-4]]:22: note: alternatively, make 'base' a plain local variable (drop 'static'): every call then computes it from its own parameter 'factor'
    // CHECK-FIXES: {{^}}    static const int base = factor * 10;{{$}}
    return base + 1;
  }
  int shifted(int x) {
    static int start = origin_;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'start' in instance method 'shifted' keeps member 'origin_' of the first call
    // CHECK-NOTES: :[[@LINE-2]]:24: note: member 'origin_' is read only when the initializer runs, on the first call
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: later calls would no longer see the first call's value, which code may rely on
    // CHECK-NOTES: :[[@LINE-4]]:16: note: alternatively, make 'start' a plain local variable (drop 'static'): every call then computes it from its own member 'origin_'
    // CHECK-FIXES: {{^}}    static int start = origin_;{{$}}
    return start + x;
  }
  int area() const {
    static const int w = width();
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: static local variable 'w' in instance method 'area' keeps the object ('width()') of the first call
    // CHECK-NOTES: :[[@LINE-2]]:26: note: the object ('width()') is read only when the initializer runs, on the first call
    // CHECK-NOTES: :[[@LINE-3]]:22: note: no automatic fix: the initializer of 'w' runs once, on the first call: as a plain local it would run on every call
    return w * 2;
  }
  const std::string &label() const {
    static const std::string text = prefix_ + ":";
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: static local variable 'text' in instance method 'label' keeps member 'prefix_' of the first call
    // CHECK-NOTES: :[[@LINE-2]]:37: note: member 'prefix_' is read only when the initializer runs, on the first call
    // CHECK-NOTES: :[[@LINE-3]]:30: note: no automatic fix: as a plain local 'text' would end with the call, but it is returned by reference
    return text;
  }
  int viaLambda(int k) {
    static const int twice = k * 2;
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: static local variable 'twice' in instance method 'viaLambda' keeps parameter 'k' of the first call
    // CHECK-NOTES: :[[@LINE-2]]:30: note: parameter 'k' is read only when the initializer runs, on the first call
    // CHECK-NOTES: :[[@LINE-3]]:22: note: no automatic fix: 'twice' is used inside a lambda or local class of instance method 'viaLambda'
    auto get = [] { return twice; };
    return get();
  }

  // Not reported.
  bool isFirst() const {
    static const Scaler *first = this;
    return first == this;
  }
  bool registered() {
    static const bool done = enrol(origin_);
    return done;
  }
  int unused(int factor) const {
    static const int never = factor;
    return factor;
  }
  int constant() const {
    static const int limit = 40 + 2;
    return limit;
  }
  static int classWide(int factor) {
    static const int base = factor;
    return base;
  }

  int width() const { return origin_ + 3; }
  bool enrol(int id) { return ++enrolled_ > id; }

private:
  int origin_ = 1;
  int enrolled_ = 0;
  std::string prefix_ = "p";
};

int main() {
  Scaler s;
  return s.scaled(1) + s.shifted(2) + s.area() + int(s.label().size()) +
                 s.viaLambda(3) + s.isFirst() + s.registered() + s.unused(4) +
                 s.constant() + Scaler::classWide(5) >
             0
             ? 0
             : 1;
}
