#include <vector>

class Api {
public:
  void fetch(int p) { data.push_back(p); }

private:
  std::vector<int> data;
};
