// Fixed text that reads as a person would write it (found on FLTK):
// removing a declaration leaves no blank line after an opening brace and no
// two blank lines in a row; a new private: label is indented like the
// class's own labels.
// RUN: %check_static_state %s static-state-local-in-method %t -- --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false}}"

// CHECK-MESSAGES: :[[@LINE+5]]:16: warning: static local variable 'dnd'
// CHECK-MESSAGES: :[[@LINE+12]]:16: warning: static local variable 'ic'
class Editor {
public:
  int handle(int e) {
    static int dnd;

    if (e == 1) dnd = e;
    return dnd;
  }
  void spot(int v) {
    int a = v;

    static int ic = 0;

    ic += a;
  }
};
// CHECK-FIXES: {{^}}  int handle(int e) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (e == 1) dnd = e;{{$}}
// CHECK-FIXES: {{^}}    int a = v;{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}    ic += a;{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  int dnd{};{{$}}
// CHECK-FIXES-NEXT: {{^}}  int ic = 0;{{$}}

class Indented {
  public:
    int handle(int e) {
      static int p;
      // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static local variable 'p'
      p += e;
      return p;
    }
};
// CHECK-FIXES: {{^}}  private:{{$}}
// CHECK-FIXES-NEXT: {{^}}    int p{};{{$}}
