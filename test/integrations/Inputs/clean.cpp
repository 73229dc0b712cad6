#include <map>

class Cache {
public:
  void put(int k, int v) { entries_[k] = v; }
private:
  std::map<int, int> entries_;
};
