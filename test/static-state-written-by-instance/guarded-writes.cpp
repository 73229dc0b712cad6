// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreGuardedWrites: false}}"
// RUN: %check_static_state --check-suffixes=LOCKS %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.LockTypes: 'MutexLock', static-state-written-by-instance.LockTypesByShape: false}}"

#include <map>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <vector>

#define GUARDED_BY(x) __attribute__((guarded_by(x)))

// A project's own RAII lock, recognised by its shape (a destructor, built
// from a class with lock() and unlock()) without a LockTypes entry.
struct MutexLock {
  explicit MutexLock(std::mutex &m) : m_(m) { m_.lock(); }
  ~MutexLock() { m_.unlock(); }
  std::mutex &m_;
};

// absl::MutexLock's shape: the mutex by pointer.
struct PointerLock {
  explicit PointerLock(std::mutex *m) : m_(m) { m_->lock(); }
  ~PointerLock() { m_->unlock(); }
  std::mutex *m_;
};

// The same shape around something that is not a mutex guards nothing.
struct ScopeTrace {
  explicit ScopeTrace(const std::string &what) : what_(what) {}
  ~ScopeTrace() {}
  const std::string &what_;
};

class Registry {
public:
  void add(const std::string &name) {
    std::lock_guard<std::mutex> lock(registryMu);
    names.push_back(name);
  }
  void addUnique(const std::string &name) {
    std::unique_lock<std::mutex> lock(registryMu);
    if (true) {
      counts[name]++;
    }
  }
  void scoped() {
    std::scoped_lock lock(registryMu, otherMu);
    ++scopedWrites;
  }
  void shared() {
    std::shared_lock<std::shared_mutex> lock(rwMu);
    ++lockedWrites;
  }
  void ownLock() {
    MutexLock lock(registryMu);
    ++ownLockWrites;
  }
  void byPointer() {
    PointerLock lock(&registryMu);
    ++pointerLockWrites;
  }
  void traced() {
    ScopeTrace trace(traceName);
    ++tracedWrites;
  }
  void perInstance() {
    std::lock_guard<std::mutex> lock(instanceMu_);
    ++wrongLock;
  }
  void deferred() {
    std::unique_lock<std::mutex> lock(registryMu, std::defer_lock);
    ++deferredWrites;
  }
  void annotated() { ++annotatedCount; }

private:
  std::mutex instanceMu_;
  static std::mutex registryMu;
  static std::mutex otherMu;
  static std::shared_mutex rwMu;
  static std::vector<std::string> names;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:35: warning: static member 'names' is written by instance method 'add'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:35: warning: static member 'names' is written by instance method 'add'
  static std::map<std::string, int> counts;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:37: warning: static member 'counts' is written by instance method 'addUnique'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:37: warning: static member 'counts' is written by instance method 'addUnique'
  static int scopedWrites;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'scopedWrites'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:14: warning: static member 'scopedWrites'
  static int lockedWrites;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'lockedWrites'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:14: warning: static member 'lockedWrites'
  static int ownLockWrites;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'ownLockWrites'
  static int pointerLockWrites;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'pointerLockWrites'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-2]]:14: warning: static member 'pointerLockWrites'
  static std::string traceName;
  static int tracedWrites;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'tracedWrites' is written by instance method 'traced'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'tracedWrites'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-3]]:14: warning: static member 'tracedWrites'
  static int wrongLock;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'wrongLock' is written by instance method 'perInstance'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'wrongLock'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-3]]:14: warning: static member 'wrongLock'
  static int deferredWrites;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'deferredWrites' is written by instance method 'deferred'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'deferredWrites'
  // CHECK-MESSAGES-LOCKS: :[[@LINE-3]]:14: warning: static member 'deferredWrites'
  static int annotatedCount GUARDED_BY(registryMu);
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'annotatedCount'
};
