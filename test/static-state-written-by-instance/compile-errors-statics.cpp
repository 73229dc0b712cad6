// Errors in and around the statics never crash the checks, and what can still
// be analysed is: undeclared names in the writing methods, incomplete types,
// broken templates, recursive templates (instantiation depth exceeded), broken
// declarations and definitions. No error limit: clang parses the whole file.
// RUN: %check_static_state --expect-clang-tidy-error %s static-state-written-by-instance %t -- -- -ferror-limit=0
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=GROWTH %s static-state-unbounded-growth %t -- -- -ferror-limit=0

#include <map>
#include <set>
#include <string>
#include <vector>

// Undeclared names in the writing methods. LLVM 19 keeps a call whose
// argument is undeclared, LLVM 22 drops it: either method is the first writer.
class Writers {
public:
  void add() { items.push_back(undeclared); total += missing(); }
  void again() { items.push_back(1); lookup[key] = value; }
  void typo() { itemz.push_back(1); }
  void wrongCall() { items.push_back(1, 2, 3); total.grow(); }
private:
  static std::vector<int> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'items' is written by instance method '{{add|again}}'
  // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:27: warning: static member 'items' only ever grows
  static int total;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'total' is written by instance method 'add'
  static std::map<std::string, int> lookup;
};

// Incomplete types around the statics.
class Incomplete;
struct Holder {
  void f() { one.grow(); many.push_back(one); ptr->g(); *ptr = one; }
  static Incomplete one;
  static std::vector<Incomplete> many;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: static member 'many' is written by instance method 'f'
  // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:34: warning: static member 'many' only ever grows
  static Incomplete *ptr;
  static int arr[];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'arr' is written by instance method 'g'
  void g() { arr[0] = 1; }
};
int Holder::arr[] = {1, 2};

// Broken templates.
template <class T> class Box {
public:
  void put(T t) { items.push_back(t) }
  void take() { items.pop_back(; }
  template <class U> void other() { U::template nope<>(items); this->ghost.add(); }
  static std::vector<T> items;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: static member 'items' is written by instance method 'put'
  // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:25: warning: static member 'items' only ever grows
};
template <class T> std::vector<T> Box<T>::items;
void useBox() { Box<int>().put(1); Box<NoSuchType>().put(2); }

template <class T> struct Spec;
template <> struct Spec<int> {
  void f() { ++n; }
  static int n;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'n' is written by instance method 'f'; every 'Spec<int>' object shares it
};
template <> struct Spec<NoSuch> {
  void f() { ++n; }
  static int n;
};
template <class T> struct Derived : UnknownBase<T> {
  void f() { ++n; }
  static int n;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'n' is written by instance method 'f'; every 'Derived' object shares it
};

// Recursive templates.
template <int N> struct Recurse {
  void f() { ++n; Recurse<N + 1>().f(); }
  static int n;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'n' is written by instance method 'f'; every 'Recurse' object shares it
};
template <int N> int Recurse<N>::n = 0;
void start() { Recurse<0>().f(); }

template <class T> struct Loop : Loop<T *> {
  void f() { ++count; }
  static int count;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'count' is written by instance method 'f'
};
void loop() { Loop<int>().f(); }

template <class T> struct Chain {
  static Chain<Chain<T>> next;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: static member 'next' is written by instance method 'f'
  void f() { next.f(); ++depth; }
  static int depth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'depth' is written by instance method 'f'
};
void chain() { Chain<int>().f(); }

// Broken declarations and definitions of statics.
class Decls {
  void f() { ++bad; ++neg[0]; deduced = 1; ++redefined; ++later; }
  static int bad = undeclared_init;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'bad' is written by instance method 'f'
  static int neg[-1];
  static auto deduced;
  static int redefined;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'redefined' is written by instance method 'f'
  static long redefined;
  static int later;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'later' is written by instance method 'f'
};
int Decls::later = nope;
int Decls::missing = 0;
double Decls::redefined = 1.0;
