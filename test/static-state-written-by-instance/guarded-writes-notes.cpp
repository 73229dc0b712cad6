// RUN: %check_static_state %s static-state-written-by-instance %t
// A lock on a per-instance mutex protects nothing shared: the write is
// reported and the note says why the lock does not count.

#include <mutex>

class Session {
public:
  void touch() {
    std::lock_guard<std::mutex> guard(mu_);
    ++touches;
  }
private:
  std::mutex mu_;
  static int touches;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'touches' is written by instance method 'touch'; every 'Session' object shares it [static-state-written-by-instance]
  // CHECK-NOTES: :11:5: note: incremented here
  // CHECK-NOTES: :10:33: note: the lock held here is on 'mu_', a per-instance mutex: it does not protect state shared by every 'Session' object
  // CHECK-NOTES: :15:14: note: no automatic fix: 'touches' is defined in another translation unit
};
