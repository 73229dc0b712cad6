// RUN: %check_static_state %s static-state-local-in-method %t -- --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false}}"
// RUN: %check_static_state --check-suffixes=NONE %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"
// Which functions count: every non-static member function (const ones,
// operators, destructors, local classes' methods), with lambdas inside them;
// not static member functions or free functions, nor lambdas inside those.

#include <vector>

class Counter {
public:
  int next() const {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'next' is written there; every 'Counter' object shares it [static-state-local-in-method]
    // CHECK-NOTES-NONE: :[[@LINE-2]]:16: warning: static local variable 'n' in instance method 'next' is written there; every 'Counter' object shares it [static-state-local-in-method]
    // CHECK-NOTES-NONE: :[[@LINE+1]]:12: note: incremented here
    return ++n;
  }
  Counter &operator<<(int v) {
    static std::vector<int> buffer;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'buffer' in instance method 'operator<<' is written there; every 'Counter' object shares it
    // CHECK-NOTES-NONE: :[[@LINE-2]]:29: warning: static local variable 'buffer' in instance method 'operator<<' is written there; every 'Counter' object shares it
    // CHECK-NOTES-NONE: :[[@LINE+1]]:12: note: grown here by 'push_back'
    buffer.push_back(v);
    return *this;
  }
  ~Counter() {
    // (A count of destructions alone is instrumentation: see deliberate.cpp.)
    static long sign = 1;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'sign' in destructor '~Counter' is written there; every 'Counter' object shares it
    // CHECK-NOTES-NONE: :[[@LINE-2]]:17: warning: static local variable 'sign' in destructor '~Counter' is written there; every 'Counter' object shares it
    // CHECK-NOTES-NONE: :[[@LINE+1]]:10: note: assigned here
    sign = -sign;
  }
  void viaLocalClass() {
    struct Tally {
      void bump() {
        static int hits;
        // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: static local variable 'hits' in instance method 'bump' is written there; every 'Tally' object shares it
        // CHECK-NOTES-NONE: :[[@LINE-2]]:20: warning: static local variable 'hits' in instance method 'bump' is written there; every 'Tally' object shares it
        // CHECK-NOTES-NONE: :[[@LINE+1]]:9: note: incremented here
        ++hits;
      }
    };
    Tally().bump();
  }
  void nestedLambdas() {
    auto outer = [] {
      auto inner = [] {
        static int depth = 0;
        // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: static local variable 'depth' in instance method 'nestedLambdas' is written there; every 'Counter' object shares it
        // CHECK-NOTES-NONE: :[[@LINE-2]]:20: warning: static local variable 'depth' in instance method 'nestedLambdas' is written there; every 'Counter' object shares it
        // CHECK-NOTES-NONE: :[[@LINE+1]]:15: note: assigned here
        depth = depth + 1;
      };
      inner();
    };
    outer();
  }
  static void staticFunction() {
    static int calls;
    ++calls;
    auto f = [] { static int inLambda; ++inLambda; };
    f();
  }
};

void freeFunction() {
  static int calls;
  ++calls;
  auto f = [] { static int inLambda; ++inLambda; };
  f();
  // A local class of a free function: its method is an instance method.
  struct Visitor {
    void visit() {
      static int visits;
      // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static local variable 'visits' in instance method 'visit' is written there; every 'Visitor' object shares it
      // CHECK-NOTES-NONE: :[[@LINE-2]]:18: warning: static local variable 'visits' in instance method 'visit' is written there; every 'Visitor' object shares it
      // CHECK-NOTES-NONE: :[[@LINE+1]]:7: note: incremented here
      ++visits;
    }
  };
  Visitor().visit();
}

// A lambda at namespace scope is no method.
auto g_lambda = [] { static int n; return ++n; };

// CHECK-FIXES: {{^}}  int next() const {{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES: {{^}}    return ++n;{{$}}
// CHECK-FIXES: {{^}}    buffer.push_back(v);{{$}}
// CHECK-FIXES: {{^}}    sign = -sign;{{$}}
// CHECK-FIXES: {{^}}        ++hits;{{$}}
// CHECK-FIXES-NEXT: {{^}}      }{{$}}
// CHECK-FIXES-NEXT: {{^}}    private:{{$}}
// CHECK-FIXES-NEXT: {{^}}      int hits{};{{$}}
// CHECK-FIXES-NEXT: {{^}}    };{{$}}
// CHECK-FIXES: {{^}}        static int depth = 0;{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  mutable int n = 0;{{$}}
// CHECK-FIXES-NEXT: {{^}}  std::vector<int> buffer;{{$}}
// CHECK-FIXES-NEXT: {{^}}  long sign = 1;{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
// CHECK-FIXES: {{^}}      ++visits;{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}  private:{{$}}
// CHECK-FIXES-NEXT: {{^}}    int visits{};{{$}}
// CHECK-FIXES-NEXT: {{^}}  };{{$}}
