// A static that code outside its class names as `Class::member` (reads or
// writes it without an object: a free function, another class's method) is
// used by the program as class-wide state, whatever instance code does to it
// (IgnoreUsesByClassName). Use through an object (`obj.member`), in an
// unevaluated operand, by the class's own code, by a derived or nested class
// or by a friend defined inside the class says nothing of intent. A static
// getter of the class (a static member function returning it) is such a use.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreUsesByClassName: false, static-state-written-by-instance.FixStrategy: none}}"

#include <cstddef>
#include <string>

// Read by a free function through the class name: the handler's collected
// data that a test inspects (Poco's DataServiceHandler::_data).
struct Collector {
  void onData(const std::string &s) { data += s; }
  static std::string data;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:22: warning: static member 'data' is written by instance method 'onData'
};
std::string Collector::data;
bool collectedAll() { return Collector::data.size() == 4; }

// Written by another class's method through the class name.
struct Popup {
  void show(int x) { lastX = x; }
  static int lastX;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'lastX' is written by instance method 'show'
};
int Popup::lastX;
struct Factory {
  void place() { Popup::lastX = -1; }
};

// Through an object: the per-object illusion itself.
struct ThroughObject {
  void bump() { ++hits; }
  static int hits;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'hits' is written by instance method 'bump'
};
int ThroughObject::hits;
int peek(const ThroughObject &t) { return t.hits; }

// Only in an unevaluated operand outside the class.
struct Unevaluated {
  void bump() { ++count; }
  static long count;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: static member 'count' is written by instance method 'bump'
};
long Unevaluated::count;
std::size_t width() { return sizeof(Unevaluated::count); }

// The class's own code, a derived class, a nested class, an inline friend.
struct Base {
  void bump() { ++total; }
  static int total;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'total' is written by instance method 'bump'
  struct Helper {
    int read() { return Base::total; }
  };
  friend int inlineFriend() { return Base::total; }
  int self() { return Base::total; }
};
int Base::total;
struct Derived : Base {
  int twice() { return 2 * Base::total; }
};

// A namespace-scope initializer is not code that runs with the program's
// objects: no verdict from it.
struct Seeded {
  void bump() { ++seed; }
  static int seed;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'seed' is written by instance method 'bump'
};
int Seeded::seed;
int copyOfSeed = Seeded::seed;

// The class's own static getter hands it out without an object (Poco's
// SocketReactorTest handlers: flags set by each handler, reset by its
// constructor, read through ClientServiceHandler::readableError()). A
// static function that only prints it hands nothing out.
class Handler {
public:
  Handler() { failed = false; }
  void onError() { failed = true; }
  static bool hadError() { return failed; }

private:
  static bool failed;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'failed' is written by constructor 'Handler'
};
bool Handler::failed = false;

int print(int);
class Printer {
public:
  void set(int v) { last = v; }
  static void dump() { print(last); }

private:
  static int last;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'last' is written by instance method 'set'
};
int Printer::last;
