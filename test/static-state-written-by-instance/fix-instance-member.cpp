// RUN: %check_static_state %s static-state-written-by-instance %t

#include <string>
#include <vector>

struct Stats { int hits; int misses; };

class Feed {
public:
  void add(int v) { items.push_back(v); ++count; total += v; counts[v % 4]++; stats.hits++; label += "x"; }
  void reset() { items.clear(); count = 0; total = 0; counts[0] = 0; stats = {}; label.clear(); }
  void tick() { ++ticks; ++tl; flags |= 1; }
  int get() const { return ticks + tl + static_cast<int>(flags); }
  void stamp() { ++ticks; ++tl; flags |= 2; }

private:
  static std::vector<int> items; // the feed's items
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method 'add'
  static int count;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'count' is written by instance method 'add'
  static double total;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static member 'total' is written by instance method 'add'
  static int counts[4];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'counts' is written by instance method 'add'
  static Stats stats;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static member 'stats' is written by instance method 'add'
  static std::string label;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'label' is written by instance method 'add'
  [[maybe_unused]] static inline int ticks = 10; /* kept */
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: static member 'ticks' is written by instance method 'tick'
  static long tl;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'tl' is written by instance method 'tick'
  static unsigned flags;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'flags' is written by instance method 'tick'
};

std::vector<int> Feed::items{1, 2, 3};
int Feed::count = 5;
double Feed::total;
int Feed::counts[4] = {1, 2, 3, 4};
Stats Feed::stats;
std::string Feed::label = "feed";
long Feed::tl;
unsigned Feed::flags = 0x10;

int main() {
  Feed f;
  f.add(1);
  f.reset();
  f.tick();
  return f.get() == 0;
}

// CHECK-FIXES: {{^}}  std::vector<int> items{1, 2, 3}; // the feed's items{{$}}
// CHECK-FIXES: {{^}}  int count = 5;{{$}}
// CHECK-FIXES: {{^}}  double total{};{{$}}
// CHECK-FIXES: {{^}}  int counts[4] = {1, 2, 3, 4};{{$}}
// CHECK-FIXES: {{^}}  Stats stats{};{{$}}
// CHECK-FIXES: {{^}}  std::string label = "feed";{{$}}
// CHECK-FIXES: {{^}}  {{\[\[}}maybe_unused{{\]\]}} int ticks = 10; /* kept */{{$}}
// CHECK-FIXES: {{^}}  long tl{};{{$}}
// CHECK-FIXES: {{^}}  unsigned flags = 0x10;{{$}}
// CHECK-FIXES: {{^}}};{{$}}
// CHECK-FIXES-NOT: Feed::
// CHECK-FIXES: {{^}}int main() {{{$}}
