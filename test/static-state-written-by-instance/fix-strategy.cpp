// FixStrategy chooses the rewrite: auto (a local when one function uses it,
// else a member), instance, local, none. Invalid values are reported.
// RUN: %check_static_state --check-suffixes=AUTO %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=INST %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: instance}}"
// RUN: %check_static_state --check-suffixes=LOCAL %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: local}}"
// RUN: %check_static_state --check-suffixes=NONE %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' %s \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: everywhere, static-state-written-by-instance.InitializationStyle: ctor}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=BAD
// BAD-DAG: warning: invalid configuration value 'everywhere' for option 'static-state-written-by-instance.FixStrategy' [clang-tidy-config]
// BAD-DAG: warning: invalid configuration value 'ctor' for option 'static-state-written-by-instance.InitializationStyle'{{.*}} [clang-tidy-config]

class Job {
public:
  Job() : start_(c) { c = c * 2 + 1; }
  int run() { return ++runs + start_; }
  int again() { return runs; }
private:
  int start_;
  static int c;
  // CHECK-MESSAGES-AUTO: :[[@LINE-1]]:14: warning: static member 'c' is written by constructor 'Job'
  // CHECK-MESSAGES-INST: :[[@LINE-2]]:14: warning: static member 'c' is written by constructor 'Job'
  // CHECK-MESSAGES-LOCAL: :[[@LINE-3]]:14: warning: static member 'c' is written by constructor 'Job'
  // CHECK-MESSAGES-NONE: :[[@LINE-4]]:14: warning: static member 'c' is written by constructor 'Job'
  static int runs;
  // CHECK-MESSAGES-AUTO: :[[@LINE-1]]:14: warning: static member 'runs' is written by instance method 'run'
  // CHECK-MESSAGES-INST: :[[@LINE-2]]:14: warning: static member 'runs' is written by instance method 'run'
  // CHECK-MESSAGES-LOCAL: :[[@LINE-3]]:14: warning: static member 'runs' is written by instance method 'run'
  // CHECK-MESSAGES-NONE: :[[@LINE-4]]:14: warning: static member 'runs' is written by instance method 'run'
};
int Job::c = 1;
int Job::runs;

// auto: 'c' is read by the member-initializer list, so it cannot be a local
// of the constructor; nor a member, which 'start_', declared before it,
// would read before it is initialised: it keeps its static. 'runs' becomes
// a member (two users).
// CHECK-FIXES-AUTO: {{^}}  int runs{};{{$}}
// CHECK-FIXES-AUTO: {{^}}int Job::c = 1;{{$}}
// CHECK-FIXES-INST: {{^}}  int runs{};{{$}}
// CHECK-FIXES-INST: {{^}}int Job::c = 1;{{$}}
// local: neither can be a local; nothing changes (no CHECK-FIXES-LOCAL).
// none: nothing changes either.
