// scripts/sweep-headers tells each outcome apart and reduces a failure to the
// command that reproduces it: a stand-in clang-tidy crashes, hangs, asserts,
// reports a sanitizer error or does not parse for chosen headers of libtclap-dev.
// REQUIRES: sweep-packages
// RUN: rm -rf %t && mkdir -p %t && cp %S/Inputs/fake_clang_tidy.py %t/clang-tidy && chmod +x %t/clang-tidy
// RUN: %not %python %scripts/sweep-headers --clang-tidy-binary=%t/clang-tidy --plugin=%plugin -j2 --timeout=3 \
// RUN:   --workdir=%t/tus libtclap-dev > %t/out.txt 2>&1
// RUN: %FileCheck %s < %t/out.txt
// RUN: %FileCheck %s --check-prefix=TU < %t/tus/libtclap-dev/0000.cpp
// Without failures it exits 0; a package that is not installed is a usage error.
// RUN: %python %scripts/sweep-headers --clang-tidy-binary=%t/clang-tidy --plugin=%plugin \
// RUN:   --headers='^tclap/(ValueArg|SwitchArg)\.h$' libtclap-dev | %FileCheck %s --check-prefix=CLEAN
// RUN: %not %python %scripts/sweep-headers --clang-tidy-binary=%t/clang-tidy --plugin=%plugin \
// RUN:   no-such-package-zz 2>&1 | %FileCheck %s --check-prefix=NOPKG
// RUN: %not %python %scripts/sweep-headers --clang-tidy-binary=%t/clang-tidy --plugin=%plugin \
// RUN:   --headers='(' libtclap-dev 2>&1 | %FileCheck %s --check-prefix=BADRE

// CHECK: libtclap-dev 25 TUs, 1 do not parse alone, 4 failures
// CHECK: packages: 1
// CHECK-NEXT: TUs: 25
// CHECK-NEXT: do not parse alone: 1
// CHECK-NEXT: crashes: 1
// CHECK-NEXT: timeouts: 1
// CHECK-NEXT: assertion failures: 1
// CHECK-NEXT: sanitizer reports: 1
// CHECK-NEXT: findings static-state-written-by-instance: 0
// CHECK-NEXT: findings static-state-local-in-method: 0
// CHECK-NEXT: findings static-state-unbounded-growth: 20
// The crash needs static-state-local-in-method: the command keeps that check alone.
// CHECK-DAG: CRASH: libtclap-dev <tclap/Arg.h>
// CHECK-DAG: printf '#include <tclap/Arg.h>\n' > /tmp/sweep-tu.cpp && {{.*}}clang-tidy --load={{.*}}StaticStateTidy.so '--checks=-*,static-state-local-in-method' '--header-filter=.*' '--config={}' /tmp/sweep-tu.cpp -- -std=c++17 --no-system-header-prefix=tclap/
// CHECK-DAG: TIMEOUT: libtclap-dev <tclap/CmdLine.h>
// CHECK-DAG: ASSERTION: libtclap-dev <tclap/ArgException.h>
// CHECK-DAG: SANITIZER: libtclap-dev <tclap/Visitor.h>

// TU: #include <tclap/Arg.h>

// CLEAN: TUs: 2
// CLEAN: crashes: 0
// CLEAN: findings static-state-unbounded-growth: 2

// NOPKG: sweep-headers: error: package 'no-such-package-zz' is not installed
// BADRE: sweep-headers: error: --headers '(' is not a regular expression
