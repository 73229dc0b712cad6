// Writes through a mutable iterator kept in a local are writes to the
// container: `auto it = m.find(k); it->second = v;`, `*it = 0`. Reading
// through it, comparing or advancing it, or a const_iterator, is not.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <list>
#include <map>
#include <string>
#include <vector>

class Index {
public:
  void update(int k, int v) {
    auto it = byId.find(k);
    if (it != byId.end())
      it->second = v;
  }
  void zeroFirst() {
    auto it = values.begin();
    if (it != values.end())
      *it = 0;
  }
  void rename() {
    std::list<std::string>::iterator it = names.begin();
    it->append("!");
  }
  int lookup(int k) {
    auto it = lookups.find(k);
    return it == lookups.end() ? -1 : it->second;
  }
  int sum() {
    int s = 0;
    for (auto it = totals.begin(); it != totals.end(); ++it)
      s += *it;
    return s;
  }
  int first() {
    std::vector<int>::const_iterator it = consts.cbegin();
    return *it;
  }

private:
  static std::map<int, int> byId;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'byId' is written by instance method 'update'
  static std::vector<int> values;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'values' is written by instance method 'zeroFirst'
  static std::list<std::string> names;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: static member 'names' is written by instance method 'rename'
  static std::map<int, int> lookups;
  static std::vector<int> totals;
  static std::vector<int> consts;
};
