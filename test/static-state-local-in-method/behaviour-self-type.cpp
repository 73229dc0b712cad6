// Compile hazard "a member of the class's own type": a JSON-like value hands
// out a static fallback of its own type by reference. A class cannot hold an
// object of its own type, and a local would dangle, so there is no fix, and
// the note says why; the program behaves the same after --fix (untouched).
// RUN: %check_static_state --run-same %s static-state-local-in-method %t

#include <map>
#include <string>

class value {
public:
  explicit value(int n = 0) : number(n) {}
  value &operator[](const std::string &key) {
    auto it = members.find(key);
    if (it != members.end())
      return it->second;
    static value s_null;
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: static local variable 's_null' in instance method 'operator[]' is written there; every 'value' object shares it
    // CHECK-NOTES: :[[@LINE+3]]:12: note: assigned here
    // CHECK-NOTES: :[[@LINE+3]]:5: note: handed out here by non-const reference or pointer
    // CHECK-NOTES: :[[@LINE-4]]:18: note: no automatic fix: 's_null': its type 'value' holds 'value' itself: a class cannot contain an object of its own type
    s_null = value();
    return s_null;
  }
  int number = 0;
  std::map<std::string, value> members;
};

int main() {
  value v;
  v["missing"].number = 3;
  return v["other"].number == 0 ? 0 : 1;
}
