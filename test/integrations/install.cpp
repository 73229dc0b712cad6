// cmake --install puts the plugin at <prefix>/lib/static-state-tidy/llvm-N/ and
// the commands in <prefix>/bin; the installed command finds that plugin, flags
// the bundled example, and the installed SARIF exporter takes its rule help
// from the installed docs.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cmake --install %builddir --prefix %t/inst > %t/install.log 2>&1
// RUN: test -f %t/inst/lib/static-state-tidy/llvm-%llvm_major/StaticStateTidy.so
// RUN: test -x %t/inst/bin/static-state-tidy && test -x %t/inst/bin/static-state-tidy-diff && test -x %t/inst/bin/static-state-sarif
// RUN: env -u STATIC_STATE_TIDY_CLANG_TIDY %t/inst/bin/static-state-tidy --clang-tidy-binary=%clang_tidy --which | %FileCheck %s --check-prefix=WHICH -DPREFIX=%t/inst -DMAJOR=%llvm_major
// WHICH: plugin: [[PREFIX]]/lib/static-state-tidy/llvm-[[MAJOR]]/StaticStateTidy.so
// RUN: cp %S/../../examples/api_wrapper.cpp %t/ && cd %t && env -u STATIC_STATE_TIDY_CLANG_TIDY %t/inst/bin/static-state-tidy --clang-tidy-binary=%clang_tidy \
// RUN:   --config='{}' api_wrapper.cpp --export-fixes=%t/fixes.yaml -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=FLAGS
// FLAGS: api_wrapper.cpp:38:58: warning: static member 'data' is written by instance method 'fetch'; every 'APIWrapper' object shares it [static-state-written-by-instance]
// RUN: %t/inst/bin/static-state-sarif %t/fixes.yaml | %FileCheck %s --check-prefix=HELP -DPREFIX=%t/inst
// HELP: "id": "static-state-unbounded-growth"
// HELP: "id": "static-state-written-by-instance"
// HELP-NEXT: "name": "StaticStateWrittenByInstance"
// HELP: "help": {
// HELP-NEXT: "text": "Finds mutable ``static`` data members
// HELP: "informationUri": "file://[[PREFIX]]/share/doc/static-state-tidy/README.md"
