// SARIF 2.1.0 for code scanning: static-state-sarif turns --export-fixes YAML
// (or plain clang-tidy output) into a log with rules (help text from
// docs/checks), locations with line and UTF-16 column, related locations for
// the notes, and fixes; Microsoft's SARIF validator accepts it (and rejects a
// broken copy, so this test can fail).
// REQUIRES: sarif-validator
// RUN: rm -rf %t && mkdir -p %t && cp %S/../../examples/api_wrapper.cpp %S/Inputs/utf8_column.cpp %t/
// RUN: cd %t && env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --config='{}' api_wrapper.cpp utf8_column.cpp \
// RUN:   --export-fixes=%t/fixes.yaml -- -std=c++17 > %t/tidy.log 2>&1
// RUN: %scripts/static-state-sarif --base-dir %t %t/fixes.yaml -o %t/out.sarif
// RUN: %FileCheck %s --check-prefix=LOG < %t/out.sarif
// LOG: "version": "2.1.0"
// LOG: "id": "static-state-written-by-instance"
// LOG: "fullDescription": {
// LOG-NEXT: "text": "Finds mutable ``static`` data members
// LOG: "ruleId": "static-state-written-by-instance"
// LOG: "relatedLocations"
// LOG: "fixes"
// LOG: "deletedRegion"
// RUN: %python %S/Inputs/sarif_summary.py %t/out.sarif | %FileCheck %s --check-prefix=YAML
// The UTF-8 file's finding is at byte column 84, UTF-16 column 82 ("größe" before it).
// Sorted by place, then check name:
// YAML: result static-state-unbounded-growth SRCROOT:api_wrapper.cpp 38:58 related=1 fixes=-
// YAML-NEXT: result static-state-written-by-instance SRCROOT:api_wrapper.cpp 38:58 related=2 fixes={{[0-9]+\+[0-9]+}}
// YAML-NEXT: result static-state-written-by-instance SRCROOT:api_wrapper.cpp 39:22 related=4 fixes={{[0-9]+\+[0-9]+}}
// YAML-NEXT: result static-state-written-by-instance SRCROOT:api_wrapper.cpp 40:14 related=3 fixes={{[0-9]+\+[0-9]+}}
// YAML-NEXT: result static-state-written-by-instance SRCROOT:utf8_column.cpp 2:82 related=3
// YAML-NEXT: rule static-state-unbounded-growth: Finds containers with static storage
// YAML-NEXT: rule static-state-written-by-instance: Finds mutable ``static`` data members
//
// The same findings from clang-tidy's text output (no fixes there):
// RUN: %scripts/static-state-sarif --base-dir %t --build-dir %t %t/tidy.log -o %t/text.sarif
// RUN: %python %S/Inputs/sarif_summary.py %t/text.sarif | %FileCheck %s --check-prefix=TEXT
// TEXT: result static-state-unbounded-growth SRCROOT:api_wrapper.cpp 38:58 related=1 fixes=-
// TEXT-NEXT: result static-state-written-by-instance SRCROOT:api_wrapper.cpp 38:58 related=2 fixes=-
// TEXT-NEXT: result static-state-written-by-instance SRCROOT:api_wrapper.cpp 39:22 related=4 fixes=-
// TEXT-NEXT: result static-state-written-by-instance SRCROOT:api_wrapper.cpp 40:14 related=3 fixes=-
// TEXT-NEXT: result static-state-written-by-instance SRCROOT:utf8_column.cpp 2:82 related=3 fixes=-
//
// RUN: cd %t && %sarif_multitool validate %t/out.sarif --output %t/valid.sarif --log ForceOverwrite > %t/validate.log 2>&1
// RUN: %python %S/Inputs/sarif_errors.py %t/valid.sarif | %FileCheck %s --check-prefix=VALID
// RUN: cd %t && %sarif_multitool validate %t/text.sarif --output %t/valid-text.sarif --log ForceOverwrite > %t/validate-text.log 2>&1
// RUN: %python %S/Inputs/sarif_errors.py %t/valid-text.sarif | %FileCheck %s --check-prefix=VALID
// VALID: problems: 0
// RUN: %python %S/Inputs/break_sarif.py %t/out.sarif %t/broken.sarif
// RUN: cd %t && %sarif_multitool validate %t/broken.sarif --output %t/invalid.sarif --log ForceOverwrite > %t/validate2.log 2>&1
// RUN: %python %S/Inputs/sarif_errors.py %t/invalid.sarif | %FileCheck %s --check-prefix=INVALID
// INVALID: error JSON1002
// INVALID: problems: {{[1-9]}}
