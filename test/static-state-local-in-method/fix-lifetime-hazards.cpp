// Rewrites that would change what a program with one object does are not
// offered, and the note says why: a thread_local is one per thread, not one
// per object; a static's destructor runs at exit (a class of the program's,
// an object a std::unique_ptr owns, a file stream that flushes), not when
// the object dies or the call returns; a member declared first whose
// initializer calls into the object would run before the new member is
// initialised; an initializer that prints, draws a random number, reads the
// object or takes the class's size would run at another time or give
// another value. A parenthesised initializer becomes `= T(args)`.
// RUN: %check_static_state %s static-state-local-in-method %t -- --config="{CheckOptions: {static-state-local-in-method.IgnoreThreadLocal: false}}"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <vector>

struct Noisy {
  int n = 0;
  ~Noisy() { std::printf("%d\n", n); }
};

class PerThread {
public:
  int next() {
    thread_local static int uses = 0;
    return ++uses;
  }
};

class Lifetimes {
public:
  void tally(int x) {
    static Noisy total;
    total.n += x;
  }
  int make(int id) {
    static std::unique_ptr<Noisy> current;
    current = std::make_unique<Noisy>();
    current->n = id;
    return current->n;
  }
  void log(const char *s) {
    static std::ofstream out("lifetimes.log");
    out << s << '\n';
  }
};

class InitOrder {
public:
  InitOrder() : first_(next()) {}
  int next() {
    static int calls = 0;
    return ++calls;
  }
private:
  int first_;
};

class Initializers {
public:
  int stamp() {
    static int last = std::printf("stamp\n");
    last = last + 1;
    return last;
  }
  int roll() {
    static int seed = std::rand();
    return ++seed;
  }
  int offset() {
    static int base = origin_;
    return ++base;
  }
  int size() {
    static unsigned long bytes = sizeof(*this);
    return static_cast<int>(++bytes);
  }
private:
  int origin_ = 3;
};

class Slots {
public:
  int claim(int i) {
    static std::vector<int> slots(3, 7);
    return ++slots[i % 3];
  }
};

// CHECK-NOTES: :26:29: warning: static local variable 'uses' in instance method 'next' is written there; every 'PerThread' object shares it
// CHECK-NOTES: :27:12: note: incremented here
// CHECK-NOTES: :26:29: note: no automatic fix: 'uses' is thread_local, one per thread: as a member it would be one per object, shared by every thread that uses the object
// CHECK-NOTES: :34:18: warning: static local variable 'total' in instance method 'tally' is written there; every 'Lifetimes' object shares it
// CHECK-NOTES: :35:13: note: assigned here (a part of it)
// CHECK-NOTES: :34:18: note: no automatic fix: 'total': destroying it runs the destructor of 'Noisy', which acts (code of this program, or a file, thread or lock), at exit for a static: moved, it would run when the object dies or the call returns
// CHECK-NOTES: :38:35: warning: static local variable 'current' in instance method 'make' is written there; every 'Lifetimes' object shares it
// CHECK-NOTES: :39:13: note: assigned here
// CHECK-NOTES: :40:16: note: assigned here (a part of it)
// CHECK-NOTES: :38:35: note: no automatic fix: 'current': destroying it runs the destructor of 'Noisy', which acts (code of this program, or a file, thread or lock), at exit for a static: moved, it would run when the object dies or the call returns
// CHECK-NOTES: :44:26: warning: static local variable 'out' in instance method 'log' is written there; every 'Lifetimes' object shares it
// CHECK-NOTES: :45:9: note: passed by non-const reference to 'operator<<' here
// CHECK-NOTES: :44:26: note: no automatic fix: 'out': destroying it runs the destructor of 'basic_ofstream', which acts (code of this program, or a file, thread or lock), at exit for a static: moved, it would run when the object dies or the call returns
// CHECK-NOTES: :53:16: warning: static local variable 'calls' in instance method 'next' is written there; every 'InitOrder' object shares it
// CHECK-NOTES: :54:12: note: incremented here
// CHECK-NOTES: :53:16: note: no automatic fix: member 'first_' is initialised first, by code that reads 'calls' or calls into the object: as a member, 'calls' could be used there before it is initialised
// CHECK-NOTES: :63:16: warning: static local variable 'last' in instance method 'stamp' is written there; every 'Initializers' object shares it
// CHECK-NOTES: :64:10: note: assigned here
// CHECK-NOTES: :63:16: note: no automatic fix: the initializer of 'last' runs once, on the first call: as a member it would run once for every object
// CHECK-NOTES: :68:16: warning: static local variable 'seed' in instance method 'roll' is written there; every 'Initializers' object shares it
// CHECK-NOTES: :69:12: note: incremented here
// CHECK-NOTES: :68:16: note: no automatic fix: the initializer of 'seed' runs once, on the first call: as a member it would run once for every object
// CHECK-NOTES: :72:16: warning: static local variable 'base' in instance method 'offset' is written there; every 'Initializers' object shares it
// CHECK-NOTES: :73:12: note: incremented here
// CHECK-NOTES: :72:16: note: no automatic fix: the initializer of 'base' runs once, on the first call: as a member it would run once for every object
// CHECK-NOTES: :76:26: warning: static local variable 'bytes' in instance method 'size' is written there; every 'Initializers' object shares it
// CHECK-NOTES: :77:29: note: incremented here
// CHECK-NOTES: :76:26: note: no automatic fix: the initializer of 'bytes' runs once, on the first call: as a member it would run once for every object
// CHECK-NOTES: :86:29: warning: static local variable 'slots' in instance method 'claim' is written there; every 'Slots' object shares it
// CHECK-NOTES: :87:12: note: incremented here (a part of it)
// CHECK-NOTES: :86:29: note: make 'slots' a per-instance member of 'Slots'
// CHECK-NOTES: :86:29: note: alternatively, make 'slots' a plain local variable (drop 'static') (as a local, every call of 'claim' starts from its initial value: the value no longer carries over between calls)
// CHECK-FIXES: {{^}}    thread_local static int uses = 0;{{$}}
// CHECK-FIXES: {{^}}    static Noisy total;{{$}}
// CHECK-FIXES: {{^}}    static std::unique_ptr<Noisy> current;{{$}}
// CHECK-FIXES: {{^}}    static std::ofstream out("lifetimes.log");{{$}}
// CHECK-FIXES: {{^}}    static int calls = 0;{{$}}
// CHECK-FIXES: {{^}}    static int last = std::printf("stamp\n");{{$}}
// CHECK-FIXES: {{^}}    static int seed = std::rand();{{$}}
// CHECK-FIXES: {{^}}    static int base = origin_;{{$}}
// CHECK-FIXES: {{^}}    static unsigned long bytes = sizeof(*this);{{$}}
// CHECK-FIXES: {{^}}  std::vector<int> slots = std::vector<int>(3, 7);{{$}}
