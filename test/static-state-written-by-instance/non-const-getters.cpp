// A call of a member function that returns a value, is not const only by
// omission and whose visible body leaves its object unchanged (no member
// written, no non-const member function that writes called, `this` not
// handed on) reads the static. A function returning nothing, a body not in
// view, a virtual function overridden in view and a member through which the state lives
// elsewhere (a pimpl pointer, a smart pointer) still count as writes.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <memory>
#include <vector>

struct Category {
  unsigned mask = ~0u;
  bool enabled(unsigned p) { return mask & (1u << p); } // not const by omission
  int twice() { return level() * 2; }                   // calls another such getter
  int level() { return static_cast<int>(mask & 7u); }
  bool disable(unsigned p) { mask &= ~(1u << p); return true; }
  bool reset() { return clear(); }                      // calls a writer
  bool clear() { mask = 0; return true; }
  Category *self() { return this; }                     // hands `this` on
  int viaSelf() { return self()->level(); }
  void touch() {}                                       // returns nothing: a writer
  int remote();                                         // body not in view
  virtual int hook() { return 0; }                      // an override may write
  virtual ~Category() = default;
};
struct Special : Category {
  int hook() override { return 1; }
};

struct Impl { std::vector<int> v; };
struct Handle {
  std::shared_ptr<Impl> d = std::make_shared<Impl>();
  bool add(int x) { d->v.push_back(x); return true; } // the state is behind d
};

class Logger {
public:
  void onRun() { (void)Read.enabled(1); (void)Read.twice(); }
  void onDisable() { (void)Disabled.disable(2); }
  void onReset() { (void)Reset.reset(); }
  void onSelf() { (void)Self.viaSelf(); }
  void onTouch() { Touched.touch(); }
  void onRemote() { (void)Remote.remote(); }
  void onHook() { (void)Hooked.hook(); }
  void onAdd() { (void)Handles.add(3); }

  static Category Read;
  static Category Disabled;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'Disabled' is written by instance method 'onDisable'
  static Category Reset;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'Reset' is written by instance method 'onReset'
  static Category Self;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'Self' is written by instance method 'onSelf'
  static Category Touched;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'Touched' is written by instance method 'onTouch'
  static Category Remote;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'Remote' is written by instance method 'onRemote'
  static Category Hooked;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 'Hooked' is written by instance method 'onHook'
  static Handle Handles;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static member 'Handles' is written by instance method 'onAdd'
};
Category Logger::Read;
Category Logger::Disabled;
Category Logger::Reset;
Category Logger::Self;
Category Logger::Touched;
Category Logger::Remote;
Category Logger::Hooked;
Handle Logger::Handles;
