// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreThreadLocal: false}}"

// A thread_local static member is one per thread by its declaration, as an
// atomic is one shared object by its type: the author chose who shares it.
// Not reported by default (IgnoreThreadLocal); a plain static member is.

#include <string>
#include <vector>

class Tracer {
public:
  void enter(const std::string &f) { stack.push_back(f); ++depth; }
  void leave() { stack.pop_back(); --depth; }
  void count() { ++events; }

private:
  static thread_local std::vector<std::string> stack;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:48: warning: static member 'stack' is written by instance method 'enter'; every 'Tracer' object shares it
  static thread_local int depth;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static member 'depth' is written by instance method 'enter'
  static int events;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'events' is written by instance method 'count'; every 'Tracer' object shares it
  // CHECK-FIXES: {{^}}  int events = 0;{{$}}
};

thread_local std::vector<std::string> Tracer::stack;
thread_local int Tracer::depth = 0;
int Tracer::events = 0;
// CHECK-FIXES-NOT: Tracer::events
