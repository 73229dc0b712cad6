// The class lives in a header; its method, defined here, writes the static.
// With the default (main file only) header filter nothing is shown; with the
// header allowed, the warning sits on the header's declaration.
// RUN: %check_static_state %s static-state-written-by-instance %t -- -- -I%S/Inputs
// RUN: %check_static_state --check-suffixes=HDR --header-filter='.*widget.h' %s static-state-written-by-instance %t -- -- -I%S/Inputs

#include "widget.h"

void HeaderWidget::add(int v) { values.push_back(v); }
// CHECK-MESSAGES-HDR: widget.h:8:27: warning: static member 'values' is written by instance method 'add'; every 'HeaderWidget' object shares it
