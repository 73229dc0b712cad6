// Every kind of write the shared mutation analysis knows makes a static local
// reported; reads, copies and handing out a const view do not.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"

#include <map>
#include <utility>
#include <vector>

void fill(std::vector<int> &);
void look(const std::vector<int> &);

class Writer {
public:
  void byReference() {
    static std::vector<int> a;
    // CHECK-NOTES: :[[@LINE-1]]:29: warning: static local variable 'a' in instance method 'byReference' is written there; every 'Writer' object shares it
    // CHECK-NOTES: :[[@LINE+1]]:5: note: passed by non-const reference to 'fill' here, whose body is not in this translation unit: it may only read it{{$}}
    fill(a);
  }
  void rangeFor() {
    static int slots[3];
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'slots' in instance method 'rangeFor'
    // CHECK-NOTES: :[[@LINE+1]]:26: note: written here through 's'
    for (int &s : slots) s = 1;
  }
  void throughAlias() {
    static std::map<int, int> table;
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: static local variable 'table' in instance method 'throughAlias'
    auto &alias = table;
    // CHECK-NOTES: :[[@LINE+1]]:5: note: written here through 'alias'
    alias[1] = 2;
  }
  void swapped(std::vector<int> &other) {
    static std::vector<int> mine;
    // CHECK-NOTES: :[[@LINE-1]]:29: warning: static local variable 'mine' in instance method 'swapped'
    // CHECK-NOTES: :[[@LINE+1]]:5: note: passed by non-const reference to 'swap' here{{$}}
    std::swap(mine, other);
  }
  std::vector<int> *handOutPointer() {
    static std::vector<int> pool;
    // CHECK-NOTES: :[[@LINE-1]]:29: warning: static local variable 'pool' in instance method 'handOutPointer'
    // CHECK-NOTES: :[[@LINE+1]]:5: note: handed out here by non-const reference or pointer: whoever holds it may write it, which this translation unit does not show{{$}}
    return &pool;
  }
  int &handOutReference() {
    static int spare;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'spare' in instance method 'handOutReference'
    // CHECK-NOTES: :[[@LINE+1]]:5: note: handed out here by non-const reference or pointer: whoever holds it may write it, which this translation unit does not show{{$}}
    return spare;
  }
  std::vector<int> takeAll() {
    static std::vector<int> pending;
    // CHECK-NOTES: :[[@LINE-1]]:29: warning: static local variable 'pending' in instance method 'takeAll'
    // CHECK-NOTES: :[[@LINE+1]]:12: note: moved from here
    return std::move(pending);
  }
  void member() {
    struct Stats { int hits; };
    static Stats stats;
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: static local variable 'stats' in instance method 'member'
    // CHECK-NOTES: :[[@LINE+1]]:15: note: incremented here (a part of it)
    stats.hits++;
  }
  int severalWrites(int v) {
    static int last;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'last' in instance method 'severalWrites'
    // CHECK-NOTES: :[[@LINE+1]]:10: note: assigned here
    last = v;
    // CHECK-NOTES: :[[@LINE+1]]:10: note: assigned here
    last += v;
    // CHECK-NOTES: :[[@LINE+1]]:5: note: incremented here
    ++last;
    // CHECK-NOTES: :[[@LINE+1]]:5: note: and 2 more writes of 'last', the next here
    --last;
    last *= 2;
    return last;
  }

  // Reads: none of these is reported.
  void byConstReference() {
    static std::vector<int> shown{1, 2};
    look(shown);
  }
  const std::vector<int> &constView() {
    static std::vector<int> defaults{1, 2, 3};
    return defaults;
  }
  std::size_t copied() {
    static std::vector<int> seed{1, 2};
    std::vector<int> copy = seed;
    copy.push_back(3);
    return copy.size() + seed.size();
  }
  int lookedUp(int k) {
    static std::map<int, int> known{{1, 1}};
    auto it = known.find(k);
    return it == known.end() ? 0 : it->second;
  }
  void referenceLocal() {
    static int &counter = *new int(0); // a reference: the object is elsewhere
    counter = 1;
  }
};
