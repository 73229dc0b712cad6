// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=ONE %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.MaxWriteNotes: 1}}"

#include <vector>

class Feed {
public:
  void a() { items.push_back(1); }
  void b() { items.clear(); }
  void c() { items = {}; }
  void d() { items.emplace_back(2); }
  void e() { items.pop_back(); }
private:
  static std::vector<int> items;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method 'a'; every 'Feed' object shares it [static-state-written-by-instance]
  // CHECK-NOTES: :9:20: note: grown here by 'push_back'
  // CHECK-NOTES: :10:20: note: modified here by 'clear'
  // CHECK-NOTES: :11:20: note: assigned here
  // CHECK-NOTES: :12:20: note: and 2 more writes of 'items', the next here
  // CHECK-NOTES: :15:27: note: no automatic fix: 'items' is defined in another translation unit
  // CHECK-NOTES-ONE: :15:27: warning: static member 'items' is written by instance method 'a'
  // CHECK-NOTES-ONE: :9:20: note: grown here by 'push_back'
  // CHECK-NOTES-ONE: :10:20: note: and 4 more writes of 'items', the next here
  // CHECK-NOTES-ONE: :15:27: note: no automatic fix: 'items' is defined in another translation unit
};
