// A static local of a member function defined in a header is fixed by
// every file that includes the header, and clang-apply-replacements merges
// those copies only when they name the header alike: bullet3's
// btSoftBodyInternals.h, included under three spellings, got the new member
// three times. A file that names such a header otherwise than by its real
// path (through `..`, `./` or a symbolic link) proposes no edit to it. A member function defined in the main file
// is fixed by this file alone: any spelling of its class's header will do.
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-local-in-method' --header-filter='.*(inline-counter|recorder)\.h' \
// RUN:   %s -- -std=c++17 -I%S/Inputs -DVIA_DOTDOT 2>&1 | %FileCheck %s --check-prefix=DOTDOT
// DOTDOT-DAG: inline-counter.h:7:16: warning: static local variable 'calls' in instance method 'next'
// DOTDOT-DAG: inline-counter.h:7:16: note: no automatic fix: 'inline-counter.h', which this file reaches as '{{.*}}chain/../inline-counter.h', not by its real path, is edited by every file that includes it: copies of the fix from files that name it otherwise would not be merged
// DOTDOT-DAG: header-path-spelling.cpp:{{[0-9]+}}:14: warning: static local variable 'last' in instance method 'record'
// DOTDOT-DAG: header-path-spelling.cpp:{{[0-9]+}}:14: note: make 'last' a per-instance member of 'Recorder'
// RUN: %clang_tidy --load=%plugin --checks='-*,static-state-local-in-method' --header-filter='.*inline-counter\.h' \
// RUN:   %s -- -std=c++17 -I%S/Inputs 2>&1 | %FileCheck %s --check-prefix=DIRECT
// DIRECT: inline-counter.h:7:16: note: make 'calls' a per-instance member of 'InlineCounter'

#ifdef VIA_DOTDOT
#include "chain/../inline-counter.h"
#include "chain/../recorder.h"
#else
#include "inline-counter.h"
#include "recorder.h"
#endif

int Recorder::record(int v) {
  static int last;
  last = v + last;
  return last;
}
