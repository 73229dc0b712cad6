// Which comments SharingCommentPattern reads, with a pattern that would
// match anything saying "static": a NOLINT marker naming a check
// (`NOLINT(static-state-...)`) and this tool's own name are not reasons; a
// comment before the declaration on its line is not its comment; and a
// comment above a line where the declaration does not come first belongs to
// what does (`struct Inner { static int n; ... };`). A comment after the
// declaration that says it is still read (the control).
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.SharingCommentPattern: 'static', static-state-written-by-instance.FixStrategy: none}}"

class Guards {
public:
  void touch(int v) {
    a_ = v + w_;
    b_ = v + w_;
    c_ = v + w_;
    d_ = v + w_;
  }

private:
  // CHECK-MESSAGES: :[[@LINE+4]]:14: warning: static member 'a_' is written by instance method 'touch'
  // CHECK-MESSAGES: :[[@LINE+6]]:14: warning: static member 'b_' is written by instance method 'touch'
  // CHECK-MESSAGES: :[[@LINE+6]]:27: warning: static member 'c_' is written by instance method 'touch'
  int w_ = 0;
  static int a_; // NOLINT(static-state-local-in-method)
  int sep_ = 0;
  // see static-state-tidy's documentation
  static int b_;
  /* static */ static int c_;
  static int d_; // static on purpose: one value for all
};
int Guards::a_ = 0;
int Guards::b_ = 0;
int Guards::c_ = 0;
int Guards::d_ = 0;

// CHECK-MESSAGES: :[[@LINE+2]]:27: warning: static member 'n' is written by instance method 'f'
// static on purpose: this comment is about Inner, not about n
struct Inner { static int n; int m = 0; void f() { n = m; } };
int Inner::n = 0;
