#pragma once
#include <vector>

class Recorder {
public:
  int record(int v);
  int depth(int v);

private:
  int base_ = 0;
};
// CHECK-FIXES-HEADER: {{^}}private:{{$}}
// CHECK-FIXES-HEADER-NEXT: {{^}}  int base_ = 0;{{$}}
// CHECK-FIXES-HEADER-NEXT: {{^}}  std::vector<int> seen;{{$}}
// CHECK-FIXES-HEADER-NEXT: {{^}}};{{$}}
