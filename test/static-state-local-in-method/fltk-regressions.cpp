// Found by run-clang-tidy -fix on FLTK: dropping 'static' from one declarator
// of `static int a, b = -1, c;` would change its siblings' storage too, and a
// renamed member would miss its uses inside sizeof. Neither gets a fix.
// RUN: %check_static_state %s static-state-local-in-method %t

#include <cstring>

class Input {
public:
  explicit Input(int p) : pathname_(p) {}
  int handle(int e) {
    static int save, drag_start = -1, newpos;
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: static local variable 'save'
    // CHECK-NOTES: :{{[0-9]+:[0-9]+}}: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: 'save' shares its declaration with another variable
    // CHECK-NOTES: :[[@LINE-4]]:22: warning: static local variable 'drag_start'
    // CHECK-NOTES: :{{[0-9]+:[0-9]+}}: note: assigned here
    // CHECK-NOTES: :[[@LINE-6]]:22: note: no automatic fix: 'drag_start' shares its declaration with another variable
    // CHECK-NOTES: :[[@LINE-7]]:39: warning: static local variable 'newpos'
    // CHECK-NOTES: :{{[0-9]+:[0-9]+}}: note: assigned here
    // CHECK-NOTES: :[[@LINE-9]]:39: note: no automatic fix: 'newpos' shares its declaration with another variable
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
