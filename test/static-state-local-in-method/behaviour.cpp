// The bug, run: a second Session "remembers" what the first one saw, until
// --fix makes the list per-instance. Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-local-in-method %t

#include <string>
#include <vector>

class Session {
public:
  bool remember(const std::string &item) {
    static std::vector<std::string> seen; // one list for every Session
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: static local variable 'seen' in instance method 'remember' is written there; every 'Session' object shares it
    for (const std::string &s : seen)
      if (s == item)
        return false;
    seen.push_back(item);
    return true;
  }
};

int main() {
  Session a, b;
  a.remember("x");
  return b.remember("x") ? 0 : 1; // b has never seen "x"
}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  std::vector<std::string> seen; // one list for every Session{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
