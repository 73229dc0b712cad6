// The module registers its three checks under the static-state- prefix.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-*' --list-checks 2>&1 | %FileCheck %s
// CHECK: Enabled checks:
// CHECK-DAG: static-state-local-in-method
// CHECK-DAG: static-state-unbounded-growth
// CHECK-DAG: static-state-written-by-instance
