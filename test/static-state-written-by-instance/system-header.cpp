// Classes from system headers are skipped before any analysis, even with
// every header allowed.
// RUN: %check_static_state --header-filter='.*' %s static-state-written-by-instance %t -- -- -isystem %S/Inputs/system

#include <legacy.h>

void use() {
  SystemWidget w;
  w.add(1);
  SystemWidget::values.push_back(2);
}
