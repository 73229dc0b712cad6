// Every form a static member's declaration takes in C++17 and C++20 yields a
// member that compiles: inline and constinit go, static becomes
// mutable for const writers, attributes stay (on the definition too), and an
// array bound only the definition gives moves into the class. Exits 1 before
// the fix (two objects share the values), 0 after. (A thread_local gets no
// member: fix-thread-local.cpp.)
// RUN: %check_static_state --std=c++20 --run %s static-state-written-by-instance %t

class Forms {
public:
  void a() { ++x; ++y; ++z; table[0]++; buf[0]++; ++w; }
  void b() const { ++x; ++y; ++z; table[1]++; buf[1]++; ++w; }
  int sum() const { return x + y + z + table[0] + table[1] + buf[0] + buf[1] + w; }
private:
  static inline int x = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: static member 'x' is written by instance method 'a'
  static constinit int y;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static member 'y' is written by instance method 'a'
  [[maybe_unused]] static int z;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: static member 'z' is written by instance method 'a'
  static int table[];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'table' is written by instance method 'a'
  alignas(16) static char buf[32];
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'buf' is written by instance method 'a'
  inline static int w = 3;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: static member 'w' is written by instance method 'a'
};
constinit int Forms::y = 0;
int Forms::z;
int Forms::table[16];
alignas(16) char Forms::buf[32];

int main() {
  Forms f, g;
  f.a();
  f.b();
  return g.sum() == 3 ? 0 : 1;
}
// CHECK-FIXES: {{^}}  mutable int x = 0;{{$}}
// CHECK-FIXES: {{^}}  mutable int y = 0;{{$}}
// CHECK-FIXES: {{^}}  {{\[\[}}maybe_unused]] mutable int z{};{{$}}
// CHECK-FIXES: {{^}}  mutable int table[16]{};{{$}}
// CHECK-FIXES: {{^}}  alignas(16) mutable char buf[32]{};{{$}}
// CHECK-FIXES: {{^}}  mutable int w = 3;{{$}}
// CHECK-FIXES-NOT: Forms::
