// Static locals declared together (`static int ix, drag;`, FLTK's handle()
// idiom) share one `static`: an edit for one is an edit of the others, and
// clang-tidy drops both of two warnings' fixes that overlap. The fix on the
// first variable's warning rewrites the declaration for all of them, each as
// the decision table picks for it alone (a scratch overwritten before every
// read becomes a plain local, a value carried between calls a member); the
// others' warnings say what that fix does to them. Exits 1 before the fix
// (a second object sees the first one's press), 0 after.
// RUN: %check_static_state --run %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreConstantStores: false}}"

#include <cstdio>

class Slider {
public:
  int handle(int event, int x) {
    static int ix, drag = -1, moved;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'ix' in instance method 'handle' is written there; every 'Slider' object shares it
    // CHECK-NOTES: :{{[0-9]+}}:10: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'moved' a plain local variable and 'ix' and 'drag' per-instance members of 'Slider', rewriting the declaration they share
    // CHECK-NOTES: :[[@LINE-4]]:20: warning: static local variable 'drag'
    // CHECK-NOTES: :{{[0-9]+}}:12: note: assigned here
    // CHECK-NOTES: :{{[0-9]+}}:10: note: assigned here
    // CHECK-NOTES: :[[@LINE-7]]:20: note: the fix on 'ix', which shares its declaration, makes 'drag' a per-instance member of 'Slider'
    // CHECK-NOTES: :[[@LINE-8]]:31: warning: static local variable 'moved'
    // CHECK-NOTES: :{{[0-9]+}}:11: note: assigned here
    // CHECK-NOTES: :[[@LINE-10]]:31: note: the fix on 'ix', which shares its declaration, makes 'moved' a plain local variable
    // CHECK-FIXES: {{^}}    int moved;{{$}}
    moved = x - ix; // overwritten before every read: scratch of one call
    if (event == 1) { // press: remember where
      ix = x;
      drag = 0;
      return 0;
    }
    if (drag < 0)
      return -1; // no press seen by this slider
    drag += moved;
    return drag;
  }

private:
  int x_ = 0;
};
// CHECK-FIXES: {{^}}  int x_ = 0;{{$}}
// CHECK-FIXES-NEXT: {{^}}  int ix{};{{$}}
// CHECK-FIXES-NEXT: {{^}}  int drag = -1;{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}

// Pointer declarators keep their own '*'; the comment goes with the last.
class Label {
public:
  int measure(const char *a, const char *b) const {
    static const char* first = nullptr, *second = nullptr; // the last pair
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: static local variable 'first' in instance method 'measure' is written there; every 'Label' object shares it
    // CHECK-NOTES: :{{[0-9]+}}:18: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:24: note: make 'first' and 'second' per-instance members of 'Label', rewriting the declaration they share
    // CHECK-NOTES: :[[@LINE-4]]:42: warning: static local variable 'second'
    // CHECK-NOTES: :{{[0-9]+}}:19: note: assigned here
    // CHECK-NOTES: :[[@LINE-6]]:42: note: the fix on 'first', which shares its declaration, makes 'second' a per-instance member of 'Label'
    if (a) first = a;
    if (b) second = b;
    return (first ? 1 : 0) + (second ? 2 : 0);
  }

private:
  int second_ = 0;
  // CHECK-FIXES: {{^}}  int second_ = 0;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  mutable const char* first = nullptr;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  mutable const char *second = nullptr; // the last pair{{$}}
};

// All plain locals: only the shared 'static' goes.
class Summer {
public:
  int twice(int v) {
    static int tmp, sum;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'tmp'
    // CHECK-NOTES: :{{[0-9]+}}:9: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'tmp' and 'sum' plain local variables (dropping the 'static' they share)
    // CHECK-NOTES: :[[@LINE-4]]:21: warning: static local variable 'sum'
    // CHECK-NOTES: :{{[0-9]+}}:9: note: assigned here
    // CHECK-NOTES: :[[@LINE-6]]:21: note: the fix on 'tmp', which shares its declaration, makes 'sum' a plain local variable
    // CHECK-FIXES: {{^}}    int tmp, sum;{{$}}
    tmp = v;
    sum = tmp + tmp;
    return sum;
  }
};

// A variable the check does not report (only read) keeps the declaration
// as it is: it is not split.
class Limited {
public:
  bool hit() {
    static int hits = 0, limit = 3;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'hits'
    // CHECK-NOTES: :{{[0-9]+}}:12: note: incremented here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: 'hits' shares its declaration with 'limit', which stays static (it is not reported): the declaration is not split
    // CHECK-FIXES: {{^}}    static int hits = 0, limit = 3;{{$}}
    return ++hits <= limit;
  }
};

// A bound the initializer gives must be spelled out in a member
// (`int cards[] = {...};` does not compile in a class).
class Deck {
public:
  int draw() {
    static int cards[] = {3, 1, 2}, drawn = 0;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'cards'
    // CHECK-NOTES: :{{[0-9]+}}:14: note: assigned here (a part of it)
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'cards' and 'drawn' per-instance members of 'Deck', rewriting the declaration they share
    // CHECK-NOTES: :[[@LINE-4]]:37: warning: static local variable 'drawn'
    // CHECK-NOTES: :{{[0-9]+}}:23: note: incremented here
    // CHECK-NOTES: :[[@LINE-6]]:37: note: the fix on 'cards', which shares its declaration, makes 'drawn' a per-instance member of 'Deck'
    static char last[] = "none";
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'last'
    // CHECK-NOTES: :{{[0-9]+}}:13: note: assigned here (a part of it)
    // CHECK-NOTES: :[[@LINE-3]]:17: note: make 'last' a per-instance member of 'Deck'
    // CHECK-NOTES: :[[@LINE-4]]:17: note: alternatively, make 'last' a plain local variable (drop 'static') (as a local, every call of 'draw' starts from its initial value
    cards[0] += 10;
    last[0] = 'N';
    return cards[drawn++ % 3] + (last[0] == 'N');
  }
};
// CHECK-FIXES: {{^}}class Deck {{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  int cards[3] = {3, 1, 2};{{$}}
// CHECK-FIXES-NEXT: {{^}}  int drawn = 0;{{$}}
// CHECK-FIXES-NEXT: {{^}}  char last[5] = "none";{{$}}

// A class with no private section: every fix opens no section of its own;
// the one new `private:` label goes apart from the members (at the end of
// the line before), so it comes first whatever order several warnings'
// insertions are merged in (FLTK's Fl_Tile under run-clang-tidy -fix).
class Tile {
public:
  int handle(int e, int x) {
    static int sdrag = 0;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'sdrag'
    // CHECK-NOTES: :{{[0-9]+}}:25: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'sdrag' a per-instance member of 'Tile'
    // CHECK-NOTES: :[[@LINE-4]]:16: note: alternatively, make 'sdrag' a plain local variable
    static int sdx, sdy;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'sdx'
    // CHECK-NOTES: :{{[0-9]+}}:34: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'sdx' and 'sdy' per-instance members of 'Tile', rewriting the declaration they share
    // CHECK-NOTES: :[[@LINE-4]]:21: warning: static local variable 'sdy'
    // CHECK-NOTES: :{{[0-9]+}}:9: note: assigned here
    // CHECK-NOTES: :[[@LINE-6]]:21: note: the fix on 'sdx', which shares its declaration, makes 'sdy' a per-instance member of 'Tile'
    if (e == 1) { sdrag = 1; sdx = x; return 0; }
    sdy += x - sdx;
    return sdrag ? sdy : -1;
  }
};
// CHECK-FIXES: {{^}}class Tile {{{$}}
// CHECK-FIXES: {{^}}    return sdrag ? sdy : -1;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  int sdrag = 0;{{$}}
// CHECK-FIXES-NEXT: {{^}}  int sdx{};{{$}}
// CHECK-FIXES-NEXT: {{^}}  int sdy{};{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}

int main() {
  Slider a, b;
  a.handle(1, 10);
  int r = b.handle(2, 15); // b saw no press: -1 once it is per-instance
  Label l1, l2;
  l1.measure("x", "y");
  int m = l2.measure(nullptr, nullptr);
  Summer s;
  Limited h;
  h.hit();
  Deck d;
  int first = d.draw();
  Tile t1, t2;
  t1.handle(1, 4);
  if (t2.handle(2, 5) != -1)
    return 1;
  std::printf("%d %d %d %d\n", r, m, s.twice(4), first);
  return r == -1 && m == 0 && s.twice(3) == 6 && first == 14 ? 0 : 1;
}
