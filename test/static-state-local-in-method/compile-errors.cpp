// Errors in and around static locals never crash the checks, and what can
// still be analysed is: undeclared names, incomplete types, broken
// declarations, broken and recursive templates. No error limit.
// RUN: %check_static_state --expect-clang-tidy-error %s static-state-local-in-method %t -- --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false}}" -- -ferror-limit=0
// RUN: %check_static_state --expect-clang-tidy-error --check-suffixes=GROWTH %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}" -- -ferror-limit=0

#include <map>
#include <string>
#include <vector>

class Incomplete;
template <class T> struct Spec;

class Methods {
public:
  void undeclaredNames() {
    static std::vector<int> seen;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'seen' in instance method 'undeclaredNames' is written there
    // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:29: warning: static local variable 'seen' only ever grows
    seen.push_back(undeclared);
    seen.push_back(1);
    static int total;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'total' in instance method 'undeclaredNames' is written there
    total += missing();
    total += 1;
  }
  void typo() {
    static std::vector<int> kept;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'kept' in instance method 'typo' is written there
    // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:29: warning: static local variable 'kept' only ever grows
    kept.push_back(1);
    keptt.push_back(2);
  }
  void incomplete() {
    static Incomplete one;
    one.grow();
    static std::vector<Incomplete> many;
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: static local variable 'many' in instance method 'incomplete' is written there
    // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:36: warning: static local variable 'many' only ever grows
    many.emplace_back();
    static Incomplete *ptr;
    ptr->g();
  }
  void badDecls() {
    static int neg[-1];
    neg[0] = 1;
    static auto deduced;
    deduced = 1;
    static int init = undeclared_init;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'init' in instance method 'badDecls' is written there
    ++init;
    static std::vector<int> unterminated = {1, 2;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'unterminated' in instance method 'badDecls' is written there
    // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:29: warning: static local variable 'unterminated' only ever grows
    unterminated.push_back(3);
  }
  template <class T> void broken() {
    static std::vector<T> items;
    items.push_back(T::nope<>);
    items.push_back(1)
  }
};

template <int N> struct Recurse {
  void f() {
    static int calls;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'calls' in instance method 'f' is written there; every 'Recurse' object shares it
    ++calls;
    Recurse<N + 1>().f();
  }
};
void start() { Recurse<0>().f(); }

template <class T> struct Loop : Loop<T *> {
  void f() {
    static int count;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'f' is written there; every 'Loop' object shares it
    ++count;
  }
};
void loop() { Loop<int>().f(); }

template <> struct Spec<NoSuch> {
  void f() { static int n; ++n; }
};
template <class T> struct Derived : UnknownBase<T> {
  void f(int key) {
    static std::map<int, T> cache;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static local variable 'cache' in instance method 'f' is written there; every 'Derived' object shares it
    // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:29: warning: static local variable 'cache' only ever grows
    cache[key] = T();
    this->ghost();
  }
};

// Globals next to errors, none reported: a growth call with an undeclared or
// unknown argument is dropped, and a broken erase may still remove elements.
std::vector<int> g_log;
void record() { g_log.push_back(undeclared); g_log.emplace_back(UnknownType{}); }
std::vector<Incomplete> g_incomplete;
void grow() { g_incomplete.emplace_back(); }
std::vector<int> g_trimmed;
void trim() { g_trimmed.push_back(1); g_trimmed.erase(nope); }

// A class of the main file whose one object is a static: with compile
// errors, code making a second object may be missing, so it is reported.
struct Registry {
  void add(const std::string &s) {
    static std::string all;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'all' in instance method 'add' is written there; every 'Registry' object shares it
    // CHECK-MESSAGES-GROWTH: :[[@LINE-2]]:24: warning: static local variable 'all' only ever grows
    all += s;
  }
};
static Registry g_registry;
