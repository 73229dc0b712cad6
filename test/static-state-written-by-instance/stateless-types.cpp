// A static whose class has no data members, in itself or its bases, holds
// no state: an empty tag, a stateless function object, a registrar whose
// constructor registers routes before main() and whose address a virtual
// touch() returns so that the template makes it (drogon's HttpController).
// Nothing in it can change; what its methods write is judged where it
// lives. A class with a data member, also one inherited, or a base the
// template does not know yet, is state: reported.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <cstdio>

void registerRoutes();

template <typename T> class Controller {
public:
  virtual ~Controller() = default;
  virtual void *touch() { return &registrar_; }

private:
  struct Registrar {
    Registrar() { registerRoutes(); }
  };
  static Registrar registrar_;
};
template <typename T>
typename Controller<T>::Registrar Controller<T>::registrar_;

struct Tag {};
struct Printer : Tag {
  void print(int x) { std::printf("%d\n", x); }
};
struct Counter {
  int n = 0;
  void hit() { ++n; }
};
struct Derived : Counter {};

template <typename Base> struct Mixin : Base {
  void run() {}
};

template <typename T> class Widget {
public:
  void draw() {
    printer.print(1);
    derived.hit();
    mixin.run();
  }

private:
  static Printer printer;
  static Derived derived;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static member 'derived' is written by instance method 'draw'
  static Mixin<T> mixin;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'mixin' is written by instance method 'draw'
};
template <typename T> Printer Widget<T>::printer;
template <typename T> Derived Widget<T>::derived;
template <typename T> Mixin<T> Widget<T>::mixin;
