// A map with unique keys that instance code only looks up with `[]`, the
// element only read (taskwarrior's `Task::attributes[name] == "date"`, a
// table some start-up code fills): `[]` inserts at most an empty element for
// a missing key, the same whichever object asks, and no object's value goes
// in (IgnoreLookupTables). An element written, bound to a mutable
// reference or stepped, a look-up next to an insertion, and a container
// with repeated keys: reported.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreLookupTables: false, static-state-written-by-instance.FixStrategy: none}}"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

class Task {
public:
  bool isDate(const std::string &name) const {
    return attributes[name] == "date";
  }
  std::size_t width(const std::string &name) const {
    const std::string &type = attributes[name];
    return type.size() + widths[name];
  }
  static void define(const std::string &name, const std::string &type) {
    attributes[name] = type;
  }

  static std::map<std::string, std::string> attributes;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:45: warning: static member 'attributes' is written by instance method 'isDate'
  static std::unordered_map<std::string, int> widths;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:47: warning: static member 'widths' is written by instance method 'width'
};
std::map<std::string, std::string> Task::attributes;
std::unordered_map<std::string, int> Task::widths;

class Near {
public:
  void rename(const std::string &name) { labels[name] = name_; }
  std::string &label(int k) { return names[k]; }
  void count(int k) { ++hits[k]; }
  void append(int k, int v) { lists[k].push_back(v); }
  // The literal key's temporary wraps the look-up in ExprWithCleanups: the
  // writes through the reference still count (the README's example).
  void collect(const std::string &s) {
    std::vector<std::string> &items = groups["items"];
    items.push_back(s);
  }
  int lookUpAndAdd(int k) {
    int v = known[k];
    known.emplace(k + 1, v);
    return v;
  }

private:
  std::string name_;
  static std::map<std::string, std::string> labels;
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: static member 'labels' is written by instance method 'rename'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:45: warning: static member 'labels' is written by instance method 'rename'
  static std::map<int, std::string> names;
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: static member 'names' is written by instance method 'label'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:37: warning: static member 'names' is written by instance method 'label'
  static std::map<int, int> hits;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'hits' is written by instance method 'count'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:29: warning: static member 'hits' is written by instance method 'count'
  static std::map<int, std::vector<int>> lists;
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: static member 'lists' is written by instance method 'append'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:42: warning: static member 'lists' is written by instance method 'append'
  static std::map<int, int> known;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'known' is written by instance method 'lookUpAndAdd'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:29: warning: static member 'known' is written by instance method 'lookUpAndAdd'
  static std::map<std::string, std::vector<std::string>> groups;
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: static member 'groups' is written by instance method 'collect'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:58: warning: static member 'groups' is written by instance method 'collect'
};
std::map<std::string, std::string> Near::labels;
std::map<int, std::string> Near::names;
std::map<int, int> Near::hits;
std::map<int, std::vector<int>> Near::lists;
std::map<int, int> Near::known;
std::map<std::string, std::vector<std::string>> Near::groups;
