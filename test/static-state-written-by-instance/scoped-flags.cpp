// A flag raised around a call and restored after it, in one block (`busy =
// true; notify(); busy = false;`, `++depth; recurse(); --depth;`, or back to
// a copy taken before), says that a call is in progress: whoever tests it
// does not care which object made the call (KeePassXC's recursion guard):
// not reported (IgnoreScopedFlags). A flag raised
// in one function and lowered in another, one never restored, one restored
// with nothing called in between, a raise to another value than the
// restore, an amount added rather than a step (`delta_ += delta; ...;
// delta_ = 0;`: FeatherPad's wheel accumulator) or a raise the block may be
// left after before the restore (`return` between) is still reported.
// RUN: %check_static_state %s static-state-written-by-instance,static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none, static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-written-by-instance,static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreScopedFlags: false, static-state-local-in-method.IgnoreScopedFlags: false, static-state-written-by-instance.FixStrategy: none, static-state-local-in-method.FixStrategy: none}}"

void sendEvent(int event);
void resizeWindow(int w, int h);

class SearchBox {
public:
  bool filter(int event) {
    static bool sending = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'sending' in instance method 'filter' is written there
    if (sending)
      return true;
    sending = true;
    sendEvent(event);
    sending = false;
    return true;
  }
};

class WindowDriver {
public:
  void rescale(int w, int h) {
    isRescale = true;
    resizeWindow(w, h);
    isRescale = false;
  }
  void nested(int w) {
    bool saved = isRescale;
    isRescale = true;
    resizeWindow(w, w);
    isRescale = saved;
  }
  void walk(int n) {
    ++depth;
    if (n > 0)
      walk(n - 1);
    --depth;
  }

private:
  static bool isRescale;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'isRescale' is written by instance method 'rescale'
  static int depth;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'depth' is written by instance method 'walk'
};
bool WindowDriver::isRescale = false;
int WindowDriver::depth = 0;

// Still reported.
class Session {
public:
  void begin() { active = true; }
  void end() { active = false; }
  void start() {
    started = true;
    sendEvent(1);
  }
  void toggle() {
    flipped = true;
    flipped = false;
  }
  void mode(int m) {
    level = 2;
    sendEvent(m);
    level = 1;
  }

private:
  static bool active;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'active' is written by instance method 'begin'
  static bool started;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'started' is written by instance method 'start'
  static bool flipped;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'flipped' is written by instance method 'toggle'
  static int level;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'level' is written by instance method 'mode'
};
bool Session::active = false;
bool Session::started = false;
bool Session::flipped = false;
int Session::level = 0;

// Defined in another file: the later constant of the pair restores, and it
// must differ from the raise.
class Remote {
public:
  void run() {
    on = true;
    sendEvent(2);
    on = false;
  }
  void twice() {
    again = true;
    sendEvent(3);
    again = true;
  }

private:
  static bool on;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'on' is written by instance method 'run'
  static bool again;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'again' is written by instance method 'twice'
};

void scroll(int);
class Wheel {
public:
  void wheelEvent(int delta, int steps) {
    static int pending = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'pending' in instance method 'wheelEvent' is written there
    pending += delta;
    if (pending < steps)
      return;
    scroll(pending);
    pending = 0;
  }
  void guarded(int delta) {
    ++depth;
    if (delta < 0)
      return;
    scroll(delta);
    --depth;
  }

private:
  static int depth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'depth' is written by instance method 'guarded'
};
