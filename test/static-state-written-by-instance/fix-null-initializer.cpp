// A declaration or definition whose initializer is a macro (`NULL`, a
// project's own constant) ends where the macro's expansion ends: it is
// removed and moved like any other. Exits 1 before the fix (two objects
// share the pointer), 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <cstddef>
#define NO_LIMIT (-1)

class Track {
public:
  void remember(int *p) {
    last = p;
    limit = *p;
  }
  bool hasLast() const { return last != NULL; }
  int cap() const { return limit; }

private:
  static int *last;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'last' is written by instance method 'remember'
  static int limit;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'limit' is written by instance method 'remember'
};
int *Track::last = NULL;
int Track::limit = NO_LIMIT;

int main() {
  int v = 7;
  Track a, b;
  a.remember(&v);
  return (b.hasLast() || b.cap() != NO_LIMIT) ? 1 : 0;
}
// CHECK-FIXES: {{^}}  int *last = NULL;{{$}}
// CHECK-FIXES: {{^}}  int limit = NO_LIMIT;{{$}}
// CHECK-FIXES-NOT: Track::last
// CHECK-FIXES-NOT: Track::limit
