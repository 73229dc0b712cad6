#pragma once
#include <vector>

class Api {
public:
  void fetch(int p);
  int count() const;

private:
  static std::vector<int> data;
};
