// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.InitializationStyle: constructor, static-state-written-by-instance.FixStrategy: instance}}"

#include <string>
#include <vector>

class Counter {
public:
  Counter() : name_("counter") {}
  explicit Counter(int start) { (void)start; }
  Counter(int a, int b) : Counter(a + b) {} // delegating: the target initialises
  void hit() { ++hits; seen.push_back(hits); }
  int get() const { return hits + static_cast<int>(seen.size()); }
private:
  std::string name_;
  static int hits;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'hits' is written by instance method 'hit'
  static std::vector<int> seen;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'seen' is written by instance method 'hit'
};
int Counter::hits = 3;
std::vector<int> Counter::seen;

// No constructor yet: one is added to carry the initializer.
class Plain {
public:
  void bump() { level += 2; }
  int get() const { return level; }
private:
  static int level;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'level' is written by instance method 'bump'
};
int Plain::level = 7;

int main() { Counter c(1, 2); c.hit(); Plain p; p.bump(); return c.get() + p.get() == 0; }

// CHECK-FIXES: {{^}}  Counter() : name_("counter"), hits(3) {}{{$}}
// CHECK-FIXES-NEXT: {{^}}  explicit Counter(int start) : hits(3) { (void)start; }{{$}}
// CHECK-FIXES-NEXT: {{^}}  Counter(int a, int b) : Counter(a + b) {} // delegating: the target initialises{{$}}
// CHECK-FIXES: {{^}}  int hits;{{$}}
// CHECK-FIXES: {{^}}  std::vector<int> seen;{{$}}
// CHECK-FIXES: {{^}}  int level;{{$}}
// CHECK-FIXES: {{^}}public:{{$}}
// CHECK-FIXES-NEXT: {{^}}  Plain() : level(7) {}{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
