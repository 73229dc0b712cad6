// Sharing that real projects do on purpose, recognised by shape:
// - a class-wide tally: instances add to it, count it down by a constant
//   or remove an element, static member functions of the class report it, and may reset
//   it (IgnoreClassWideTallies);
// - a random engine or distribution seeded once for the process, recognised
//   as a uniform random bit generator, also a project's own, or a helper
//   class made of nothing but such parts (IgnoreRandomEngines);
// - a class that holds only atomics, like Qt's QBasicAtomicInteger, and
//   constants (IgnoreAtomicLikeTypes);
// - live-instance instrumentation that also counts in copy and move
//   assignment (IgnoreInstanceCounters).
// The negatives next to each are still reported; with the options off, all are.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none, static-state-written-by-instance.IgnoreClassWideTallies: false, static-state-written-by-instance.IgnoreRandomEngines: false, static-state-written-by-instance.IgnoreAtomicLikeTypes: false, static-state-written-by-instance.IgnoreInstanceCounters: false}}"

#include <atomic>
#include <cstdint>
#include <map>
#include <random>
#include <sstream>
#include <string>

class TestCase {
public:
  void check(bool ok, const char *what) {
    ++assertions;
    if (!ok)
      failures << what << '\n';
  }
  static std::string report() {
    return std::to_string(assertions) + " assertions\n" + failures.str();
  }
  static void resetAll() {
    assertions = 0;
    failures.str("");
  }

private:
  static int assertions;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'assertions' is written by instance method 'check'
  static std::ostringstream failures;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static member 'failures' is written by instance method 'check'
};
int TestCase::assertions = 0;
std::ostringstream TestCase::failures;

// Reported by a static function, never reset (cppcheck's TestFixture:
// every fixture counts its failures, the static runTests() prints them).
class Fixture {
public:
  void fail() { ++fails; }
  static int runTests() { return fails == 0 ? 0 : 1; }

private:
  static int fails;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'fails' is written by instance method 'fail'
};
int Fixture::fails = 0;

class Untallied { // no static function touches it: a plain shared counter
public:
  void hit() { ++hits; }
  int get() const { return hits; }

private:
  static int hits;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'hits' is written by instance method 'hit'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'hits' is written by instance method 'hit'
};
int Untallied::hits = 0;

class ResetOnly { // reset by the class but never reported by it
public:
  void add(int v) { items += v; }
  static void clear() { items = 0; }

private:
  static int items;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'items' is written by instance method 'add'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'items' is written by instance method 'add'
};
int ResetOnly::items = 0;

class Overwritten { // instance code overwrites it: not a tally
public:
  void set(int v) { last = v; }
  static void clear() { last = 0; }
  // Reads it, but no getter: `return last;` would hand it out as class-wide
  // (IgnoreUsesByClassName, named-by-class.cpp).
  static int twice() { return 2 * last; }

private:
  static int last;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'last' is written by instance method 'set'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'last' is written by instance method 'set'
};
int Overwritten::last = 0;

// A census of live objects per id, kept by private helpers of the
// constructors, assignment and destructor, checked by a static function
// (qpdf's libtests/cxx11.cc); and a gauge of work in flight.
class Census {
public:
  explicit Census(int id) : id(id) { incr(id); }
  Census(const Census &o) : Census(o.id) {}
  ~Census() { decr(id); }
  static bool check(int v, int count) {
    auto p = live.find(v);
    return p != live.end() && p->second == count;
  }
  void start() { ++inFlight; }
  void finish() { inFlight -= 1; }
  static int busy() { return inFlight; }

private:
  void incr(int i) { ++live[i]; }
  void decr(int i) {
    if (--live[i] == 0)
      live.erase(i);
  }
  static std::map<int, int> live;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static member 'live' is written by instance method 'incr'
  static int inFlight;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'inFlight' is written by instance method 'start'
  int id;
};
std::map<int, int> Census::live;
int Census::inFlight = 0;

class Wiped { // instance code wipes it whole: not a tally
public:
  void add(int k) { ++seen[k]; }
  void restart() { seen.clear(); }
  static int count(int k) { return seen.count(k) ? seen.at(k) : 0; }

private:
  static std::map<int, int> seen;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'seen' is written by instance method 'add'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:29: warning: static member 'seen' is written by instance method 'add'
};
std::map<int, int> Wiped::seen;

class Spent { // counts down by a caller's amount: a value of the call
public:
  void spend(int cost) { budget -= cost; }
  static bool exhausted() { return budget <= 0; } // reads; no getter

private:
  static int budget;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'budget' is written by instance method 'spend'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'budget' is written by instance method 'spend'
};
int Spent::budget = 100;

// A project's own engine: xorshift with the generator interface.
struct XorShift {
  using result_type = std::uint32_t;
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return 0xffffffffu; }
  result_type operator()() {
    state ^= state << 13;
    state ^= state >> 17;
    return state ^= state << 5;
  }
  result_type state = 2463534242u;
};

// A helper made of nothing but <random> parts (assimp's tests'
// RandomUniformRealGenerator); one that also counts its draws is not.
template <typename T> class UniformReal {
public:
  T next() { return dist_(re_); }
private:
  std::uniform_real_distribution<T> dist_;
  std::random_device rd_;
  std::default_random_engine re_{rd_()};
};
class CountingReal {
public:
  float next() { ++draws_; return dist_(re_); }
private:
  std::uniform_real_distribution<float> dist_;
  std::minstd_rand re_;
  long draws_ = 0;
};

class Jitter {
public:
  int delay() {
    return dist(engine) + static_cast<int>(own() % 3) +
           static_cast<int>(helper.next() + counting.next());
  }

private:
  static std::mt19937 engine;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:23: warning: static member 'engine' is written by instance method 'delay'
  static std::uniform_int_distribution<int> dist;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:45: warning: static member 'dist' is written by instance method 'delay'
  static XorShift own;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:19: warning: static member 'own' is written by instance method 'delay'
  static UniformReal<float> helper;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static member 'helper' is written by instance method 'delay'
  static CountingReal counting;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: static member 'counting' is written by instance method 'delay'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:23: warning: static member 'counting' is written by instance method 'delay'
};
std::mt19937 Jitter::engine{42};
std::uniform_int_distribution<int> Jitter::dist{0, 9};
XorShift Jitter::own;
UniformReal<float> Jitter::helper;
CountingReal Jitter::counting;

// Shaped like Qt's QBasicAtomicInteger: it holds nothing but an atomic.
template <typename T> struct AtomicOps { using Type = std::atomic<T>; };
template <typename T> class BasicAtomicInteger {
public:
  T fetchAndAddRelaxed(T v) { return value.fetch_add(v, std::memory_order_relaxed); }
  typename AtomicOps<T>::Type value;
};
struct Stats { // an atomic next to plain data: not atomic-like
  std::atomic<int> n{0};
  int last = 0;
};
enum class Mode { Lax, Strict };
struct Limiter { // an atomic and a constant: nothing else can change
  bool take() { return used.fetch_add(1) < limit; }
  std::atomic<int> used{0};
  const int limit = 10;
  const Mode mode = Mode::Strict;
};

class Widget {
public:
  void paint() {
    serial.fetchAndAddRelaxed(1);
    stats.last = 1;
    limiter.take();
  }

private:
  static BasicAtomicInteger<int> serial;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:34: warning: static member 'serial' is written by instance method 'paint'
  static Stats stats;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static member 'stats' is written by instance method 'paint'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static member 'stats' is written by instance method 'paint'
  static Limiter limiter;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:18: warning: static member 'limiter' is written by instance method 'paint'
};
BasicAtomicInteger<int> Widget::serial;
Stats Widget::stats;
Limiter Widget::limiter;

// Test instrumentation: live objects, copies and assignments.
class Tracked {
public:
  Tracked() { ++alive; }
  Tracked(const Tracked &) { ++alive; ++copies; }
  Tracked &operator=(const Tracked &) { ++assignments; return *this; }
  Tracked &operator=(Tracked &&) noexcept { ++assignments; --alive; ++alive; return *this; }
  ~Tracked() { --alive; }
  void touch() { ++touched; } // an ordinary method: a shared counter
  static int alive, copies, assignments, touched;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'alive' is written by constructor 'Tracked'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:21: warning: static member 'copies' is written by constructor 'Tracked'
  // CHECK-MESSAGES-OFF: :[[@LINE-3]]:29: warning: static member 'assignments' is written by instance method 'operator='
  // CHECK-MESSAGES: :[[@LINE-4]]:42: warning: static member 'touched' is written by instance method 'touch'
  // CHECK-MESSAGES-OFF: :[[@LINE-5]]:42: warning: static member 'touched' is written by instance method 'touch'
};
int Tracked::alive = 0, Tracked::copies = 0, Tracked::assignments = 0,
    Tracked::touched = 0;
