// RUN: %check_static_state %s static-state-written-by-instance %t

class Quiet {
public:
  void f() { ++a; ++b; ++c; ++d; }
private:
  static int a; // NOLINT
  static int b; // NOLINT(static-state-written-by-instance)
  // NOLINTNEXTLINE(static-state-*)
  static int c;
  static int d; // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'd' is written by instance method 'f'
};
