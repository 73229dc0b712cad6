// A write between `s_mu.lock()` and `s_mu.unlock()` on a shared mutex is
// guarded like one under a std::lock_guard (IgnoreGuardedWrites). A write
// after the unlock, one under a per-instance mutex, or one that a branch may
// reach unlocked is still reported. So is a lock that was tried: guarded
// after `if (!s_mu.try_lock()) return;`, inside `if (s_mu.try_lock())` or
// `if (lk.owns_lock())`, not where the try failed.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <mutex>
#include <shared_mutex>
#include <vector>

class Registry {
public:
  void add(int v) {
    mu.lock();
    items.push_back(v);
    mu.unlock();
  }
  void addShared(int v) {
    rw.lock();
    others.push_back(v);
    rw.unlock();
  }
  void late(int v) {
    mu.lock();
    mu.unlock();
    after.push_back(v);
  }
  void branch(int v, bool quick) {
    mu.lock();
    if (quick)
      mu.unlock();
    maybe.push_back(v);
    if (!quick)
      mu.unlock();
  }
  void own(int v) {
    local.lock();
    mine.push_back(v);
    local.unlock();
  }

private:
  static std::mutex mu;
  static std::shared_mutex rw;
  std::mutex local;
  static std::vector<int> items, others;
  static std::vector<int> after;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'after' is written by instance method 'late'
  static std::vector<int> maybe;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'maybe' is written by instance method 'branch'
  static std::vector<int> mine;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'mine' is written by instance method 'own'
};

// A std::unique_lock holds its mutex from construction until its unlock():
// a write after `lk.unlock()`, one under `std::try_to_lock` (it may have
// failed) or under `std::defer_lock` never locked is not guarded; a
// deferred lock locked later, or locked again after an unlock, is.
class Holders {
public:
  void afterUnlock(int v) {
    std::unique_lock<std::mutex> lk(s_mu);
    s_released.push_back(v);
    lk.unlock();
    s_released.push_back(-v);
  }
  void tried(int v) {
    std::unique_lock<std::mutex> lk(s_mu, std::try_to_lock);
    s_tried += v;
  }
  void deferred(int v) {
    std::unique_lock<std::mutex> lk(s_mu, std::defer_lock);
    s_deferred += v;
  }
  void deferredThenLocked(int v) {
    std::unique_lock<std::mutex> lk(s_mu, std::defer_lock);
    lk.lock();
    s_locked += v;
  }
  void relocked(int v) {
    std::unique_lock<std::mutex> lk(s_mu);
    lk.unlock();
    lk.lock();
    s_relocked += v;
  }
private:
  static std::mutex s_mu;
  static std::vector<int> s_released;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 's_released' is written by instance method 'afterUnlock'
  static int s_tried;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 's_tried' is written by instance method 'tried'
  static int s_deferred;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 's_deferred' is written by instance method 'deferred'
  static int s_locked;
  static int s_relocked;
};

// A lock that was tried: the write is guarded only where the try succeeded
// and nothing unlocked since.
class Tries {
public:
  void leaveIfBusy(int v) { if (!mu.try_lock()) return; early.push_back(v); mu.unlock(); }
  void ifLocked(int v) { if (mu.try_lock()) { inThen.push_back(v); mu.unlock(); } }
  void holderTry(int v) {
    std::unique_lock<std::mutex> lk(mu, std::defer_lock);
    if (lk.try_lock())
      holderTried.push_back(v);
  }
  void owns(int v) {
    std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
    if (lk.owns_lock())
      owned.push_back(v);
    if (lk)
      owned.push_back(v);
  }
  void unlockedFirst(int v) { if (mu.try_lock()) { mu.unlock(); afterUnlock.push_back(v); } }
  void failed(int v) { if (!mu.try_lock()) { whenBusy.push_back(v); } }
  void notOwned(int v) {
    std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
    if (!lk.owns_lock())
      notHeld.push_back(v);
  }
  void notLeft(int v) { if (!mu.try_lock()) note(); stillRuns.push_back(v); }
  static void note();

private:
  static std::mutex mu;
  static std::vector<int> early, inThen, holderTried, owned;
  static std::vector<int> afterUnlock;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'afterUnlock' is written by instance method 'unlockedFirst'
  static std::vector<int> whenBusy;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'whenBusy' is written by instance method 'failed'
  static std::vector<int> notHeld;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'notHeld' is written by instance method 'notOwned'
  static std::vector<int> stillRuns;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'stillRuns' is written by instance method 'notLeft'
};
