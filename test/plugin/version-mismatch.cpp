// A plugin built for another clang-tidy major stops with an error that names
// both versions, instead of silently reporting nothing.
// REQUIRES: other-plugin
// RUN: %not %clang_tidy --load=%other_plugin --checks='-*,static-state-*' %s -- -std=c++17 2>&1 | %FileCheck %s -DHOST=%llvm_major -DBUILT=%other_major
// CHECK: error: the static-state-tidy plugin was built for clang-tidy [[BUILT]] but is loaded into clang-tidy [[HOST]] ({{.*}}version [[HOST]].{{.*}}); load the plugin built against LLVM [[HOST]]
// CHECK-NOT: warning:

class C { void f() { ++n; } static int n; };
