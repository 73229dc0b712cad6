// A table filled where it is declared and only looked up with `[]` (FLTK's
// `static std::map<int, const char *> fl_eventnames = {{FL_PUSH, "FL_PUSH"},
// ...}; printf("%s", fl_eventnames[e]);`) grows only by keys it was not
// filled with: not reported (IgnoreLookupTables). An element written
// through `[]`, a table declared empty, or one also grown another way is
// still reported.
// RUN: %check_static_state %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.IgnoreLookupTables: false}}"

#include <cstdio>
#include <map>
#include <string>

static std::map<int, const char *> eventNames = {
    {1, "PUSH"}, {2, "RELEASE"}, {3, "ENTER"}};
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:36: warning: global 'eventNames' only ever grows

void logEvent(int e) { std::printf("event %s\n", eventNames[e]); }
const char *nameOf(int e) { return eventNames[e]; }

static std::map<int, int> hits = {{0, 0}};
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: global 'hits' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:27: warning: global 'hits' only ever grows
void hit(int k) { hits[k]++; }

static std::map<int, std::string> cache;
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: global 'cache' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:35: warning: global 'cache' only ever grows
std::string lookup(int k) { return cache[k]; }

static std::map<int, std::string> labels = {{1, "one"}};
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: global 'labels' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:35: warning: global 'labels' only ever grows
std::string label(int k) { return labels[k]; }
void learn(int k, const std::string &s) { labels.emplace(k, s); }

// The literal key's temporary wraps the look-up in ExprWithCleanups; the
// element still grows through the reference.
static std::map<std::string, std::string> logs = {{"main", ""}};
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: global 'logs' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:43: warning: global 'logs' only ever grows
void note(const std::string &s) {
  std::string &log = logs["main"];
  log += s;
}
