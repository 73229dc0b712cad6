// The module registers its checks under the static-state- prefix.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-*' --list-checks 2>&1 | %FileCheck %s
// CHECK: Enabled checks:
// CHECK: static-state-written-by-instance
