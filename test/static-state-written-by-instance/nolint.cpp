// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=NOTES %s static-state-written-by-instance %t

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
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:14: warning: static member 'd' is written by instance method 'f'
  // CHECK-NOTES-NOTES: :{{[0-9]+}}:{{[0-9]+}}: note:
  // CHECK-NOTES-NOTES: :[[@LINE-4]]:14: note:
};

// A write on a NOLINT line gets no note: clang-tidy would drop that note and
// every later one (the other writes, what the fix does) with it.
class Counted {
public:
  void first() { ++n; }
  void quiet() { ++n; } // NOLINT
  void noisy() {
    // NOLINTNEXTLINE
    ++n;
  }
  void last() { n += 2; }
  static int n;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'n' is written by instance method 'first'
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:14: warning: static member 'n' is written by instance method 'first'
  // CHECK-NOTES-NOTES: :[[@LINE-10]]:18: note: incremented here
  // CHECK-NOTES-NOTES: :[[@LINE-5]]:19: note: assigned here
  // CHECK-NOTES-NOTES: :[[@LINE-5]]:14: note: no automatic fix: 'n' is defined in another translation unit
};

// Only the line NOLINT covers loses its note: a write at the start of the
// line after a NOLINT, and one after the empty line that a NOLINTNEXTLINE
// covers, keep theirs.
class Edges {
public:
  void first() {
    helper(); // NOLINT
++n;
  }
  void second() {
    // NOLINTNEXTLINE

    n += 2;
  }
  static void helper();
  static int n;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'n' is written by instance method 'first'
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:14: warning: static member 'n' is written by instance method 'first'
  // CHECK-NOTES-NOTES: :[[@LINE-11]]:1: note: incremented here
  // CHECK-NOTES-NOTES: :[[@LINE-7]]:7: note: assigned here
  // CHECK-NOTES-NOTES: :[[@LINE-5]]:14: note: no automatic fix: member function 'helper' is not defined in this translation unit
};
