// A static local in a method of a class that can have one object only is
// that object's state (IgnoreSingletonClasses); the same local in a class
// anybody may construct is shared by every object.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreSingletonClasses: false, static-state-local-in-method.FixStrategy: none}}"

class Clock final {
public:
  static Clock &instance() {
    static Clock C;
    return C;
  }
  Clock(const Clock &) = delete;
  int tick() {
    static int ticks = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'ticks' in instance method 'tick'
    return ++ticks;
  }

protected:
  Clock() {}
};

class Counter {
public:
  static Counter &instance() {
    static Counter C;
    return C;
  }
  int tick() {
    static int ticks = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'ticks' in instance method 'tick'
    return ++ticks;
  }
};
// Anybody may make another Counter, and here somebody does.
static Counter g_secondCounter;
