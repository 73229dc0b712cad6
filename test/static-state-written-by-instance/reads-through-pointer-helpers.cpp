// An array or object handed to a helper by non-const pointer is written only
// if the helper's visible body writes through the pointer or hands it on to
// something that may. A body that only loads values through the pointer
// (`p[i]`, `rows[i][j]`, `*p`) reads, on every LLVM; any other use goes to
// clang's pointee analysis of ExprMutationAnalyzer. A helper whose body is
// not visible, a virtual one that a class in view overrides (unless it or
// its class is final: no override can run instead), one that writes
// through the pointer or one that stores it still counts as a write. A
// virtual one that nothing in view overrides is judged by its own body
// (qpdf's rijndael_init handed a constant IV).
// LLVM 19's pointee analysis misses writes through `p[i][j]` and a stored
// pointer, so there a pointer parameter used otherwise stays a write
// (suffix V19).
// RUN: %check_static_state --check-suffixes=,V%llvm_major %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

int *g_kept;
int sum(const int *unused, int *p, int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += p[i];
  return s;
}
int first(int *p) { return *p; }
// Loads, but the pointer is also compared: the pointee analysis decides.
int firstOr(int *p, int *q) { return p == q ? 0 : *p; }
// Loads through a row kept in a local: not only loads (the row is kept).
void zeroRow(int rows[][3]) {
  int *row = rows[1];
  row[0] = 0;
}
// A pointer to rows: clang's pointee analysis alone counts `rows[i]` decaying
// to a non-const `int *` as a possible write (FLTK's rotated_text).
int sumRows(int rows[][3], int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += rows[i][0] + rows[i][2];
  return s;
}
void clearRows(int rows[][3], int n) {
  for (int i = 0; i < n; ++i)
    rows[i][0] = 0;
}
void keep(int *p) { g_kept = p; }
void opaque(int *p);
struct Drawer {
  virtual ~Drawer() = default;
  virtual int draw(int *p) { return *p; }
};
struct Painter {
  virtual ~Painter() = default;
  virtual int paint(int *p) { return p[0]; } // no override in view
};
struct PlainDrawer final : Drawer {
  int draw(int *p) override { return *p; }
};
struct SealedDrawer : Drawer {
  int draw(int *p) final { return p[0] + p[1]; }
};

class Shape {
public:
  int area() { return sum(nullptr, readOnly, 3) + first(&single); }
  int rowArea() { return sumRows(rows, 2); }
  void reset() { clearRows(cleared, 2); }
  void remember() { keep(&kept); }
  int compare() { return firstOr(&compared, nullptr); }
  void zero() { zeroRow(zeroed); }
  void hide() { opaque(&hidden); }
  int render(Drawer &d) { return d.draw(&drawn); }
  int show(Painter &p) { return p.paint(painted); }
  int renderPlain(PlainDrawer &d, SealedDrawer &s) {
    return d.draw(&plain) + s.draw(sealed);
  }

private:
  static int readOnly[3];
  static int single;
  static int rows[2][3];
  static int compared;
  // CHECK-MESSAGES-V19: :[[@LINE-1]]:14: warning: static member 'compared' is written by instance method 'compare'
  static int zeroed[2][3];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'zeroed' is written by instance method 'zero'
  static int cleared[2][3];
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'cleared' is written by instance method 'reset'
  static int kept;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'kept' is written by instance method 'remember'
  static int hidden;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'hidden' is written by instance method 'hide'
  static int drawn;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'drawn' is written by instance method 'render'
  static int plain;
  static int painted[2];
  static int sealed[2];
};
int Shape::readOnly[3] = {1, 2, 3};
int Shape::single = 4;
int Shape::rows[2][3];
int Shape::compared;
int Shape::zeroed[2][3];
int Shape::cleared[2][3];
int Shape::kept;
int Shape::hidden;
int Shape::drawn;
int Shape::plain;
int Shape::painted[2];
int Shape::sealed[2];
