// A class defined in the main file whose only object in the translation unit
// is one variable of static storage duration has no second object to share
// its statics with (IgnoreSingletonClasses): cppcheck's CheckInstancesImpl,
// whose one object is `static const CheckInstancesImpl s_impl;`. Nothing
// outside this file can make another. A second object, a copy, an object
// made by `new`, a derived class, a member of the class's type, an array
// of it, a thread_local holder or a class defined in a header keep the
// report.
// RUN: %check_static_state --header %S/Inputs/header-impl.h --header-filter='header-impl\.h' %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}" -- -I%S/Inputs -isystem %S/Inputs/system
// RUN: %check_static_state --check-suffixes=,OFF --header %S/Inputs/header-impl.h --header-filter='header-impl\.h' %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreSingletonClasses: false, static-state-local-in-method.FixStrategy: none}}" -- -I%S/Inputs -isystem %S/Inputs/system

#include "header-impl.h"
// HeaderImpl is defined in a header (its one object here is g_header, at the
// end): other files may make more objects.
// CHECK-MESSAGES: header-impl.h:6:16: warning: static local variable 'calls' in instance method 'next'
#include <list>
#include <make-default.h>
#include <memory>
#include <string>
#include <vector>

class ChecksImpl {
public:
  const std::list<int> &get() const {
    static std::list<int> s_checks;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static local variable 's_checks' in instance method 'get' is written there; every 'ChecksImpl' object shares it
    if (s_checks.empty())
      s_checks.push_back(first);
    s_checks.push_back(first + 1);
    return s_checks;
  }
  int first = 1;
};

const std::list<int> &allChecks() {
  static const ChecksImpl s_impl;
  return s_impl.get();
}

// A namespace-scope holder is one object too.
struct Registry {
  void add(const std::string &s) {
    static std::string joined;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:24: warning: static local variable 'joined' in instance method 'add'
    joined += s;
  }
};
static Registry g_registry;
void registerName(const std::string &s) { g_registry.add(s); }

// Two static objects share it.
struct Twice {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump' is written there; every 'Twice' object shares it
    n += 3;
    return n;
  }
};
static Twice g_first, g_second;

// One static object, and a copy of it.
struct Copied {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
static Copied g_copied;
int useCopy() { Copied c = g_copied; return c.bump(); }

// One static object, and one made by new (here, through std::make_unique).
struct AlsoNewed {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
static AlsoNewed g_newed;
int useNewed() { return std::make_unique<AlsoNewed>()->bump(); }

// One static object, and more made inside the standard library.
struct InVector {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
static InVector g_inVector;
int useVector() { std::vector<InVector> v(2); return v[0].bump(); }

// One static object, and one per call made by a library function's
// default argument: counted where the call uses it.
struct ByDefault {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
static ByDefault g_byDefault;
int useDefault() { return bumpDefault<ByDefault>() + g_byDefault.bump(); }

// A derived class's objects hold one each.
struct Based {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
static Based g_based;
struct Derived : Based {};
int useDerived() { Derived d; return d.bump(); }

// A member of the class's type: one per enclosing object.
struct Part {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
static Part g_part;
struct Whole { Part part; };

// An array of it, brace-initialised: three objects, made without a
// constructor call the walk would see.
struct Arrayed {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
  int x;
};
static Arrayed g_arrayed;
int useArray() { static Arrayed more[3] = {}; return more[0].bump() + g_arrayed.bump(); }

// One per thread.
struct PerThread {
  int bump() {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'bump'
    n += 3;
    return n;
  }
};
thread_local PerThread t_perThread;

// Defined in a header: other files may make more objects.
static HeaderImpl g_header;
int useHeader() { return g_header.next(); }

// A value frozen at the first call, read from the object: with one object,
// no other object's call sees it. Read from a parameter: every later call
// sees the first call's argument, one object or not.
class Table {
public:
  const std::string &name() const {
    static const std::string s_name = prefix + "table";
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:30: warning: static local variable 's_name' in instance method 'name' keeps member 'prefix' of the first call
    return s_name;
  }
  const std::string &label(const std::string &p) const {
    static const std::string s_label = p + prefix;
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: static local variable 's_label' in instance method 'label' keeps parameter 'p' of the first call
    return s_label;
  }
  std::string prefix = "x";
};
static Table g_table;
