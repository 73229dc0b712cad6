// Documented limitation: `this->counter` through a dependent base (CRTP)
// names no declaration in the template the check analyses: the base is
// only known per instantiation. Written by the base template's own member
// functions, it is reported; written from a class derived from one
// specialization of it (Plain below), it is not either: the check judges a
// class template's statics by the template's code.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <vector>

template <typename D> struct Counted {
  void note() { log.push_back(1); }
  static int counter;
  static std::vector<int> log;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'log' is written by instance method 'note'
};
template <typename D> int Counted<D>::counter = 0;
template <typename D> std::vector<int> Counted<D>::log;

template <typename T> struct Widget : Counted<Widget<T>> {
  void bump() { ++this->counter; } // not followed: dependent base
  void note2() { this->note(); }
};

struct Plain : Counted<Plain> {
  void bump() { ++counter; } // a specialization's static: not judged here
};

void use() {
  Widget<int> w;
  w.bump();
  w.note2();
  Plain p;
  p.bump();
}
