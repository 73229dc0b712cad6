#pragma once
#include <vector>

class HeaderWidget {
public:
  void add(int v);
private:
  static std::vector<int> values;
};
