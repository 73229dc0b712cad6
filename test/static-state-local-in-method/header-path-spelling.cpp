// A header reached through `..` (or a symbolic link) is named differently
// in other files of the project, and clang-apply-replacements merges the
// same edit from several translation units only when they name the file
// alike: bullet3's btSoftBodyInternals.h, included under three spellings,
// got the new member three times. Such a header gets no edit from this
// file; its class stays as it is.
// RUN: %check_static_state --header-filter='recorder\.h' %s static-state-local-in-method %t -- -- -I%S/Inputs

#include "chain/../recorder.h"

int Recorder::record(int v) {
  static int last;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static local variable 'last' in instance method 'record'
  // CHECK-NOTES: :[[@LINE+2]]:8: note: assigned here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: 'Recorder' is declared in 'recorder.h', which this file reaches as '{{.*}}chain/../recorder.h', not by its real path: copies of the fix from files that name it otherwise would not be merged
  last = v + last;
  return last;
}
