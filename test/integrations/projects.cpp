// Whole projects: run-clang-tidy over a compilation database (a generated
// project whose database names files relative to its build directory), with
// the plugin given by -load, or with static-state-tidy as the clang-tidy
// binary. Every translation unit's finding is reported, the header's too, and
// the merged --export-fixes YAML becomes one SARIF log that names the header's
// finding once.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_project.py %t/p %clangxx a b c
//
// RUN: %run_clang_tidy -clang-tidy-binary %clang_tidy -load %plugin -checks='-*,static-state-*' \
// RUN:   -config='{}' -header-filter='include/.*' -p %t/p/build -j 1 -quiet \
// RUN:   -export-fixes %t/all.yaml > %t/run.log 2>&1
// RUN: grep -o "^[^ ]*: warning: .*\]" %t/run.log | sed 's#^\.\./##' | sort -u | %FileCheck %s --check-prefix=ALL
// ALL: include/registry.h:7:34: warning: static member 'items' is written by instance method 'add'; every 'Registry' object shares it [static-state-written-by-instance]
// ALL-NEXT: include/registry.h:7:34: warning: static member 'items' only ever grows: {{.*}} [static-state-unbounded-growth]
// ALL-NEXT: src/a.cpp:2:62: warning: static member 'n' is written by instance method 'f'; every 'C_a' object shares it [static-state-written-by-instance]
// ALL-NEXT: src/b.cpp:2:62: warning: static member 'n' is written by instance method 'f'; every 'C_b' object shares it [static-state-written-by-instance]
// ALL-NEXT: src/c.cpp:2:62: warning: static member 'n' is written by instance method 'f'; every 'C_c' object shares it [static-state-written-by-instance]
// ALL-NOT: warning:
//
// The header's findings come from all four translation units, once each in SARIF
// (paths in the YAML are relative to the build directory):
// RUN: %scripts/static-state-sarif --base-dir %t/p %t/all.yaml -o %t/all.sarif
// RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]['results']; print(len(r)); [print(x['locations'][0]['physicalLocation']['artifactLocation']['uri']) for x in r]" %t/all.sarif \
// RUN:   | sort | %FileCheck %s --check-prefix=SARIF
// SARIF: 5
// SARIF-NEXT: include/registry.h
// SARIF-NEXT: include/registry.h
// SARIF-NEXT: src/a.cpp
// SARIF-NEXT: src/b.cpp
// SARIF-NEXT: src/c.cpp
//
// run-clang-tidy driving the wrapper instead (it adds the plugin and checks):
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %run_clang_tidy -clang-tidy-binary %scripts/static-state-tidy \
// RUN:   -config='{}' -p %t/p/build -j 1 -quiet > %t/wrapped.log 2>&1
// RUN: grep -o "^[^ ]*: warning: .*\]" %t/wrapped.log | sed 's#^\.\./##' | sort -u | %FileCheck %s --check-prefix=WRAPPED
// WRAPPED: src/a.cpp:2:62: warning: static member 'n'
// WRAPPED-NEXT: src/b.cpp:2:62: warning: static member 'n'
// WRAPPED-NEXT: src/c.cpp:2:62: warning: static member 'n'
// WRAPPED-NOT: warning:
