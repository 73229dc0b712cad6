// A static local map that the method only looks up with `[]`, the element
// only read: a table its initializer fills, shared on purpose
// (IgnoreLookupTables, as static-state-written-by-instance defines it). An
// element written or grown in place is reported.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreLookupTables: false, static-state-local-in-method.FixStrategy: none}}"

#include <map>
#include <string>

class Names {
public:
  std::string name(int k) const {
    static std::map<int, std::string> names = {{1, "one"}, {2, "two"}};
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:39: warning: static local variable 'names' in instance method 'name' is written there
    return names[k];
  }
  std::size_t seen(int k) {
    static std::map<int, std::string> marks;
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: static local variable 'marks' in instance method 'seen' is written there
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:39: warning: static local variable 'marks' in instance method 'seen' is written there
    marks[k] += "x";
    return marks[k].size();
  }
};
