// RUN: %check_static_state %s static-state-local-in-method %t
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreThreadLocal: false}}"

// A thread_local static local says who shares it, as std::atomic does: one
// per thread, on purpose (doxygen's per-thread realloc'ed code buffer). Not
// reported by default (IgnoreThreadLocal); a plain static beside it is.

#include <cstdlib>
#include <cstring>
#include <string>

class CodeWriter {
public:
  const char *escape(const char *s) {
    static thread_local char *buf = nullptr;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:31: warning: static local variable 'buf' in instance method 'escape' is written there; every 'CodeWriter' object shares it
    static thread_local std::size_t cap = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:37: warning: static local variable 'cap' in instance method 'escape'
    std::size_t n = std::strlen(s) * 2 + 1;
    if (cap < n) {
      buf = static_cast<char *>(std::realloc(buf, n));
      cap = n;
    }
    std::strcpy(buf, s);
    return buf;
  }
  int next() {
    thread_local static int perThread = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static local variable 'perThread' in instance method 'next'
    return ++perThread;
  }
  int total(int v) {
    static int sum = 0; // a plain static: reported
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'sum' in instance method 'total' is written there; every 'CodeWriter' object shares it
    sum += v;
    return sum;
  }
  // CHECK-FIXES: {{^}}private:{{$}}
  // CHECK-FIXES-NEXT: {{^}}  int sum = 0; // a plain static: reported{{$}}
};

int main() {
  CodeWriter w;
  return w.escape("a")[0] == 'a' && w.next() == 1 && w.total(1) == 1 ? 0 : 1;
}
