// Compile hazard "a parenthesised initializer": the slot table is defined as
// std::vector<int>(4, -1). As a per-instance member it keeps its meaning
// (4 slots of -1) through `= std::vector<int>(4, -1)`, since a default member
// initializer cannot use parentheses. Shared, a second pool sees the first
// one's claims. Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <vector>

class SlotPool {
public:
  int claim(int owner) {
    for (int &s : slot_table)
      if (s == -1) {
        s = owner;
        return 1;
      }
    return 0;
  }
  int size() const { return static_cast<int>(slot_table.size()); }
  int freeSlots() const {
    int n = 0;
    for (int s : slot_table)
      n += s == -1;
    return n;
  }
private:
  static std::vector<int> slot_table;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'slot_table' is written by instance method 'claim'
};
std::vector<int> SlotPool::slot_table(4, -1);

int main() {
  SlotPool a, b;
  a.claim(1);
  a.claim(2);
  bool ok = a.size() == 4 && a.freeSlots() == 2 && b.freeSlots() == 4;
  return ok ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::vector<int> slot_table = std::vector<int>(4, -1);{{$}}
// CHECK-FIXES-NOT: SlotPool::slot_table
