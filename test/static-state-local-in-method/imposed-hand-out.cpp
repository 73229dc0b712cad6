// A static local returned by mutable pointer only because a conversion
// function's target type asks for it (fmt's tests: `operator char *() const
// { static char c[] = "bar"; return c; }`) is handed out, not written; the
// same local handed out by an ordinary member function still is.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"

struct ConvertibleToBar {
  operator char *() const {
    static char c[] = "bar";
    return c;
  }
};

struct Buffer {
  char *scratch() {
    static char s[16];
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 's' in instance method 'scratch'
    return s;
  }
};
