// A table filled once behind a separate latch (re2's exhaustive tests:
// `if (init) return v; init = true; ... v.push_back(...)`) is bounded:
// the growth runs on the first call only (IgnoreLazyInitialization). A
// latch nothing sets, or one set somewhere else, bounds nothing.
// RUN: %check_static_state %s static-state-unbounded-growth %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreLazyInitialization: false}}"

#include <string>
#include <vector>

const std::vector<std::string> &interesting() {
  static bool init;
  static std::vector<std::string> v;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:35: warning: static local variable 'v' only ever grows
  if (init)
    return v;
  init = true;
  for (int i = 0; i < 4; ++i)
    v.push_back(std::string(i, 'x'));
  return v;
}

static bool frozen;
void freeze() { frozen = true; }

void record(const std::string &s) {
  static std::vector<std::string> log;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: static local variable 'log' only ever grows
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:35: warning: static local variable 'log' only ever grows
  if (frozen)
    return;
  log.push_back(s);
}
