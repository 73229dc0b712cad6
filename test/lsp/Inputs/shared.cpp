#include <vector>

class Api {
public:
  void fetch(int p) { data.push_back(p); }

private:
  static std::vector<int> data;
};

std::vector<int> Api::data;
