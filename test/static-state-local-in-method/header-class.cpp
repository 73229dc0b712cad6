// Reach: a class declared in one of the project's own headers (admitted by
// the header filter) gets the member: the header and the source are edited
// together, and a note says the class's layout changes. A type the header
// does not include cannot move there; FixClassesInHeaders: false turns the
// header edits off (header-class-off.cpp).
// RUN: %check_static_state --header %S/Inputs/recorder.h --header-filter='recorder\.h' %s static-state-local-in-method %t -- -- -I%S/Inputs

#include "recorder.h"
#include <map>

int Recorder::record(int v) {
  static std::vector<int> seen;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static local variable 'seen' in instance method 'record' is written there; every 'Recorder' object shares it
  // CHECK-NOTES: :{{[0-9]+}}:8: note: grown here by 'push_back'
  // CHECK-NOTES: :[[@LINE-3]]:27: note: make 'seen' a per-instance member of 'Recorder'
  // CHECK-NOTES: :[[@LINE-4]]:27: note: this changes the layout of 'Recorder', declared in 'recorder.h': rebuild every file that includes it (and do not apply it to a library's public headers)
  // CHECK-NOTES: :[[@LINE-5]]:27: note: alternatively, make 'seen' a plain local variable (drop 'static') (as a local, every call of 'record' starts from empty: the value no longer carries over between calls)
  seen.push_back(v);
  return static_cast<int>(seen.size());
}

int Recorder::depth(int v) {
  static std::map<int, int> levels;
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: static local variable 'levels' in instance method 'depth' is written there; every 'Recorder' object shares it
  // CHECK-NOTES: :{{[0-9]+}}:12: note: grown here by 'operator[]'
  // CHECK-NOTES: :[[@LINE-3]]:29: note: no automatic fix: 'levels' cannot move into the header: 'std::map' is declared in a file 'recorder.h' does not include
  return ++levels[v];
}
// CHECK-FIXES: {{^}}int Recorder::record(int v) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}

