// RUN: %check_static_state %s static-state-written-by-instance %t -- -- -std=c++17

#include <vector>

struct Outer {
  struct Inner {
    void add(int v) { inner.push_back(v); }
    static std::vector<int> inner;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'inner' is written by instance method 'add'; every 'Inner' object shares it
  };
  void bump() { ++inlineCount; }
  void bumpTls() { ++tls; } // apart: a fix of one never splits the other
  static inline int inlineCount = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: static member 'inlineCount' is written by instance method 'bump'
  static thread_local int tls; // one per thread on purpose: IgnoreThreadLocal

  // Not candidates: they cannot change, or they are not ours to change.
  int readAll() const { return kLimit + kMax + ref + *kNames; }
  static const int kLimit = 3;
  static constexpr int kMax = 4;
  static int &ref;
  static const char *const kNames;
};

// A class template is reported once, on the template, whatever it is
// instantiated with.
template <class T> struct Box {
  void put(T v) { items.push_back(v); }
  static std::vector<T> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: static member 'items' is written by instance method 'put'; every 'Box' object shares it
};
template <class T> std::vector<T> Box<T>::items;

template <class T> struct ThisBox {
  void put(T v) { this->items.push_back(v); }
  static std::vector<T> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: static member 'items' is written by instance method 'put'; every 'ThisBox' object shares it
};
template <class T> std::vector<T> ThisBox<T>::items;

template <class T, int N> struct Ring {
  void put(int i, T v) { slots[i % N] = v; }
  static T slots[N];
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: static member 'slots' is written by instance method 'put'; every 'Ring' object shares it
};

void use() {
  Box<int>().put(1);
  Box<double>().put(2.0);
  Box<char>().put('c');
  ThisBox<int>().put(1);
  ThisBox<long>().put(1);
}

// Fixes: 'inlineCount' and Box's 'items' have one user each and become its
// locals; ThisBox's 'items' is named through `this->` and becomes a member.
// The template's out-of-line definition goes with it.
// Counters and growing containers carry their value from call to call:
// they become per-instance members, never locals.
// CHECK-FIXES: {{^}}  int inlineCount = 0;{{$}}
// CHECK-FIXES: {{^}}  std::vector<T> items;{{$}}
// CHECK-FIXES-NOT: Box<T>::items;
// CHECK-FIXES: {{^}}  std::vector<T> items;{{$}}
// CHECK-FIXES-NOT: ThisBox<T>::items;
