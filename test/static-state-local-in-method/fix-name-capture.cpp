// A static local that becomes a member must not take over a name that
// code of the class means as something else: a global named in a default
// member initializer, earlier in the same method or in another block of it,
// in a nested class, or in a derived class (where a private member of that
// name would not even compile). The member is renamed `<method>_<name>`.
// Every object is used alone: the program exits 0 before and after the fix.
// RUN: %check_static_state --run-same %s static-state-local-in-method %t

int seed = 100, count = 200, total = 1000, depth = 7;

class Hits {
public:
  Hits() {}
  int hit() {
    static int seed = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'seed' in instance method 'hit'
    return ++seed;
  }
  int start = seed;
};

class Counter {
public:
  int tick(bool again) {
    int before = count;
    static int count = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'tick'
    ++count;
    if (again) {
      extern int depth;
      return before + count + depth;
    }
    return before + count;
  }
  struct Probe {
    int level() const { return count; }
  };
};

class Base {
public:
  int add(int x) {
    static int total = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'total' in instance method 'add'
    total += x;
    return total;
  }
};
class Derived : public Base {
public:
  int global() const { return total; }
};

int main() {
  Hits h;
  bool ok = h.start == 100 && h.hit() == 1 && h.hit() == 2;
  Counter c;
  ok = ok && c.tick(false) == 201 && c.tick(true) == 209;
  ok = ok && Counter::Probe().level() == 200;
  Derived d;
  ok = ok && d.add(1) == 1 && d.add(2) == 3 && d.global() == 1000;
  return ok ? 0 : 1;
}
// CHECK-FIXES: {{^}}  int start = seed;{{$}}
// CHECK-FIXES: {{^}}  int hit_seed = 0;{{$}}
// CHECK-FIXES: {{^}}  int tick_count = 0;{{$}}
// CHECK-FIXES: {{^}}  int add_total = 0;{{$}}
// CHECK-FIXES: {{^}}  int global() const { return total; }{{$}}
