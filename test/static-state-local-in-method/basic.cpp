// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreConstantStores: false}}"

#include <map>
#include <string>
#include <vector>

struct Item { int id = 0; };

class Session {
public:
  void remember(Item i) {
    static std::vector<Item> seen;
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: static local variable 'seen' in instance method 'remember' is written there; every 'Session' object shares it [static-state-local-in-method]
    seen.push_back(i);
  }
  Item &fallback() {
    static Item spare; // handed out by non-const reference: any caller may write it
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'spare' in instance method 'fallback' is written there
    return spare;
  }
  int *slot() {
    static int slots[4];
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'slots' in instance method 'slot' is written there
    return &slots[0];
  }
  Session() {
    static std::string lastName;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'lastName' in constructor 'Session' is written there
    lastName = "session";
  }
  void viaLambda() {
    static std::map<int, int> memo;
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: static local variable 'memo' in instance method 'viaLambda' is written there
    auto put = [](int k) { memo[k] = k; };
    put(1);
  }
  void insideLambda() {
    auto f = [] {
      static int calls = 0;
      // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static local variable 'calls' in instance method 'insideLambda' is written there
      return ++calls;
    };
    f();
  }
};

// Fix: each local becomes a private member of Session; the local goes.
// CHECK-FIXES: {{^}}  void remember(Item i) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    seen.push_back(i);{{$}}
// 'spare' and 'slots' are handed out by reference and pointer: as members
// they would die with their object, so they stay (no fix).
// CHECK-FIXES: {{^}}    static Item spare; // handed out by non-const reference: any caller may write it{{$}}
// CHECK-FIXES: {{^}}    static int slots[4];{{$}}
// The constructor overwrites 'lastName' before reading it: it only loses
// 'static'. 'seen' carries over and goes into a new private section.
// CHECK-FIXES: {{^}}    std::string lastName;{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  std::vector<Item> seen;{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
