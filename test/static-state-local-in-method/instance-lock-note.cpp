// A lock on an instance mutex protects nothing shared: the write is reported,
// with a note saying so.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"

#include <mutex>

class Service {
  std::mutex mu_;
public:
  void record() {
    static long total;
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'total' in instance method 'record' is written there; every 'Service' object shares it
    std::lock_guard<std::mutex> lock(mu_);
    // CHECK-NOTES: :[[@LINE+2]]:5: note: incremented here
    // CHECK-NOTES: :[[@LINE-2]]:33: note: the lock held here is on 'mu_', a per-instance mutex: it does not protect state shared by every 'Service' object
    ++total;
  }
};
