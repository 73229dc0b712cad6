#include <vector>

class Api {
public:
  void fetch(int p) { data.push_back(p); undefined_thing(); }

private:
  static std::vector<int> data;
};

std::vector<int> Api::data;
