// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreSelfRegistration: false, static-state-written-by-instance.FixStrategy: none}}"

class App {
public:
  App() { s_instance = this; }
  ~App() { s_instance = nullptr; }
  static App *instance() { return s_instance; }
private:
  static App *s_instance;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 's_instance' is written by constructor 'App'
};

// The class points a static at one of its objects: the current window
// (FLTK's Fl_Group::current_, Fl_Window::current_), saved and restored;
// the head of an intrusive list of every object (Fl_File_Icon::first_).
// Which object it points to is what is shared: one per object would mean
// nothing.
class Window {
public:
  void activate() { s_active = static_cast<Window *>(this); }
  void adopt(Window *w) { s_active = w; }
  void end() { s_active = parent_; }
private:
  Window *parent_ = nullptr;
  static Window *s_active;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:18: warning: static member 's_active' is written by instance method 'activate'
};

class Icon {
public:
  Icon() : next_(first_) { first_ = this; }
  ~Icon() {
    if (first_ == this)
      first_ = next_;
  }
private:
  Icon *next_;
  static Icon *first_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static member 'first_' is written by constructor 'Icon'
};

// A pointer to the class's own type, assigned whole, with its `= this` in
// another file (FLTK's Fl_Timeout::current_timeout, Fl_Surface_Device's
// surface_): it designates one of the class's objects as well.
class Timeout {
public:
  void run(Timeout *t) {
    Timeout *saved = s_current;
    s_current = t;
    t->fire();
    s_current = saved;
  }
  void fire() {}
private:
  static Timeout *s_current;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:19: warning: static member 's_current' is written by instance method 'run'
};

// Never pointed at one of its own objects: a pointer the objects share,
// still reported; so is one that is also moved (`++`) or written through.
struct Sink { int n = 0; };
class Emitter {
public:
  void route(Sink *s) { s_sink = s; }
  void step() { ++s_cursor; }
  void mark() { s_cursor = this; }
private:
  static Sink *s_sink;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static member 's_sink' is written by instance method 'route'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static member 's_sink' is written by instance method 'route'
  static Emitter *s_cursor;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 's_cursor' is written by instance method
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:19: warning: static member 's_cursor' is written by instance method
};

// A handle made for this object designates it too (FLTK's
// Fl_Button::key_release_tracker, a widget tracker of the button whose key
// release is pending); a new object that does not take `this` does not.
struct Tracker {
  explicit Tracker(const void *watched) : watched(watched) {}
  const void *watched;
};
class Button {
public:
  void press() { s_pending = new Tracker(this); }
  void other() { s_unrelated = new Tracker(nullptr); }
private:
  static Tracker *s_pending;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:19: warning: static member 's_pending' is written by instance method 'press'
  static Tracker *s_unrelated;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static member 's_unrelated' is written by instance method 'other'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:19: warning: static member 's_unrelated' is written by instance method 'other'
};

// A one-instance guard: the flag is shared on purpose.
void fail();
class Session {
public:
  Session() {
    if (s_created)
      fail();
    s_created = true;
  }
private:
  static bool s_created;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 's_created' is written by constructor 'Session'
};
bool Session::s_created = false;
