#pragma once
#include <vector>

class Recorder {
public:
  int record(int v);
  int depth(int v);
  int base() const { return base_; }

private:
  int base_ = 0;
};
