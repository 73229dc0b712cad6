// Invalid option values are reported by name, the clang-tidy way, and the
// check keeps working with its defaults.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' %s \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreGuardedWrites: maybe, static-state-written-by-instance.MaxWriteNotes: many, static-state-written-by-instance.IgnoredTypes: 'std::atomic.*;broken(['}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s

// CHECK-DAG: warning: invalid configuration value 'maybe' for option 'static-state-written-by-instance.IgnoreGuardedWrites'; expected a bool [clang-tidy-config]
// CHECK-DAG: warning: invalid configuration value 'many' for option 'static-state-written-by-instance.MaxWriteNotes'; expected an integer [clang-tidy-config]
// CHECK-DAG: warning: invalid regular expression 'broken([' in option 'static-state-written-by-instance.IgnoredTypes': {{.+}} [clang-tidy-config]
// CHECK-DAG: options-invalid.cpp:[[@LINE+4]]:14: warning: static member 'n' is written by instance method 'f'

class C {
  void f() { ++n; }
  static int n;
};
