// An out-of-line definition that the fix removes takes the comment right
// above it when the two stand apart (found on FLTK's Fl_Input_.cxx, where
// "/* Flag to remember last cursor move. */" was left describing nothing);
// a comment above a group of definitions stays while the group is removed
// one definition at a time. No two blank lines are left in a row.
// RUN: %check_static_state --run-same %s static-state-written-by-instance %t

class Input {
public:
  void move(int d) { up_down_pos += d; was_up_down = 1; grouped_a += d; }
  int get() const { return (int)up_down_pos + was_up_down + grouped_a + grouped_b; }
  void other(int d) { grouped_b += d; }
private:
  /** Horizontal cursor position while moving. */
  static double up_down_pos;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static member 'up_down_pos'
  /** Flag to remember the last move. */
  static int was_up_down;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'was_up_down'
  static int grouped_a;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'grouped_a'
  static int grouped_b;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'grouped_b'
};

////////////////////////////////////////////////////////////////

/* Horizontal cursor position in pixels while moving up or down. */
double Input::up_down_pos = 0;

/* Flag to remember
   last cursor move. */
int Input::was_up_down = 0;

// Both counters of Input:
int Input::grouped_a = 0;
int Input::grouped_b = 0;

int main() { Input i; i.move(2); return i.get() == 5 ? 0 : 1; }
// CHECK-FIXES: {{^}}////////////////////////////////////////////////////////////////{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}// Both counters of Input:{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}int main() {{.*}}
