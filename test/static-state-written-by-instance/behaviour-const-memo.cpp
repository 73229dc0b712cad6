// Decision table, row "a const user that keeps a memo table": price() looks
// the key up and inserts that same key when it is missing, so the table is a
// cache of this object's answers: it becomes a mutable per-instance member,
// which keeps the caching. Shared, one pricer answers with another's prices.
// Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <map>

class Pricer {
public:
  explicit Pricer(int factor) : factor_(factor) {}
  int price(int units) const {
    auto it = cache.find(units);
    if (it != cache.end())
      return it->second;
    int p = units * factor_;
    cache[units] = p;
    return p;
  }
private:
  int factor_;
  static std::map<int, int> cache;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'cache' is written by instance method 'price'
};
std::map<int, int> Pricer::cache;

int main() {
  Pricer cheap(1), dear(10);
  bool own = cheap.price(3) == 3 && dear.price(3) == 30;
  bool caches = cheap.price(3) == 3 && dear.price(2) == 20;
  return own && caches ? 0 : 1;
}
// CHECK-FIXES: {{^}}  mutable std::map<int, int> cache;{{$}}
// CHECK-FIXES-NOT: Pricer::cache
