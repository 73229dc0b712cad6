// A table filled once behind a separate latch (re2's exhaustive tests:
// `if (init) return v; init = true; ... v.push_back(...)`) is bounded:
// the growth runs on the first call only (IgnoreLazyInitialization). The
// latch may also be set after the growth, if nothing between can leave the
// block first. A latch nothing sets, one set somewhere else, or one a
// return can skip after the growth bounds nothing.
// RUN: %check_static_state %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.IgnoreLazyInitialization: false}}"

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

const std::vector<int> &squares() {
  static bool done;
  static std::vector<int> v;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static local variable 'v' only ever grows
  if (done)
    return v;
  for (int i = 0; i < 4; ++i)
    v.push_back(i * i);
  done = true;
  return v;
}

void collect(int x, bool skip) {
  static bool seen;
  static std::vector<int> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static local variable 'items' only ever grows
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:27: warning: static local variable 'items' only ever grows
  if (seen)
    return;
  items.push_back(x);
  if (skip)
    return; // the latch stays unset: the next call grows it again
  seen = true;
}

void gather(const std::vector<int> &xs) {
  static bool filled;
  static std::vector<int> all;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static local variable 'all' only ever grows
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:27: warning: static local variable 'all' only ever grows
  if (filled)
    return;
  for (int x : xs) {
    if (x < 0)
      return; // leaves from inside the growing statement, latch unset
    all.push_back(x);
  }
  filled = true;
}
