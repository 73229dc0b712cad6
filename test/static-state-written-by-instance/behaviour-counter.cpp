// Decision table, row "one user, the value carries over": a counter that
// next() bumps must stay a counter. As a local it would restart on every
// call; the fix makes it per-instance, so one ticket machine still counts
// 1, 2, 3 and a second one starts from 1. Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

class Ticket {
public:
  int next() { return ++seq; }

private:
  static int seq;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'seq' is written by instance method 'next'
};
int Ticket::seq = 0;

int main() {
  Ticket a, b;
  bool counts = a.next() == 1 && a.next() == 2 && a.next() == 3;
  bool own = b.next() == 1;
  return counts && own ? 0 : 1;
}
// CHECK-FIXES: {{^}}  int next() { return ++seq; }{{$}}
// CHECK-FIXES: {{^}}  int seq = 0;{{$}}
// CHECK-FIXES-NOT: Ticket::seq
