// FixClassesInHeaders: false keeps a library's public headers as they are:
// no member is added to a class declared in a header, and the note says so.
// RUN: %check_static_state --header %S/Inputs/recorder_api.h --header-filter='recorder_api\.h' %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixClassesInHeaders: false}}" -- -I%S/Inputs

#include "recorder_api.h"

int Recorder::record(int v) {
  static std::vector<int> seen;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static local variable 'seen' in instance method 'record' is written there; every 'Recorder' object shares it
  // CHECK-NOTES: :{{[0-9]+}}:8: note: grown here by 'push_back'
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix: 'Recorder' is declared in a header and FixClassesInHeaders is off
  seen.push_back(v);
  return static_cast<int>(seen.size());
}

int Recorder::depth(int v) { return v + base_; }
