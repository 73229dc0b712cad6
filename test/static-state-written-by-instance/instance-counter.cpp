// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreInstanceCounters: false}}"

class Widget {
public:
  Widget() { ++alive; ++created; }
  Widget(const Widget &) { ++alive; ++created; }
  ~Widget() { --alive; }
  static int liveCount() { return alive; }
private:
  static int alive;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'alive' is written by constructor 'Widget'
  static long created; // only ever counted up: still a counter
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'created' is written by constructor 'Widget'
};

// Not a counter: the increment happens in an ordinary method.
class Pager {
public:
  Pager() { ++pages; }
  ~Pager() { --pages; }
  void next() { ++pages; }
private:
  static int pages;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'pages' is written by constructor 'Pager'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'pages' is written by constructor 'Pager'
};

// Counts destructions only: instrumentation, like a count of constructions.
class Tracked {
public:
  ~Tracked() { ++destroyed; }
  static int destroyed;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'destroyed' is written by destructor '~Tracked'
};

// Not a counter: the destructor counts up.
class Odd {
public:
  Odd() { ++n; }
  ~Odd() { ++n; }
private:
  static int n;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'n' is written by constructor 'Odd'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'n' is written by constructor 'Odd'
};

// `n = n + 1` counts like `++n`; `n = n + step` with a variable step, or
// `n = 2 * n`, does not.
class Spelled {
public:
  Spelled() { alive = alive + 1; }
  ~Spelled() { alive = alive - 1; }
  void grow(int step) { total = total + step; }
private:
  static int alive;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'alive' is written by constructor 'Spelled'
  static int total;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'total' is written by instance method 'grow'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'total' is written by instance method 'grow'
};
