// Every option of the check set to an invalid value: each one gets a
// [clang-tidy-config] warning naming the option and the value, and the check
// then behaves exactly as with its defaults (the same diagnostics, notes and
// fixes as the run without options). Booleans follow clang-tidy: integers
// are read as booleans (0 is false), anything else is invalid.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' %s --config="{CheckOptions: { \
// RUN:   static-state-written-by-instance.IgnoredTypes: 'broken([;(', \
// RUN:   static-state-written-by-instance.LockTypes: 'std::(lock;[;::;std::lock_guard<std::mutex>', \
// RUN:   static-state-written-by-instance.IgnoreGuardedWrites: maybe, \
// RUN:   static-state-written-by-instance.LockTypesByShape: sometimes, \
// RUN:   static-state-written-by-instance.IgnoreInstanceCounters: '', \
// RUN:   static-state-written-by-instance.IgnoreIdGenerators: 'yes please', \
// RUN:   static-state-written-by-instance.IgnoreSelfRegistration: 2x, \
// RUN:   static-state-written-by-instance.IgnorePrunedRegistries: enabled, \
// RUN:   static-state-written-by-instance.IgnoreLazyInitialization: '0.5', \
// RUN:   static-state-written-by-instance.IgnoreWarnOnceLatches: '-', \
// RUN:   static-state-written-by-instance.MaxWriteNotes: '-1', \
// RUN:   static-state-written-by-instance.FixStrategy: bogus, \
// RUN:   static-state-written-by-instance.InitializationStyle: Constructor}}" -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=CONFIG-A --implicit-check-not='[clang-tidy-config]'
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' %s --config="{CheckOptions: { \
// RUN:   static-state-written-by-instance.IgnoredTypes: ';;', \
// RUN:   static-state-written-by-instance.LockTypes: 'MutexLock;lock guard', \
// RUN:   static-state-written-by-instance.TestFixtureBases: 'testing::Test<int>', \
// RUN:   static-state-written-by-instance.MaxWriteNotes: '99999999999', \
// RUN:   static-state-written-by-instance.IgnoreGuardedWrites: '1', \
// RUN:   static-state-written-by-instance.FixStrategy: '', \
// RUN:   static-state-written-by-instance.InitializationStyle: 'in-class'}}" -- -std=c++17 2>&1 \
// RUN:   | %FileCheck %s --check-prefix=CONFIG-B --implicit-check-not='[clang-tidy-config]'
//
// CONFIG-A-DAG: warning: invalid configuration value 'sometimes' for option 'static-state-written-by-instance.LockTypesByShape'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid regular expression 'broken([' in option 'static-state-written-by-instance.IgnoredTypes': {{.+}}; the entry is ignored [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid regular expression '(' in option 'static-state-written-by-instance.IgnoredTypes': {{.+}}; the entry is ignored [clang-tidy-config]
// CONFIG-A-DAG: warning: option 'static-state-written-by-instance.IgnoredTypes' has no valid entry; using its default [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid type name 'std::(lock' in option 'static-state-written-by-instance.LockTypes': expected a qualified class name such as 'std::lock_guard', without template arguments; the entry is ignored [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid type name '[' in option 'static-state-written-by-instance.LockTypes': {{.+}} [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid type name '::' in option 'static-state-written-by-instance.LockTypes': {{.+}} [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid type name 'std::lock_guard<std::mutex>' in option 'static-state-written-by-instance.LockTypes': {{.+}} [clang-tidy-config]
// CONFIG-A-DAG: warning: option 'static-state-written-by-instance.LockTypes' has no valid entry; using its default [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value 'maybe' for option 'static-state-written-by-instance.IgnoreGuardedWrites'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value '' for option 'static-state-written-by-instance.IgnoreInstanceCounters'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value 'yes please' for option 'static-state-written-by-instance.IgnoreIdGenerators'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value '2x' for option 'static-state-written-by-instance.IgnoreSelfRegistration'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value 'enabled' for option 'static-state-written-by-instance.IgnorePrunedRegistries'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value '0.5' for option 'static-state-written-by-instance.IgnoreLazyInitialization'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value '-' for option 'static-state-written-by-instance.IgnoreWarnOnceLatches'; expected a bool [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value '-1' for option 'static-state-written-by-instance.MaxWriteNotes'; expected an integer [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value 'bogus' for option 'static-state-written-by-instance.FixStrategy' [clang-tidy-config]
// CONFIG-A-DAG: warning: invalid configuration value 'Constructor' for option 'static-state-written-by-instance.InitializationStyle'; did you mean 'constructor'? [clang-tidy-config]
//
// ';;' lists nothing: like '', it ignores no type, which is not an error.
// CONFIG-B-DAG: warning: invalid type name 'testing::Test<int>' in option 'static-state-written-by-instance.TestFixtureBases': {{.+}} [clang-tidy-config]
// CONFIG-B-DAG: warning: option 'static-state-written-by-instance.TestFixtureBases' has no valid entry; using its default [clang-tidy-config]
// CONFIG-B-DAG: warning: invalid type name 'lock guard' in option 'static-state-written-by-instance.LockTypes': {{.+}} [clang-tidy-config]
// CONFIG-B-DAG: warning: invalid configuration value '99999999999' for option 'static-state-written-by-instance.MaxWriteNotes'; expected an integer [clang-tidy-config]
// CONFIG-B-DAG: warning: invalid configuration value '' for option 'static-state-written-by-instance.FixStrategy' [clang-tidy-config]
// CONFIG-B-DAG: warning: invalid configuration value 'in-class' for option 'static-state-written-by-instance.InitializationStyle' [clang-tidy-config]
//
// The defaults at work: the same results with no options and with set A.
// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state %s static-state-written-by-instance %t -- --config="{CheckOptions: { \
// RUN:   static-state-written-by-instance.IgnoredTypes: 'broken([;(', \
// RUN:   static-state-written-by-instance.LockTypes: 'std::(lock;[;::;std::lock_guard<std::mutex>', \
// RUN:   static-state-written-by-instance.IgnoreGuardedWrites: maybe, \
// RUN:   static-state-written-by-instance.IgnoreInstanceCounters: '', \
// RUN:   static-state-written-by-instance.IgnoreIdGenerators: 'yes please', \
// RUN:   static-state-written-by-instance.IgnoreSelfRegistration: 2x, \
// RUN:   static-state-written-by-instance.IgnorePrunedRegistries: enabled, \
// RUN:   static-state-written-by-instance.IgnoreLazyInitialization: '0.5', \
// RUN:   static-state-written-by-instance.IgnoreWarnOnceLatches: '-', \
// RUN:   static-state-written-by-instance.MaxWriteNotes: '-1', \
// RUN:   static-state-written-by-instance.FixStrategy: bogus, \
// RUN:   static-state-written-by-instance.InitializationStyle: Constructor}}"
// Integers are booleans: 1 is the default, 0 turns every rule off.
// RUN: %check_static_state %s static-state-written-by-instance %t -- --config="{CheckOptions: { \
// RUN:   static-state-written-by-instance.IgnoreGuardedWrites: 1, static-state-written-by-instance.IgnoreInstanceCounters: 1, \
// RUN:   static-state-written-by-instance.IgnoreIdGenerators: 1, static-state-written-by-instance.IgnoreSelfRegistration: 1, \
// RUN:   static-state-written-by-instance.IgnorePrunedRegistries: 1, static-state-written-by-instance.IgnoreLazyInitialization: 1, \
// RUN:   static-state-written-by-instance.IgnoreWarnOnceLatches: 1}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- --config="{CheckOptions: { \
// RUN:   static-state-written-by-instance.IgnoreGuardedWrites: 0, static-state-written-by-instance.IgnoreInstanceCounters: 0, \
// RUN:   static-state-written-by-instance.IgnoreIdGenerators: 0, static-state-written-by-instance.IgnoreSelfRegistration: 0, \
// RUN:   static-state-written-by-instance.IgnorePrunedRegistries: 0, static-state-written-by-instance.IgnoreLazyInitialization: 0, \
// RUN:   static-state-written-by-instance.IgnoreWarnOnceLatches: 0, static-state-written-by-instance.FixStrategy: none}}"

#include <atomic>
#include <mutex>
#include <set>

// IgnoredTypes (default: atomics are shared on purpose).
class Stats {
public:
  void hit() { hits.fetch_add(1); }
private:
  static std::atomic<int> hits;
};
std::atomic<int> Stats::hits;

// LockTypes and IgnoreGuardedWrites (default: a write under std::lock_guard
// on a shared mutex is deliberate).
class Registry {
public:
  void add(int v) {
    std::lock_guard<std::mutex> lock(mu);
    values.insert(v);
  }
private:
  static std::mutex mu;
  static std::set<int> values;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:24: warning: static member 'values' is written by instance method 'add'
};
std::mutex Registry::mu;
std::set<int> Registry::values;

// IgnoreInstanceCounters.
class Widget {
public:
  Widget() { ++alive; }
  ~Widget() { --alive; }
private:
  static int alive;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'alive' is written by constructor 'Widget'
};
int Widget::alive = 0;

// IgnoreIdGenerators.
class Request {
public:
  Request() : id_(nextId++) {}
private:
  int id_;
  static int nextId;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'nextId' is written by constructor 'Request'
};
int Request::nextId = 0;

// IgnoreSelfRegistration.
class App {
public:
  App() { s_instance = this; }
  ~App() { s_instance = nullptr; }
private:
  static App *s_instance;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 's_instance' is written by constructor 'App'
};
App *App::s_instance = nullptr;

// IgnorePrunedRegistries.
class Plugin {
public:
  Plugin() { s_live.insert(this); }
  ~Plugin() { s_live.erase(this); }
private:
  static std::set<Plugin *> s_live;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static member 's_live' is written by constructor 'Plugin'
};
std::set<Plugin *> Plugin::s_live;

// IgnoreLazyInitialization and IgnoreWarnOnceLatches.
int *buildTable();
void warn();
class Codec {
public:
  int decode() {
    if (!s_table)
      s_table = buildTable();
    if (!s_warned) {
      s_warned = true;
      warn();
    }
    return *s_table;
  }
private:
  static int *s_table;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 's_table' is written by instance method 'decode'
  static bool s_warned;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 's_warned' is written by instance method 'decode'
};
int *Codec::s_table = nullptr;
bool Codec::s_warned = false;

// MaxWriteNotes (3 notes, then a summary), FixStrategy (auto: a member used by
// two methods becomes per-instance) and InitializationStyle (its initializer
// moves to a default member initializer).
class Meter {
public:
  void tick() { ++ticks; ++ticks; ++ticks; }
  void burst() { ticks += 10; ticks = 0; }
private:
  static int ticks;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'ticks' is written by instance method 'tick'; every 'Meter' object shares it
  // CHECK-NOTES: :[[@LINE-5]]:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-6]]:26: note: incremented here
  // CHECK-NOTES: :[[@LINE-7]]:35: note: incremented here
  // CHECK-NOTES: :[[@LINE-7]]:24: note: and 2 more writes of 'ticks', the next here
  // CHECK-NOTES: :[[@LINE-6]]:14: note: make 'ticks' a per-instance member
  // CHECK-MESSAGES-OFF: :[[@LINE-7]]:14: warning: static member 'ticks' is written by instance method 'tick'
};
// Constructor style would have added a constructor; invalid values keep the
// default: a default member initializer.
int Meter::ticks = 5;
// CHECK-FIXES: {{^}}  int ticks = 5;{{$}}
// CHECK-FIXES-NOT: Meter::ticks
