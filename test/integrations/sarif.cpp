// SARIF 2.1.0 for code scanning: static-state-sarif turns --export-fixes YAML
// into a log with rules (help text from docs/checks), locations, related
// locations for the notes, and fixes; Microsoft's SARIF validator accepts it
// (and rejects a broken copy, so this test can fail).
// REQUIRES: sarif-validator
// RUN: rm -rf %t && mkdir -p %t && cp %S/../../examples/api_wrapper.cpp %t/
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --config='{}' %t/api_wrapper.cpp --export-fixes=%t/fixes.yaml -- -std=c++17 > /dev/null 2>&1
// RUN: %scripts/static-state-sarif --base-dir %t %t/fixes.yaml -o %t/out.sarif
// RUN: %FileCheck %s --check-prefix=LOG < %t/out.sarif
// LOG: "version": "2.1.0"
// LOG: "id": "static-state-written-by-instance"
// LOG: "fullDescription": {
// LOG-NEXT: "text": "Finds mutable ``static`` data members
// LOG: "ruleId": "static-state-written-by-instance"
// LOG: "uri": "api_wrapper.cpp"
// LOG: "startLine": 35
// LOG: "relatedLocations"
// LOG: "fixes"
// LOG: "deletedRegion"
// RUN: cd %t && %sarif_multitool validate %t/out.sarif --output %t/valid.sarif --log ForceOverwrite > %t/validate.log 2>&1
// RUN: %python %S/Inputs/sarif_errors.py %t/valid.sarif | %FileCheck %s --check-prefix=VALID
// VALID: problems: 0
// RUN: %python %S/Inputs/break_sarif.py %t/out.sarif %t/broken.sarif
// RUN: cd %t && %sarif_multitool validate %t/broken.sarif --output %t/invalid.sarif --log ForceOverwrite > %t/validate2.log 2>&1
// RUN: %python %S/Inputs/sarif_errors.py %t/invalid.sarif | %FileCheck %s --check-prefix=INVALID
// INVALID: error JSON1002
// INVALID: problems: {{[1-9]}}
