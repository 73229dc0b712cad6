// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=NONE %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoredTypes: ''}}"
// RUN: %check_static_state --check-suffixes=CUSTOM %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoredTypes: 'std::atomic.*;Counter'}}"

#include <atomic>
#include <csignal>
#include <condition_variable>
#include <mutex>
#include <shared_mutex>

// A project-made atomic, as many code bases have.
class AtomicInt32 {
public:
  int fetch_add(int v) { int old = v_; v_ += v; return old; }
private:
  int v_ = 0;
};
struct Counter { void bump() { ++n; } int n = 0; };
// A slot per thread, as Poco and folly make them.
namespace Poco {
template <class T> class ThreadLocal {
public:
  T &operator*() { return value; }
private:
  T value{};
};
} // namespace Poco

class Service {
public:
  void handle() {
    requests.fetch_add(1);
    ready.test_and_set();
    flag.store(true);
    hits.fetch_add(1);
    mu.lock();
    mu.unlock();
    sharedMu.lock_shared();
    sharedMu.unlock_shared();
    std::call_once(once, [] {});
    cv.notify_all();
    counter.bump();
    ++*perThread;
    interrupted = 0;
    stopRequested = false;
  }
private:
  static std::atomic<long> requests;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:28: warning: static member 'requests' is written
  static std::atomic_flag ready;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:27: warning: static member 'ready' is written
  static std::atomic<bool> flag;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:28: warning: static member 'flag' is written
  static AtomicInt32 hits;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:22: warning: static member 'hits' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:22: warning: static member 'hits' is written
  // Locking, waiting and signalling are never reported, even when
  // IgnoredTypes no longer lists these types.
  static std::mutex mu;
  static std::shared_mutex sharedMu;
  static std::once_flag once;
  static std::condition_variable cv;
  static volatile std::sig_atomic_t interrupted; // set by a signal handler
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:37: warning: static member 'interrupted' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:37: warning: static member 'interrupted' is written
  static volatile bool stopRequested;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:24: warning: static member 'stopRequested' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:24: warning: static member 'stopRequested' is written
  static Poco::ThreadLocal<int> perThread;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:33: warning: static member 'perThread' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:33: warning: static member 'perThread' is written
  static Counter counter;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static member 'counter' is written by instance method 'handle'
  // CHECK-MESSAGES-NONE: :[[@LINE-2]]:18: warning: static member 'counter' is written
};

// `volatile .*` selects volatile objects by their own qualifier, not by how
// the type is spelled: a volatile pointer is one, a pointer to volatile
// data is not (reassigning it is an ordinary write).
class Device {
public:
  void map(int &reg) { topVolatile = &reg; elements[0] = 1; }
  void point() { toVolatile = nullptr; }

private:
  static int *volatile topVolatile;
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:24: warning: static member 'topVolatile' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:24: warning: static member 'topVolatile' is written
  static volatile int elements[2];
  // CHECK-MESSAGES-NONE: :[[@LINE-1]]:23: warning: static member 'elements' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-2]]:23: warning: static member 'elements' is written
  static volatile int *toVolatile;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static member 'toVolatile' is written by instance method 'point'
  // CHECK-MESSAGES-NONE: :[[@LINE-2]]:24: warning: static member 'toVolatile' is written
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:24: warning: static member 'toVolatile' is written
};
