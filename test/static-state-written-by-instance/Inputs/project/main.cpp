#include "counter.h"

int main() {
  Counter a, b;
  a.add(1);
  b.add(2);
  return b.size() == 1 ? 0 : 1; // 1 while every Counter shares one log
}
