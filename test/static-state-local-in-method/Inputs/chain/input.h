#ifndef CHAIN_INPUT_H
#define CHAIN_INPUT_H
#include "input_base.h"
class Input : public InputBase {
public:
  Input() {}
  bool handle(Widget *w);
};
// CHECK-FIXES-HEADER: {{^}}  bool handle(Widget *w);{{$}}
// CHECK-FIXES-HEADER-NEXT: {{^}}private:{{$}}
// CHECK-FIXES-HEADER-NEXT: {{^}}  Widget *pushed = nullptr;{{$}}
#endif
