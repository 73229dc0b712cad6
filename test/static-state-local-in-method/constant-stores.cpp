// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreConstantStores: false, static-state-local-in-method.FixStrategy: none}}"

// A static local that every call sets to the same constants before any
// read shows no call, and no object, what another left
// (IgnoreConstantStores): googletest keeps such strings static because
// EXPECT_FATAL_FAILURE cannot name locals. A store under a condition, a
// read before the store, a store of a value the call brings, or a goto that
// can skip the store: reported.

#include <map>
#include <string>

bool check(const std::string &a, const std::string &b);
void use(const char *);

class StdStringTest {
public:
  void TestBody() {
    if (!check("Test", std::string("Test")))
      return; // an early return skips the store and every read alike
    static std::string str3("A * in the middle");
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:24: warning: static local variable 'str3' in instance method 'TestBody'
    str3.at(2) = '\0';
    struct Local { static bool run() { return check("A", str3); } };
    Local::run();
  }
  void marks() {
    static char buf[8] = "abc";
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'buf' in instance method 'marks'
    static std::map<std::string, int> seen;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:39: warning: static local variable 'seen' in instance method 'marks'
    buf[0] = 'x';
    seen["first"] = 1;
    use(buf);
    use(seen.count("first") ? "yes" : "no");
  }

  // A store under a condition: the first call may skip it.
  void sometimes(bool b) {
    static char flag[2] = "a";
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'flag' in instance method 'sometimes'
    if (b)
      flag[0] = 'b';
    use(flag);
  }
  // Read before the store: the first call sees the initial value, a latch.
  void latch() {
    static bool done = false;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'done' in instance method 'latch'
    if (!done)
      use("first");
    done = true;
  }
  // The call's own value, not a constant.
  void named(char c) {
    static std::string s("abc");
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 's' in instance method 'named'
    s.at(0) = c;
    use(s.c_str());
  }
  // A goto can skip the store.
  void jumps(bool b) {
    static int mode = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'mode' in instance method 'jumps'
    if (b)
      goto done;
    mode = 1;
  done:
    use(mode ? "one" : "zero");
  }
};
