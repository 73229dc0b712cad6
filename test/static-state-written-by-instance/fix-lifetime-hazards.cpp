// Rewrites of a static member that would change what a program with one
// object does are not offered, and the note says why: a thread_local is one
// per thread; a static's destructor that runs code of the program runs at
// exit, a member's when its object dies; a member declared before it whose
// initializer reads it would read it before it is initialised; an
// initializer that prints would print when each object is made; a lambda
// stored for later reaches a member through an object that may be gone (one
// sorted with right away does not).
// RUN: %check_static_state %s static-state-written-by-instance %t -- --config="{CheckOptions: {static-state-written-by-instance.IgnoreThreadLocal: false}}"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

struct Summary {
  int n = 0;
  ~Summary() { std::printf("summary %d\n", n); }
};

class Worker {
public:
  Worker() : start_(base) {}
  void run() { ++perThread; ++summary.n; ++base; ++stamps; }
  int get() const { return start_ + perThread + summary.n + base + stamps; }
private:
  int start_;
  static thread_local int perThread;
  static Summary summary;
  static int base;
  static int stamps;
};
thread_local int Worker::perThread = 0;
Summary Worker::summary;
int Worker::base = 1;
int Worker::stamps = std::printf("made\n");

std::function<int()> g_callback;
class Timer {
public:
  void arm() { g_callback = [this] { return ++fired; }; }
  void sortNow(std::vector<int> &v) {
    std::sort(v.begin(), v.end(), [this](int a, int b) { ++compared; return a < b; });
  }
private:
  static int fired;
  static int compared;
};
int Timer::fired = 0;
int Timer::compared = 0;

// muduo's log server, shaped: the first member hands `this` to a callback
// it stores, the second calls the method that counts. The note names the
// one that surely uses the counter.
class Session {
public:
  Session() : codec_(std::bind(&Session::onMessage, this)), file_(fileNo()) {}
private:
  int fileNo() { return ++seq; }
  void onMessage() {}
  std::function<void()> codec_;
  int file_;
  static int seq;
};
int Session::seq = 0;

// CHECK-NOTES: :28:27: warning: static member 'perThread' is written by instance method 'run'; every 'Worker' object shares it
// CHECK-NOTES: :24:16: note: incremented here
// CHECK-NOTES: :28:27: note: no automatic fix: 'perThread' is thread_local, one per thread: as a member it would be one per object, shared by every thread that uses the object
// CHECK-NOTES: :29:18: warning: static member 'summary' is written by instance method 'run'; every 'Worker' object shares it
// CHECK-NOTES: :24:29: note: incremented here (a part of it)
// CHECK-NOTES: :29:18: note: no automatic fix: 'summary': destroying it runs the destructor of 'Summary', which acts (code of this program, or a file, thread or lock), at exit for a static: moved, it would run when the object dies or the call returns
// CHECK-NOTES: :30:14: warning: static member 'base' is written by instance method 'run'; every 'Worker' object shares it
// CHECK-NOTES: :24:42: note: incremented here
// CHECK-NOTES: :30:14: note: no automatic fix: member 'start_' is initialised first, by code that reads 'base' or calls into the object: as a member, 'base' could be used there before it is initialised
// CHECK-NOTES: :31:14: warning: static member 'stamps' is written by instance method 'run'; every 'Worker' object shares it
// CHECK-NOTES: :24:50: note: incremented here
// CHECK-NOTES: :31:14: note: no automatic fix: the initializer of 'stamps' runs once, before main: as a member it would run once for every object
// CHECK-NOTES: :46:14: warning: static member 'fired' is written by instance method 'arm'; every 'Timer' object shares it
// CHECK-NOTES: :41:45: note: incremented here
// CHECK-NOTES: :46:14: note: no automatic fix: 'fired' is used in a lambda that is stored or handed on: as a member it would be reached through an object that may be gone by the time the lambda runs
// CHECK-NOTES: :47:14: warning: static member 'compared' is written by instance method 'sortNow'; every 'Timer' object shares it
// CHECK-NOTES: :43:58: note: incremented here
// CHECK-NOTES: :47:14: note: make 'compared' a mutable per-instance member
// CHECK-NOTES: :63:14: warning: static member 'seq' is written by instance method 'fileNo'; every 'Session' object shares it
// CHECK-NOTES: :59:25: note: incremented here
// CHECK-NOTES: :63:14: note: no automatic fix: member 'file_' is initialised first, by code that reads 'seq' or calls into the object: as a member, 'seq' could be used there before it is initialised
// CHECK-FIXES: {{^}}  static thread_local int perThread;{{$}}
// CHECK-FIXES: {{^}}  static Summary summary;{{$}}
// CHECK-FIXES: {{^}}  static int base;{{$}}
// CHECK-FIXES: {{^}}  static int stamps;{{$}}
// CHECK-FIXES: {{^}}  static int fired;{{$}}
// CHECK-FIXES: {{^}}  mutable int compared = 0;{{$}}
// CHECK-FIXES: {{^}}  static int seq;{{$}}
