#pragma once
#include <string>
#include <vector>

class Registry {
public:
  void add(const std::string &name);
  std::size_t size() const;

private:
  static std::vector<std::string> names; // every Registry's names
  // CHECK-FIXES-HEADER: {{^}}  std::vector<std::string> names; // every Registry's names{{$}}
};
