// A type the header sees only through the headers it includes counts as
// declared for it, also when this file included that header first (its
// include guard then makes the header's own #include empty, and the source
// manager records the first inclusion only): input.h includes input_base.h,
// which includes widget.h, so a `Widget *` member compiles in input.h.
// RUN: %check_static_state --header %S/Inputs/chain/input.h --header-filter='input\.h' %s static-state-local-in-method %t -- -- -I%S/Inputs/chain

#include "widget.h"
#include "input.h"

bool Input::handle(Widget *w) {
  static Widget *pushed = nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static local variable 'pushed' in instance method 'handle' is written there; every 'Input' object shares it
  if (w)
    pushed = w;
  return pushed != nullptr;
}
// CHECK-FIXES: {{^}}bool Input::handle(Widget *w) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
