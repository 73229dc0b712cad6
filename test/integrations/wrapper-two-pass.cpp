// The wrapper runs both passes of the class-name list: --two-pass records,
// over every file of the compile database, the statics that code outside
// their class names as Class::member, then runs on the files asked for with
// that list; --record-class-names=FILE and --class-names=FILE split the two.
// The plugin gets the paths through the environment, so a project's
// .clang-tidy still applies (--config would hide it).
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/browser.cpp
// RUN: cp %S/../static-state-written-by-instance/Inputs/browser-prefs.h %S/../static-state-written-by-instance/Inputs/browser-panel.cpp %t/
// RUN: echo '[{"directory": "%t", "file": "%t/browser.cpp", "arguments": ["clang++", "-std=c++17", "-c", "browser.cpp"]}, {"directory": "%t", "file": "%t/browser-panel.cpp", "arguments": ["clang++", "-std=c++17", "-c", "browser-panel.cpp"]}]' > %t/compile_commands.json
// RUN: printf 'CheckOptions:\n  static-state-written-by-instance.MaxWriteNotes: 0\n' > %t/.clang-tidy
//
// One pass: both colours are reported from the file that writes them.
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --header-filter='.*' -p %t %t/browser.cpp 2>&1 | %FileCheck %s --check-prefix=ONE
// ONE-DAG: warning: static member 'labelColor' is written
// ONE-DAG: warning: static member 'otherColor' is written
//
// Two passes: the panel's Browser::labelColor makes it class-wide. The
// project's .clang-tidy (no write notes) still holds.
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --two-pass --header-filter='.*' -p %t %t/browser.cpp > %t/two.out 2>&1
// RUN: %FileCheck %s --check-prefixes=LIST,TWO < %t/two.out
// LIST: static-state-tidy: 1 static(s) used by class name, from 2 file(s), in
// TWO-NOT: labelColor
// TWO: warning: static member 'otherColor' is written
// TWO-NOT: note: written here
// TWO-NOT: labelColor
//
// The passes apart: a list of the whole database, then a run that reads it.
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --record-class-names=%t/names --all --header-filter='.*' -p %t 2>&1 | %FileCheck %s --check-prefix=RECORD
// RECORD: static-state-tidy: 1 static(s) used by class name, from 2 file(s), in {{.*}}names
// RECORD-NOT: warning:
// RUN: %FileCheck %s --check-prefix=NAMES < %t/names
// NAMES: {{^}}Browser::labelColor{{$}}
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --class-names=%t/names --header-filter='.*' -p %t %t/browser.cpp 2>&1 | %FileCheck %s --check-prefix=TWO
//
// Recording again starts a fresh list; fixes are never written by it.
// RUN: cp %t/browser.cpp %t/browser.before
// RUN: env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --record-class-names=%t/names --fix --header-filter='.*' -p %t %t/browser.cpp %t/browser-panel.cpp 2>&1
// RUN: cmp %t/browser.cpp %t/browser.before
// RUN: %FileCheck %s --check-prefix=NAMES < %t/names
// RUN: %FileCheck %s --check-prefix=ONCE < %t/names
// ONCE-COUNT-1: labelColor
//
// Misuse is refused by name.
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --two-pass %t/browser.cpp -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=NODB
// NODB: static-state-tidy: error: --two-pass needs -p <build dir>
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --class-names=%t/absent -p %t %t/browser.cpp 2>&1 | %FileCheck %s --check-prefix=ABSENT
// ABSENT: static-state-tidy: error: --class-names: no file {{.*}}absent
// RUN: %not env STATIC_STATE_TIDY_CLANG_TIDY=%clang_tidy %scripts/static-state-tidy --two-pass --class-names=%t/names -p %t %t/browser.cpp 2>&1 | %FileCheck %s --check-prefix=BOTH
// BOTH: static-state-tidy: error: --two-pass, --record-class-names and --class-names exclude each other

#include "browser-prefs.h"

int Browser::labelColor;
int Browser::otherColor;

void Browser::loadPrefs() {
  labelColor = 3;
  otherColor = 4;
}
