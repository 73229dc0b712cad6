// A multi-file project fixed with run-clang-tidy -fix: the header and the
// source are edited once each (clang-apply-replacements merges what several
// translation units propose), the project builds, the bug is gone, and a
// second run changes nothing. --export-fixes carries the same edits.
//
// RUN: rm -rf %t && mkdir -p %t && cp %S/Inputs/project/* %t/
// RUN: %python %S/Inputs/make_cdb.py %t %clangxx
// RUN: %clangxx -std=c++17 %t/counter.cpp %t/main.cpp -o %t/before
// RUN: %not %t/before
//
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' --config='{}' \
// RUN:   --header-filter='.*' -p %t %t/counter.cpp --export-fixes=%t/fixes.yaml > %t/export.log 2>&1
// RUN: %FileCheck %s --check-prefix=YAML < %t/fixes.yaml
// YAML: DiagnosticName: static-state-written-by-instance
// YAML: Message: 'static member ''log'' is written by instance method ''add''; every ''Counter'' object shares it'
// YAML: FilePath: '{{.*}}counter.h'
// YAML: Replacements:
// YAML-DAG: ReplacementText: ''
//
// RUN: %run_clang_tidy -clang-tidy-binary %clang_tidy -clang-apply-replacements-binary %clang_apply_replacements \
// RUN:   -load %plugin -checks='-*,static-state-written-by-instance' -config='{}' -header-filter='.*' \
// RUN:   -p %t -fix -quiet > %t/run1.log 2>&1
// RUN: %FileCheck %s --check-prefix=HEADER < %t/counter.h
// HEADER: {{^}}  std::vector<int> log;{{$}}
// RUN: %FileCheck %s --check-prefix=SOURCE < %t/counter.cpp
// SOURCE-NOT: Counter::log
// SOURCE: void Counter::add(int v) { log.push_back(v); }
// RUN: %clangxx -std=c++17 %t/counter.cpp %t/main.cpp -o %t/after
// RUN: %t/after
//
// RUN: cp %t/counter.h %t/counter.h.once && cp %t/counter.cpp %t/counter.cpp.once
// RUN: %run_clang_tidy -clang-tidy-binary %clang_tidy -clang-apply-replacements-binary %clang_apply_replacements \
// RUN:   -load %plugin -checks='-*,static-state-written-by-instance' -config='{}' -header-filter='.*' \
// RUN:   -p %t -fix -quiet > %t/run2.log 2>&1
// RUN: diff %t/counter.h.once %t/counter.h
// RUN: diff %t/counter.cpp.once %t/counter.cpp
