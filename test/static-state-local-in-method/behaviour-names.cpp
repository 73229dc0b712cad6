// Compile hazard "names that collide": two methods each keep a static local
// named 'count', and the class already has a member 'count_' used by a third
// one. Each local becomes a member with a name of its own, used at every
// reference; the program counts per object afterwards. Exits 1 before the
// fix, 0 after.
// RUN: %check_static_state --run %s static-state-local-in-method %t

class Meter {
public:
  int tick() {
    static int count = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'tick'
    return ++count;
  }
  int tock() {
    static int count = 100;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'tock'
    return ++count;
  }
  int total() const { return count_; }

private:
  int count_ = 7;
};

int main() {
  Meter a, b;
  a.tick();
  a.tock();
  bool counts = a.tick() == 2 && a.tock() == 102;
  bool own = b.tick() == 1 && b.tock() == 101 && b.total() == 7;
  return counts && own ? 0 : 1;
}
// 'count' is taken by the other method's local, so both get the method's
// name in front.
// CHECK-FIXES: {{^}}  int tick() {{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    return ++tick_count;{{$}}
// CHECK-FIXES: {{^}}  int tock() {{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    return ++tock_count;{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  int count_ = 7;{{$}}
// CHECK-FIXES-NEXT: {{^}}  int tick_count = 0;{{$}}
// CHECK-FIXES-NEXT: {{^}}  int tock_count = 100;{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
