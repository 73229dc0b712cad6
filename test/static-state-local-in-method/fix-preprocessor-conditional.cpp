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

// A block around the whole function (FLTK's `#ifndef FL_DOXYGEN` around
// Flcc_HueBox::handle): where it is left out the member is unused, and a
// member of a built-in type compiles there too.
class HueBox {
public:
  int handle(int e);
};
#ifndef FOR_DOCS_ONLY
int HueBox::handle(int e) {
  static double ih;
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'ih' in instance method 'handle'
  // CHECK-NOTES: :[[@LINE+4]]:8: note: assigned here
  // CHECK-NOTES: :[[@LINE-3]]:17: note: make 'ih' a per-instance member of 'HueBox'
  // CHECK-NOTES: :[[@LINE-4]]:17: note: alternatively, make 'ih' a plain local variable
  if (e)
    ih = ih + e;
  return static_cast<int>(ih);
}
#endif
// CHECK-FIXES: {{^}}  int handle(int e);{{$}}
// CHECK-FIXES-NEXT: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  double ih{};{{$}}
