// RUN: %check_static_state %s static-state-local-in-method %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWarnOnceLatches: false, static-state-local-in-method.IgnoreLazyInitialization: false, static-state-local-in-method.FixStrategy: none}}"

#include <cstdio>

class Parser {
public:
  void parse(bool legacy) {
    static bool warned = false;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'warned' in instance method 'parse' is written there
    if (legacy && !warned) {
      // not a latch on its own: the condition tests more than the flag
    }
    if (!warned) {
      warned = true;
      std::puts("legacy syntax is deprecated");
    }
  }
  void toggle() {
    static bool on = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'on' in instance method 'toggle' is written there
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'on' in instance method 'toggle' is written there
    on = !on;
  }
};

// CHECK-FIXES: {{^}}  void toggle() {{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    on = !on;{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  bool on = false;{{$}}
