// Warn-once (and warn-N-times) latches in the shapes real code writes them:
// each write sets the flag or bumps the count under a test that it is not
// set yet (or below a constant bound). Anything else is still reported, and
// with IgnoreWarnOnceLatches off every latch is.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.IgnoreConstantStores: false, static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.IgnoreConstantStores: false, static-state-local-in-method.IgnoreWarnOnceLatches: false, static-state-local-in-method.IgnoreLazyInitialization: false, static-state-local-in-method.FixStrategy: none}}"

#include <cstdio>
#include <utility>

class Decoder {
public:
  void earlyReturn() {
    static bool warned = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'warned' in instance method 'earlyReturn'
    if (warned)
      return;
    warned = true;
    std::puts("deprecated");
  }
  void postIncrement() {
    static int reported = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'reported' in instance method 'postIncrement'
    if (!reported++)
      std::puts("first frame dropped");
  }
  void compareZero() {
    static unsigned shown = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:21: warning: static local variable 'shown' in instance method 'compareZero'
    if (shown++ == 0)
      std::puts("slow path");
  }
  void exchange() {
    static bool said = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'said' in instance method 'exchange'
    if (!std::exchange(said, true))
      std::puts("legacy option");
  }
  void tenTimes() {
    static int count = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'tenTimes'
    if (count < 10) {
      ++count;
      std::puts("retrying");
    }
  }
  void boundInCondition() {
    static int logged = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'logged' in instance method 'boundInCondition'
    if (logged++ < 3)
      std::puts("bad checksum");
  }
  void boundedEarlyExit() {
    static int notes = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'notes' in instance method 'boundedEarlyExit'
    if (notes >= 5)
      return;
    ++notes;
    std::puts("note");
  }

  // Not latches: still reported.
  void boundIsState(int limit) {
    static int tries = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'tries' in instance method 'boundIsState'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static local variable 'tries' in instance method 'boundIsState'
    if (tries < limit) // the bound is not a constant: a shared budget
      ++tries;
  }
  void unguarded() {
    static bool seen = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'seen' in instance method 'unguarded'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'seen' in instance method 'unguarded'
    seen = true;
  }
  void resetToo() {
    static bool flag = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'flag' in instance method 'resetToo'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'flag' in instance method 'resetToo'
    if (flag)
      return;
    flag = true;
    flag = false; // cleared again: not a latch
  }
  void withAnotherCondition(bool initialised) {
    // glog's LogMessage::SendToLog: the latch is one of the conditions.
    static bool already_warned = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'already_warned' in instance method 'withAnotherCondition'
    if (!already_warned && !initialised) {
      std::puts("logging before initialisation");
      already_warned = true;
    }
  }
  void eitherCondition(bool verbose) {
    static bool shown = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'shown' in instance method 'eitherCondition'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'shown' in instance method 'eitherCondition'
    if (!shown || verbose) { // set again while already set: not a latch test
      std::puts("banner");
      shown = true;
    }
  }
  void exitWithoutTest(bool quiet) {
    static bool once = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'once' in instance method 'exitWithoutTest'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'once' in instance method 'exitWithoutTest'
    if (quiet)
      return;
    once = true;
  }
};

// The flag that starts true and is cleared the first time (bullet3's
// report-once flags): `static bool first = true; if (first) { first = false; }`.
class FirstTime {
public:
  void report() {
    static bool first = true;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'first' in instance method 'report'
    if (first) {
      std::puts("reported once");
      first = false;
    }
  }
  void early() {
    static bool fresh = true;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'fresh' in instance method 'early'
    if (!fresh)
      return;
    fresh = false;
    std::puts("once");
  }
  void toggles() {
    static bool on = true;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'on' in instance method 'toggles'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'on' in instance method 'toggles'
    on = !on; // flips on every call: no latch
  }
  void startsFalse() {
    static bool done = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'done' in instance method 'startsFalse'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'done' in instance method 'startsFalse'
    if (done)
      done = false; // cleared while set: starts again
  }
};

// More spellings: the latch set in the else branch of a test that it is
// set, std::exchange as the early-exit test or one of `&&`'s conditions, a
// count bumped before it is compared with its bound. Reset in the else
// branch, or exchanged without leaving, it still is state.
class MoreLatches {
public:
  void inElse() {
    static bool warned = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'warned' in instance method 'inElse'
    if (warned) {
    } else {
      warned = true;
      std::puts("once");
    }
  }
  void exchanged() {
    static bool said = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'said' in instance method 'exchanged'
    if (std::exchange(said, true))
      return;
    std::puts("once");
  }
  void joined(bool verbose) {
    static bool told = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'told' in instance method 'joined'
    if (!std::exchange(told, true) && verbose)
      std::puts("once");
  }
  void preIncremented() {
    static unsigned warnings = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:21: warning: static local variable 'warnings' in instance method 'preIncremented'
    if (++warnings <= 3)
      std::puts("three times");
  }
  void resetInElse() {
    static bool armed = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'armed' in instance method 'resetInElse'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'armed' in instance method 'resetInElse'
    if (armed) {
    } else {
      armed = false;
    }
    armed = true;
  }
  void exchangedNoExit() {
    static bool flag = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'flag' in instance method 'exchangedNoExit'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'flag' in instance method 'exchangedNoExit'
    if (std::exchange(flag, true))
      std::puts("again");
    flag = false;
  }
};
