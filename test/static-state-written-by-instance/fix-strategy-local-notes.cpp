// With FixStrategy: local, the note says why a local is impossible.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: local}}"

class Job {
public:
  Job() : start_(c) { c = c * 2 + 1; }
  int run() { return ++runs + start_; }
  int again() { return runs; }
private:
  int start_;
  static int c;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'c' is written by constructor 'Job'
  // CHECK-NOTES: :7:25: note: assigned here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: as a local it would change what the program does: 'c' is read before 'Job' overwrites it, so a call sees what the previous call left
  static int runs;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'runs' is written by instance method 'run'
  // CHECK-NOTES: :8:22: note: incremented here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: 'runs' is used by more than one function
};
int Job::c = 1;
int Job::runs;

// One user, but the count carries over from call to call: never a local.
class Ticket {
public:
  int next() { return ++seq; }
private:
  static int seq;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'seq' is written by instance method 'next'
  // CHECK-NOTES: :[[@LINE-4]]:23: note: incremented here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: no automatic fix: as a local it would change what the program does: 'seq' is read before 'next' overwrites it, so a call sees what the previous call left
};
int Ticket::seq = 0;
