// A write between `s_mu.lock()` and `s_mu.unlock()` on a shared mutex is
// guarded like one under a std::lock_guard (IgnoreGuardedWrites). A write
// after the unlock, one under a per-instance mutex, or one that a branch may
// reach unlocked is still reported.
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
