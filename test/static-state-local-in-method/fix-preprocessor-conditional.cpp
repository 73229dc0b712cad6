// A static local under a preprocessor conditional that its class is not
// inside does not become a member: the member would be declared where that
// code is left out, with a type that may not exist there (glog's
// `static struct flock w_lock;` under `#ifdef HAVE_FCNTL` in a method of a
// class compiled everywhere). A class inside the same block, or the include
// guard around both, keeps the fix.
// RUN: %check_static_state %s static-state-local-in-method %t

#define HAVE_COUNTER 1

class LogFile {
public:
  int open(int fd) {
#ifdef HAVE_COUNTER
    static int opened;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'opened' in instance method 'open'
    // CHECK-NOTES: :[[@LINE+2]]:5: note: incremented here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: 'opened' is declared inside the preprocessor conditional at line 14, which 'LogFile' is not: as a member it would be declared where that code is left out
    ++opened;
    return fd + opened;
#else
    return fd;
#endif
  }
};

#ifndef GUARDED_H
#define GUARDED_H
#if HAVE_COUNTER
class Guarded {
public:
  int next() {
    static int calls;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'calls' in instance method 'next'
    // CHECK-NOTES: :[[@LINE+3]]:12: note: incremented here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'calls' a per-instance member of 'Guarded'
    // CHECK-NOTES: :[[@LINE-4]]:16: note: alternatively, make 'calls' a plain local variable
    return ++calls;
  }
};
#endif
#endif
// CHECK-FIXES: {{^}}  int next() {{{$}}
// CHECK-FIXES: {{^}}    return ++calls;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  int calls{};{{$}}
