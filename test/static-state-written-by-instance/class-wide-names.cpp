// Statics another file uses as Class::member: a first pass over the project
// records them (RecordClassWideNamesTo: one qualified name a line, appended;
// nothing is reported in that pass), the real run reads the list
// (ClassWideNamesFile) and takes them as class-wide, as if the use were in
// view (IgnoreUsesByClassName). A static the list does not name is still
// reported; a list that cannot be read is reported by the option's name.
// RUN: rm -f %t.names
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' --header-filter='.*' \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.RecordClassWideNamesTo: '%t.names'}}" \
// RUN:   %S/Inputs/browser-panel.cpp %s -- -std=c++17 -I%S/Inputs 2>&1 | %FileCheck %s --check-prefix=FIRST
// FIRST-NOT: warning:
// RUN: %FileCheck %s --check-prefix=NAMES < %t.names
// NAMES: {{^}}Browser::labelColor{{$}}
// NAMES-NOT: {{otherColor|count}}
// RUN: %check_static_state --header %S/Inputs/browser-prefs.h --header-filter='.*browser-prefs.h' \
// RUN:   %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.ClassWideNamesFile: '%t.names', static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,ALL --header %S/Inputs/browser-prefs.h --header-filter='.*browser-prefs.h' \
// RUN:   %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.ClassWideNamesFile: '%t.missing'}}" \
// RUN:   %s -- -std=c++17 -I%S/Inputs 2>&1 | %FileCheck %s --check-prefix=MISSING
// MISSING: cannot read '{{.*}}.missing' (option 'static-state-written-by-instance.ClassWideNamesFile'): {{.*}}; no statics are taken from it
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-written-by-instance' --header-filter='.*' \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.RecordClassWideNamesTo: '%t.no-such-dir/names'}}" \
// RUN:   %S/Inputs/browser-panel.cpp -- -std=c++17 -I%S/Inputs 2>&1 | %FileCheck %s --check-prefix=UNWRITABLE
// UNWRITABLE: cannot write '{{.*}}.no-such-dir/names' (option 'static-state-written-by-instance.RecordClassWideNamesTo'): {{.*}}

#include "browser-prefs.h"

int read();

int Browser::labelColor;
int Browser::otherColor;

// Both colours are loaded by the class's own method; only the one the panel
// sets by class name is class-wide to the project.
void Browser::loadPrefs() {
  labelColor = read();
  otherColor = read();
}
// CHECK-MESSAGES-ALL: browser-prefs.h:5:14: warning: static member 'labelColor' is written by instance method 'loadPrefs'
// CHECK-MESSAGES: browser-prefs.h:6:14: warning: static member 'otherColor' is written by instance method 'loadPrefs'
