#include <map>

class Cache {
public:
  void put(int k, int v) { entries[k] = v; }
  void drop(int k) { entries.erase(k); }
private:
  static std::map<int, int> entries;
};
std::map<int, int> Cache::entries;
