// RUN: %check_static_state %s static-state-written-by-instance %t

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

void fill(std::vector<int> &out);
void setAll(int *values, int n);

struct Stats { int hits = 0; int misses = 0; };
struct Cache { void put(int) {} int get() const { return 0; } };

class Writes {
public:
  void insertion() { names.insert("x"); }
  void clearing() { list.clear(); }
  void byReferenceArg() { fill(filled); }
  void throughAlias() {
    auto &alias = aliased;
    alias.push_back(1);
  }
  void throughPointer() {
    int *p = &pointee;
    *p = 3;
  }
  void rangeForWrites() {
    for (int &v : ranged)
      v = 0;
  }
  void swapping(std::vector<int> &other) { std::swap(swapped, other); }
  void subObject() { stats.hits++; }
  void arrayElement(int i) { counts[i]++; }
  void arrayEscape() { setAll(decayed, 4); }
  void smartPointer() { cache->put(1); }
  void movedFrom() { std::vector<int> taken = std::move(moved); (void)taken; }
  void viaThis() { this->viaThisCount = 1; }
  void viaOther(Writes &o) { o.viaOtherCount += 2; }
  void qualified() { Writes::qualifiedCount--; }
  std::vector<int> &handsOut() { return handedOut; }
  void vectorElement() { elements[0] = 1; }
  void atElement() { atElems.at(0) += 1; }
  void emplaceMap() { emplaced.emplace(1, 2); }
  void assignString() { text = "new"; }
  void appendString() { appended += "x"; }

private:
  static std::set<std::string> names;
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: static member 'names' is written by instance method 'insertion'
  static std::vector<int> list;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'list' is written by instance method 'clearing'
  static std::vector<int> filled;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'filled' is written by instance method 'byReferenceArg'
  static std::vector<int> aliased;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'aliased' is written by instance method 'throughAlias'
  static int pointee;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'pointee' is written by instance method 'throughPointer'
  static std::vector<int> ranged;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'ranged' is written by instance method 'rangeForWrites'
  static std::vector<int> swapped;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'swapped' is written by instance method 'swapping'
  static Stats stats;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static member 'stats' is written by instance method 'subObject'
  static int counts[8];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'counts' is written by instance method 'arrayElement'
  static int decayed[4];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'decayed' is written by instance method 'arrayEscape'
  static std::unique_ptr<Cache> cache;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: static member 'cache' is written by instance method 'smartPointer'
  static std::vector<int> moved;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'moved' is written by instance method 'movedFrom'
  static int viaThisCount;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'viaThisCount' is written by instance method 'viaThis'
  static int viaOtherCount;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'viaOtherCount' is written by instance method 'viaOther'
  static int qualifiedCount;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'qualifiedCount' is written by instance method 'qualified'
  static std::vector<int> handedOut;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'handedOut' is written by instance method 'handsOut'
  static std::vector<int> elements;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'elements' is written by instance method 'vectorElement'
  static std::vector<int> atElems;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'atElems' is written by instance method 'atElement'
  static std::map<int, int> emplaced;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'emplaced' is written by instance method 'emplaceMap'
  static std::string text;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'text' is written by instance method 'assignString'
  static std::string appended;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'appended' is written by instance method 'appendString'
};
