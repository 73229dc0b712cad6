// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"

class Quiet {
public:
  void f() {
    static int a; // NOLINT
    static int b; // NOLINT(static-state-local-in-method)
    // NOLINTNEXTLINE(static-state-*)
    static int c;
    static int d; // NOLINT(static-state-written-by-instance)
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'd' in instance method 'f'
    ++a; ++b; ++c; ++d;
  }
};
