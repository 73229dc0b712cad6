// A static local whose comment says it is shared on purpose is not reported
// (SharingCommentPattern, as for static members): the comment on its line
// or the block right above it. A comment that says something else, or an
// empty pattern (suffix OFF), leaves it reported.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.SharingCommentPattern: '', static-state-local-in-method.FixStrategy: none}}"

class Window {
public:
  int popup(int choice) {
    // Shared on purpose: the last choice is remembered for every window,
    // one "New" menu for all of them.
    static int last = 0;
    last = choice ? choice : last;
    return last;
  }
  void drag(int x) {
    static int anchor; // process-wide: one mouse drags one window at a time
    anchor = x + w_;
  }
  void press(int x) {
    // anchor of the press, read on release
    static int start;
    start = x + w_;
  }
  int w_ = 0;
};
// CHECK-MESSAGES-OFF: :[[@LINE-15]]:16: warning: static local variable 'last' in instance method 'popup'
// CHECK-MESSAGES-OFF: :[[@LINE-11]]:16: warning: static local variable 'anchor' in instance method 'drag'
// CHECK-MESSAGES: :[[@LINE-7]]:16: warning: static local variable 'start' in instance method 'press'
// CHECK-MESSAGES-OFF: :[[@LINE-8]]:16: warning: static local variable 'start' in instance method 'press'

// A comment that weighs locking or thread safety for the static knows that
// every thread, and every object, shares it (Poco's RandomBuf: "x is here as
// a source of randomness, so it does not make much sense to protect it with
// a Mutex"). One that mentions a lock-free queue or a clock does not say so.
class Entropy {
public:
  unsigned next(unsigned salt) {
    // x is here as a source of randomness, so it does not make
    // much sense to protect it with a Mutex.
    static unsigned x = 0;
    x += salt;
    return x;
  }
  unsigned stir(unsigned salt) {
    static unsigned pool; // not thread-safe: callers stir from one thread
    pool ^= salt;
    return pool;
  }
  unsigned tick(unsigned t) {
    static unsigned last; // last clock reading, for the lock-free queue
    last = t;
    return last;
  }
};
// CHECK-MESSAGES-OFF: :[[@LINE-15]]:21: warning: static local variable 'x' in instance method 'next'
// CHECK-MESSAGES-OFF: :[[@LINE-11]]:21: warning: static local variable 'pool' in instance method 'stir'
// CHECK-MESSAGES: :[[@LINE-7]]:21: warning: static local variable 'last' in instance method 'tick'
// CHECK-MESSAGES-OFF: :[[@LINE-8]]:21: warning: static local variable 'last' in instance method 'tick'
