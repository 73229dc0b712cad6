// The harness fails when it should: an unexpected warning, a fix nobody
// expected, a fix different from the expectation, a behaviour test whose
// program does not show the bug.
// RUN: %not %check_static_state %S/Inputs/unexpected-warning.cpp static-state-written-by-instance %t.1 2>&1 | %FileCheck %s --check-prefix=WARN
// WARN: no diagnostics were expected, got:
// RUN: %not %check_static_state %S/Inputs/unexpected-fix.cpp static-state-written-by-instance %t.2 2>&1 | %FileCheck %s --check-prefix=FIX
// FIX: clang-tidy changed the file but the test has no CHECK-FIXES
// RUN: %not %check_static_state %S/Inputs/wrong-fix.cpp static-state-written-by-instance %t.3 2>&1 | %FileCheck %s --check-prefix=WRONG
// WRONG: FileCheck CHECK-FIXES failed
// RUN: %not %check_static_state --run %S/Inputs/no-bug-shown.cpp static-state-written-by-instance %t.4 2>&1 | %FileCheck %s --check-prefix=NOBUG
// NOBUG: original program exited 0: the behaviour test does not show the bug
