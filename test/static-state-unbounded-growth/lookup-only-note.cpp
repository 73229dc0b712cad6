// A map grown only by `table[key]` whose element is then only read gets a
// note that says the insertions come from the look-ups (a default element
// per missing key) and that `find` would not insert: taskwarrior's
// `Task::attributes[name]`. A map also written through `[]`, or grown by a
// cache's keyed insertion, does not get it.
// RUN: %check_static_state %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}"

#include <map>
#include <string>

static std::map<std::string, std::string> attributes;
// CHECK-NOTES: :[[@LINE-1]]:43: warning: global 'attributes' only ever grows
std::string typeOf(const std::string &name) {
  std::string type = attributes[name];
  // CHECK-NOTES: :[[@LINE-1]]:22: note: grown here by 'operator[]'
  return type;
}
bool isDate(const std::string &name) { return attributes[name] == "date"; }
// CHECK-NOTES: :[[@LINE-1]]:47: note: grown here by 'operator[]'
// After the growth notes, at the first of them:
// CHECK-NOTES: :[[@LINE-7]]:22: note: 'attributes' grows only where '[]' looks up a key and the element is only read: '[]' inserts a default element for every key it does not hold, so it is bounded only if the keys looked up are; 'find' would not insert

static std::map<int, int> hits;
// CHECK-NOTES: :[[@LINE-1]]:27: warning: global 'hits' only ever grows
int count(int k) { return hits[k]; }
// CHECK-NOTES: :[[@LINE-1]]:27: note: grown here by 'operator[]'
void hit(int k) { hits[k]++; }
// CHECK-NOTES: :[[@LINE-1]]:19: note: grown here by 'operator[]'
