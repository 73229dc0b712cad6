// A static local initialised with a macro (`NULL`) moves into the class
// like any other. Exits 1 before the fix (two objects share the pointer),
// 0 after.
// RUN: %check_static_state --run %s static-state-local-in-method %t

#include <cstddef>

class Browser {
public:
  Browser() {}
  bool drag(int event) {
    static int *pushed = NULL;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'pushed' in instance method 'drag' is written there
    if (event == 1)
      pushed = &item;
    return pushed != NULL;
  }
  int item = 0;
};

int main() {
  Browser a, b;
  a.drag(1);
  return b.drag(0) ? 1 : 0;
}
// CHECK-FIXES: {{^}}  int *pushed = NULL;{{$}}
