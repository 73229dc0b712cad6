// Where a write is only possible by nature, the note says why, so that a
// reader can judge the finding quickly: an argument to a function whose body
// is not in the translation unit, or to a virtual function that a class in
// view overrides, and a reference
// handed out. A write the analysis sees (a visible helper that writes, a
// library function's contract, an assignment) gets no such words.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <cstring>

void record(int &slot);
void clear(int &slot) { slot = 0; }
struct Sink {
  virtual ~Sink() = default;
  virtual void take(int *p) { (void)p; }
};
struct Tally : Sink { // overrides take() in view: any may run
  void take(int *p) override { ++*p; }
};

class Meter {
public:
  void log() { record(logged); }
  void reset() { clear(cleared); }
  void give(Sink &s) { s.take(&given); }
  int &expose() { return exposed; }
  void wipe() { std::memset(&wiped, 0, sizeof wiped); }

private:
  static int logged;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'logged' is written by instance method 'log'
  // CHECK-NOTES: :24:16: note: passed by non-const reference to 'record' here, whose body is not in this translation unit: it may only read it{{$}}
  static int cleared;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'cleared' is written by instance method 'reset'
  // CHECK-NOTES: :25:18: note: passed by non-const reference to 'clear' here{{$}}
  static int given;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'given' is written by instance method 'give'
  // CHECK-NOTES: :26:26: note: passed by non-const pointer to 'take' here, a virtual function: an override may write it{{$}}
  static int exposed;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'exposed' is written by instance method 'expose'
  // CHECK-NOTES: :27:19: note: handed out here by non-const reference or pointer: whoever holds it may write it, which this translation unit does not show{{$}}
  static int wiped;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'wiped' is written by instance method 'wipe'
  // CHECK-NOTES: :28:17: note: passed by non-const pointer to 'memset' here{{$}}
};
int Meter::logged;
int Meter::cleared;
int Meter::given;
int Meter::exposed;
int Meter::wiped;

// A virtual function that nothing in view overrides is judged by its own
// body: one that writes is a plain write, with no words of doubt.
struct Stamp {
  virtual ~Stamp() = default;
  virtual void put(int *p) { *p = 1; }
};
class Press {
public:
  void press(Stamp &s) { s.put(&stamped); }
private:
  static int stamped;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'stamped' is written by instance method 'press'
  // CHECK-NOTES: :[[@LINE-4]]:28: note: passed by non-const pointer to 'put' here{{$}}
};
int Press::stamped;
