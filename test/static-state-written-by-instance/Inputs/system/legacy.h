#pragma once
#include <vector>

class SystemWidget {
public:
  void add(int v) { values.push_back(v); }
  static std::vector<int> values;
};
