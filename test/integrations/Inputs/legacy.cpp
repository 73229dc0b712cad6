#include <map>

class Legacy {
public:
  void put(int k, int v) { table[k] = v; }
  int size() const { return 0; }
private:
  static std::map<int, int> table;
};
std::map<int, int> Legacy::table;
