// The shared options, validated under this check's own name; with invalid
// values the check behaves as with its defaults (same run as no options).
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-local-in-method' %s --config="{CheckOptions: { \
// RUN:   static-state-local-in-method.IgnoredTypes: '*', static-state-local-in-method.LockTypes: 'std::lock_guard<std::mutex>', \
// RUN:   static-state-local-in-method.IgnoreGuardedWrites: '', static-state-local-in-method.IgnoreWarnOnceLatches: sometimes, \
// RUN:   static-state-local-in-method.MaxWriteNotes: 'x', static-state-local-in-method.FixStrategy: Local}}" -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=CONFIG --implicit-check-not='[clang-tidy-config]'
// RUN: %check_static_state %s static-state-local-in-method %t
// RUN: %check_static_state %s static-state-local-in-method %t -- --config="{CheckOptions: { \
// RUN:   static-state-local-in-method.IgnoredTypes: '*', static-state-local-in-method.LockTypes: 'std::lock_guard<std::mutex>', \
// RUN:   static-state-local-in-method.IgnoreGuardedWrites: '', static-state-local-in-method.IgnoreWarnOnceLatches: sometimes, \
// RUN:   static-state-local-in-method.MaxWriteNotes: 'x', static-state-local-in-method.FixStrategy: Local}}"
//
// CONFIG-DAG: warning: invalid regular expression '*' in option 'static-state-local-in-method.IgnoredTypes': {{.+}}; the entry is ignored [clang-tidy-config]
// CONFIG-DAG: warning: option 'static-state-local-in-method.IgnoredTypes' has no valid entry; using its default [clang-tidy-config]
// CONFIG-DAG: warning: invalid type name 'std::lock_guard<std::mutex>' in option 'static-state-local-in-method.LockTypes': {{.+}} [clang-tidy-config]
// CONFIG-DAG: warning: option 'static-state-local-in-method.LockTypes' has no valid entry; using its default [clang-tidy-config]
// CONFIG-DAG: warning: invalid configuration value '' for option 'static-state-local-in-method.IgnoreGuardedWrites'; expected a bool [clang-tidy-config]
// CONFIG-DAG: warning: invalid configuration value 'sometimes' for option 'static-state-local-in-method.IgnoreWarnOnceLatches'; expected a bool [clang-tidy-config]
// CONFIG-DAG: warning: invalid configuration value 'x' for option 'static-state-local-in-method.MaxWriteNotes'; expected an integer [clang-tidy-config]
// CONFIG-DAG: warning: invalid configuration value 'Local' for option 'static-state-local-in-method.FixStrategy'; did you mean 'local'? [clang-tidy-config]

#include <atomic>
#include <mutex>
#include <vector>

void warn();

class Session {
public:
  void count() {
    static std::atomic<int> calls; // IgnoredTypes
    calls.fetch_add(1);
  }
  void guarded(int v) {
    static std::mutex mu;
    std::lock_guard<std::mutex> lock(mu); // LockTypes, IgnoreGuardedWrites
    static std::vector<int> shared;
    shared.push_back(v);
  }
  void parse() {
    static bool warned = false; // IgnoreWarnOnceLatches
    if (!warned) {
      warned = true;
      warn();
    }
  }
  void remember(int v) {
    static std::vector<int> seen; // FixStrategy: auto moves it into the class
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'seen' in instance method 'remember' is written there
    seen.push_back(v);
  }
};
// CHECK-FIXES: {{^}}  void remember(int v) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    seen.push_back(v);{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  std::vector<int> seen; // FixStrategy: auto moves it into the class{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
