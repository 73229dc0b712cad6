// The deliberate-sharing rules of the core check apply to static locals, each
// one an option that can be switched off (suffix ALL).
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=ALL %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none, static-state-local-in-method.IgnoredTypes: 'std::mutex', static-state-local-in-method.IgnoreGuardedWrites: false, static-state-local-in-method.IgnoreLazyInitialization: false, static-state-local-in-method.IgnoreWarnOnceLatches: false, static-state-local-in-method.IgnoreRandomEngines: false, static-state-local-in-method.IgnoreAtomicLikeTypes: false, static-state-local-in-method.IgnoreInstanceCounters: false}}"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <vector>

#define GUARDED_BY(x) __attribute__((guarded_by(x)))

class Service {
  std::mutex mu_; // per instance
public:
  ~Service() {
    static long destroyed; // counts destructions: instrumentation
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: static local variable 'destroyed' in destructor '~Service'
    ++destroyed;
  }
  void atomicCounter() {
    static std::atomic<int> calls{0};
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:29: warning: static local variable 'calls' in instance method 'atomicCounter'
    calls.fetch_add(1);
  }
  void sharedLock() {
    static std::mutex mu;
    static std::vector<int> log;
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:29: warning: static local variable 'log' in instance method 'sharedLock'
    std::lock_guard<std::mutex> lock(mu);
    log.push_back(1);
  }
  void annotated() {
    static std::mutex mu;
    static int hits GUARDED_BY(mu);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:16: warning: static local variable 'hits' in instance method 'annotated'
    mu.lock();
    ++hits;
    mu.unlock();
  }
  void instanceLock() {
    static int total;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'total' in instance method 'instanceLock'
    // CHECK-MESSAGES-ALL: :[[@LINE-2]]:16: warning: static local variable 'total' in instance method 'instanceLock'
    std::lock_guard<std::mutex> lock(mu_); // protects nothing shared
    ++total;
  }
  int *lazy() {
    static int *cache = nullptr;
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: static local variable 'cache' in instance method 'lazy'
    if (!cache)
      cache = new int(3);
    return cache;
  }
  void warnOnce() {
    static bool warned = false;
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: static local variable 'warned' in instance method 'warnOnce'
    if (!warned) {
      warned = true;
      std::puts("deprecated");
    }
  }
  void notALatch() {
    static bool flag = false; // set back and forth: not a latch
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'flag' in instance method 'notALatch'
    // CHECK-MESSAGES-ALL: :[[@LINE-2]]:17: warning: static local variable 'flag' in instance method 'notALatch'
    if (!flag) {
      flag = true;
      std::puts("on");
    } else {
      flag = false;
    }
  }
};

// A random engine in a static local, seeded once for the process, is one
// engine on purpose (IgnoreRandomEngines); so is a class that holds only an
// atomic (IgnoreAtomicLikeTypes).
#include <random>
struct OnlyAtomic { std::atomic<long> n{0}; };
class Shuffler {
public:
  int pick(int n) {
    static std::mt19937 engine{1234};
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:25: warning: static local variable 'engine' in instance method 'pick' is written there
    static OnlyAtomic draws;
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:23: warning: static local variable 'draws' in instance method 'pick' is written there
    draws.n.fetch_add(1);
    return std::uniform_int_distribution<int>(0, n - 1)(engine);
  }
};
