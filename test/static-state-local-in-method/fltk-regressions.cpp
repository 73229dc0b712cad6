// Found by run-clang-tidy -fix on FLTK: dropping 'static' from one declarator
// of `static int a, b = -1, c;` would change its siblings' storage too, so
// the declaration is rewritten once, by the fix on its first variable, each
// variable as the table picks for it; and a renamed member would miss its
// uses inside sizeof, so that one gets no fix.
// RUN: %check_static_state %s static-state-local-in-method %t

#include <cstring>

class Input {
public:
  explicit Input(int p) : pathname_(p) {}
  int handle(int e) {
    static int save, drag_start = -1, newpos;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'save'
    // CHECK-NOTES: :{{[0-9]+:[0-9]+}}: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: make 'save' and 'newpos' plain local variables and 'drag_start' a per-instance member of 'Input', rewriting the declaration they share
    // CHECK-NOTES: :[[@LINE-4]]:22: warning: static local variable 'drag_start'
    // CHECK-NOTES: :{{[0-9]+:[0-9]+}}: note: assigned here
    // CHECK-NOTES: :[[@LINE-6]]:22: note: the fix on 'save', which shares its declaration, makes 'drag_start' a per-instance member of 'Input'
    // CHECK-NOTES: :[[@LINE-7]]:39: warning: static local variable 'newpos'
    // CHECK-NOTES: :{{[0-9]+:[0-9]+}}: note: assigned here
    // CHECK-NOTES: :[[@LINE-9]]:39: note: the fix on 'save', which shares its declaration, makes 'newpos' a plain local variable
    // CHECK-FIXES: {{^}}    int save, newpos;{{$}}
    newpos = e;
    if (e == 1) drag_start = e;
    save = newpos + drag_start;
    return save;
  }
  int value(const char *v) {
    static char pathname[64];
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'pathname'
    // CHECK-NOTES: :{{[0-9]+}}:5: note: passed by non-const pointer to 'strncpy' here
    // CHECK-NOTES: :[[@LINE-3]]:17: note: no automatic fix: 'pathname' is used in sizeof, decltype or noexcept
    std::strncpy(pathname, v, sizeof(pathname) - 1);
    return static_cast<int>(std::strlen(pathname));
  }
  int pathname_ = 0; // the class uses the name: a member would be renamed
};
// CHECK-FIXES: {{^}}  int pathname_ = 0; // the class uses the name: a member would be renamed{{$}}
// CHECK-FIXES-NEXT: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  int drag_start = -1;{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
