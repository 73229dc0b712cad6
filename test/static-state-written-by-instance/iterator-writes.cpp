// Writes through a mutable iterator kept in a local are writes to the
// container: `auto it = m.find(k); it->second = v;`, `*it = 0`. Reading
// through it, comparing or advancing it, or a const_iterator, is not.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <algorithm>
#include <iterator>
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

// An iterator a standard algorithm hands back (std::find, max_element,
// std::next), or one moved by + or -, still points into the container;
// found and only read, it writes nothing.
class Derived {
public:
  void found() {
    auto it = std::find(hits.begin(), hits.end(), 3);
    if (it != hits.end())
      *it = 4;
  }
  void largest() { *std::max_element(peaks.begin(), peaks.end()) = 0; }
  void second() {
    auto it = slots.begin() + 1;
    *it = 2;
  }
  void last() { *(tail.end() - 1) = 2; }
  int lookedUp() const {
    auto it = std::find(seen.begin(), seen.end(), 3);
    return it == seen.end() ? 0 : *it;
  }
private:
  static std::vector<int> hits;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'hits' is written by instance method 'found'
  static std::vector<int> peaks;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'peaks' is written by instance method 'largest'
  static std::vector<int> slots;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'slots' is written by instance method 'second'
  static std::vector<int> tail;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'tail' is written by instance method 'last'
  static std::vector<int> seen;
};

// An iterator copied (into a second local, or by value into std::next)
// still points into the container; std::begin and std::data hand back an
// iterator or a pointer to mutable elements, followed like v.begin().
class CopiedIterators {
public:
  void viaNext() { auto it = nextv.begin(); auto jt = std::next(it); *jt = 9; }
  void viaCopy() { auto it = copiedv.begin(); auto jt = it; *jt = 2; }
  void viaBegin() { auto it = std::begin(carr); *it = 1; }
  void viaIndex() { auto p = std::begin(carr2); p[2] = 1; }
  void sortAll() { std::sort(std::begin(sortedv), std::end(sortedv)); }
  int onlyRead() { auto it = std::begin(readv); return *std::next(it) + std::data(readArr)[1]; }

private:
  static std::vector<int> nextv;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'nextv' is written by instance method 'viaNext'
  static std::vector<int> copiedv;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'copiedv' is written by instance method 'viaCopy'
  static int carr[4];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'carr' is written by instance method 'viaBegin'
  static int carr2[4];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'carr2' is written by instance method 'viaIndex'
  static std::vector<int> sortedv;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'sortedv' is written by instance method 'sortAll'
  static std::vector<int> readv;
  static int readArr[4];
};
