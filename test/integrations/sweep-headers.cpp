// The header sweep's CI subset: one TU per header of small Debian -dev
// packages, their headers as user code, all three checks. Any crash, timeout,
// assertion failure or sanitizer report (in the ASan+UBSan suite) fails it.
// REQUIRES: sweep-packages
// RUN: %python %scripts/sweep-headers --clang-tidy-binary=%clang_tidy --plugin=%plugin -j2 --timeout=600 \
// RUN:   --list %sweep_packages > %t.out 2>&1 || { cat %t.out; exit 1; }
// RUN: %FileCheck %s < %t.out

// CHECK: packages: 5
// CHECK-NEXT: TUs: {{[1-9][0-9]+}}
// CHECK-NEXT: do not parse alone: {{[0-9]+}}
// CHECK-NEXT: crashes: 0
// CHECK-NEXT: timeouts: 0
// CHECK-NEXT: assertion failures: 0
// CHECK-NEXT: sanitizer reports: 0
// tclap's static locals in member functions are found, as a new user would see them.
// CHECK: finding: /usr/include/tclap/ArgException.h:{{[0-9]+:[0-9]+}} [static-state-local-in-method]
