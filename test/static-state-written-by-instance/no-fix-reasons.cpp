// Every reason a fix is withheld is said in words, as a note.
// RUN: %check_static_state %s static-state-written-by-instance %t

#include <vector>

#define BUMP(x) ++(x)

class StaticUser {
  void add() { v.push_back(1); }
  void more() { v.push_back(2); }
  static void reset() { v.clear(); }
  static std::vector<int> v;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static member 'v' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:18: note: grown here by 'push_back'
  // CHECK-NOTES: :{{[0-9]+}}:19: note: grown here by 'push_back'
  // CHECK-NOTES: :[[@LINE-4]]:27: note: no automatic fix: 'v' is also used by static member function 'reset'
};
std::vector<int> StaticUser::v;

class FreeUser {
  void add() { ++n; }
  void more() { ++n; }
  static int n;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'n' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'FreeUser' has friends that may use 'n'
  friend int peek();
};
int FreeUser::n;
int peek();

class Macro {
  void add() { BUMP(m); }
  void more() { ++m; }
  static int m;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'm' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: expanded from macro 'BUMP'
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-5]]:14: note: no automatic fix: 'm' is used inside a macro expansion
};
int Macro::m;

class Unevaluated {
  void add() { ++u; }
  void more() { ++u; }
  unsigned size() const { return sizeof(u); }
  static int u;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'u' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'u' is used in sizeof, decltype or noexcept
};
int Unevaluated::u;

int *escape(int *);
class Address {
  void add() { ++a; escape(&a); }
  static int a;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'a' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:21: note: passed by non-const pointer to 'escape' here, whose body is not in this translation unit: it may only read it{{$}}
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: the address of 'a' is taken
};
int Address::a;

class Lambda {
  void add() { auto f = [] { ++l; }; f(); }
  void more() { ++l; }
  static int l;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'l' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:30: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'l' is used in a lambda that does not capture 'this'
};
int Lambda::l;

class Undefined {
  void add() { ++d; }
  void more() { ++d; }
  void elsewhere(); // defined in another file
  static int d;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'd' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: member function 'elsewhere' is not defined in this translation unit
};
int Undefined::d;

struct Aggregate {
  int x;
  void add() { ++g; }
  void more() { ++g; }
  static int g;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'g' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'Aggregate' is an aggregate: brace initialisers would change meaning
};
int Aggregate::g;

class TwoDeclarators {
  void add() { ++p; ++q; }
  void more() { ++p; ++q; }
  static int p, q;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'p' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'p' shares its declaration with another member
  // CHECK-NOTES: :[[@LINE-5]]:17: warning: static member 'q' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:21: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:22: note: incremented here
  // CHECK-NOTES: :[[@LINE-8]]:17: note: no automatic fix: 'q' shares its declaration with another member
};
int TwoDeclarators::p, TwoDeclarators::q;

class NotDefinedHere {
  void add() { ++e; }
  void more() { ++e; }
  static int e;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'e' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:16: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'e' is defined in another translation unit
};

struct Seed { Seed(int, int) {} void grow() { ++size; } int size = 0; };
class Parens {
  void add() { s.grow(); }
  void more() { s.grow(); }
  static Seed s;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: static member 's' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:18: note: modified here by 'grow'
  // CHECK-NOTES: :{{[0-9]+}}:19: note: modified here by 'grow'
  // CHECK-NOTES: :[[@LINE-4]]:15: note: no automatic fix: the initializer of 's' runs once, before main: as a member it would run once for every object
};
Seed Parens::s(1, 2);

class DefaultArg {
  void add(int step = k) { k += step; }
  void more() { ++k; }
  static int k;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'k' is written by instance method 'add'
  // CHECK-NOTES: :{{[0-9]+}}:30: note: assigned here
  // CHECK-NOTES: :{{[0-9]+}}:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'k' is used in a default argument
};
int DefaultArg::k;


// A class of the main file may be used by anyone in it: here a free function
// (through an object: as `PublicFree::f` it would be used as class-wide).
struct PublicFree {
  void add() { ++f; }
  void more() { ++f; }
  static int f;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'f' is written by instance method 'add'
  // CHECK-NOTES: :[[@LINE-4]]:16: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: incremented here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: 'f' is also used by function 'report'
};
int PublicFree::f;
int report(const PublicFree &p) { return p.f; }
