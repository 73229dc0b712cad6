// Locking a shared mutex is never a write, whatever the options say: with
// IgnoredTypes set by the user (mutexes no longer listed), emptied, or with
// LockTypes naming only a project lock, no mutex below is reported and no
// fix turns one into a local. A container handed to a constructor that is
// not a lock is still written.
// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoredTypes: 'Counter'}}"
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoredTypes: ''}}"
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoredTypes: 'Counter', static-state-written-by-instance.LockTypes: 'MutexLock'}}"
// RUN: %check_static_state --check-suffixes=LOCAL %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoredTypes: 'Counter', static-state-local-in-method.FixStrategy: none}}"

#include <mutex>
#include <shared_mutex>
#include <vector>

// A project's mutex and the locks that take it by reference or by pointer.
class Mutex {
public:
  void Lock() { held = true; }
  void Unlock() { held = false; }

private:
  bool held = false;
};
struct MutexLock {
  explicit MutexLock(std::mutex &m) : m_(m) { m_.lock(); }
  ~MutexLock() { m_.unlock(); }
  std::mutex &m_;
};
struct PointerLock {
  explicit PointerLock(Mutex *m) : m_(m) { m_->Lock(); }
  ~PointerLock() { m_->Unlock(); }
  Mutex *m_;
};
struct Appender {
  explicit Appender(std::vector<int> &v) { v.push_back(1); }
};

class Service {
public:
  void guard() { std::lock_guard<std::mutex> lock(mu); }
  void unique() {
    std::unique_lock<std::mutex> lock(mu, std::defer_lock);
    lock.lock();
  }
  void scoped() { std::scoped_lock lock(mu, otherMu); }
  void shared() { std::shared_lock<std::shared_mutex> lock(rwMu); }
  void exclusive() { std::unique_lock<std::shared_mutex> lock(rwMu); }
  void both() {
    std::lock(mu, otherMu);
    mu.unlock();
    otherMu.unlock();
    if (std::try_lock(mu, otherMu) == -1) {
      mu.unlock();
      otherMu.unlock();
    }
  }
  void own() { MutexLock lock(mu); }
  void pointer() { PointerLock lock(&projectMu); }
  void braces() { std::lock_guard<std::mutex> lock{mu}; }
  void append() { Appender a(items); }

private:
  static std::mutex mu;
  static std::mutex otherMu;
  static std::shared_mutex rwMu;
  static Mutex projectMu;
  static std::vector<int> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method 'append'
};

std::mutex Service::mu;
std::mutex Service::otherMu;
std::shared_mutex Service::rwMu;
Mutex Service::projectMu;

// Used by one method only: a fix would have made the mutex a local of it,
// which protects nothing.
class Single {
public:
  void only() { std::lock_guard<std::mutex> lock(onlyMu); }
private:
  static std::mutex onlyMu;
};
std::mutex Single::onlyMu;

class Worker {
public:
  void run() {
    static std::mutex runMu;
    { std::lock_guard<std::mutex> lock(runMu); }
    static std::vector<int> seen; // written outside the lock's scope
    // CHECK-MESSAGES-LOCAL: :[[@LINE-1]]:29: warning: static local variable 'seen' in instance method 'run'
    Appender a(seen);
  }
};
