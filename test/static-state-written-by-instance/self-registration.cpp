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

class Window {
public:
  void activate() { s_active = static_cast<Window *>(this); }
  void adopt(Window *w) { s_active = w; } // not self-registration
private:
  static Window *s_active;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static member 's_active' is written by instance method 'activate'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:18: warning: static member 's_active' is written by instance method 'activate'
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
