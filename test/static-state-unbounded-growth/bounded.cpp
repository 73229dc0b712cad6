// RUN: %check_static_state %s static-state-unbounded-growth %t
// Containers that shrink somewhere, grow only at start-up, are filled once,
// or are pruned by a destructor are bounded: nothing is reported.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

std::vector<int> g_cleared;
void add1(int v) { g_cleared.push_back(v); }
void flush() { g_cleared.clear(); }

std::vector<int> g_erased;
void add2(int v) { g_erased.push_back(v); }
void drop() { g_erased.erase(g_erased.begin()); }

std::vector<int> g_swapped;
void add3(int v) { g_swapped.push_back(v); }
std::vector<int> take() { std::vector<int> out; std::swap(out, g_swapped); return out; }

std::vector<int> g_moved;
void add4(int v) { g_moved.push_back(v); }
std::vector<int> take2() { return std::move(g_moved); }

std::vector<int> g_assigned;
void add5(int v) { g_assigned.push_back(v); }
void reset() { g_assigned = {}; }

std::vector<int> g_resized;
void add6(int v) { g_resized.push_back(v); }
void trim() { g_resized.resize(10); }

void handOff(std::vector<int> &);
std::vector<int> g_escaped;
void add7(int v) { g_escaped.push_back(v); }
void escape() { handOff(g_escaped); } // may shrink it: unknown

std::vector<int> g_startup = {1, 2, 3};
std::vector<int> g_inMain;
int main() {
  g_inMain.push_back(1);
  return 0;
}

std::map<int, int> g_table;
int lookup(int k) {
  if (g_table.empty()) {
    g_table[1] = 1;
    g_table[2] = 4;
  }
  return g_table.find(k % 2 + 1)->second;
}

class Node {
public:
  Node() { s_all.insert(this); }
  ~Node() { s_all.erase(this); }
private:
  static std::set<Node *> s_all;
};

std::vector<int> g_onlyRead;
int sum() { int t = 0; for (int v : g_onlyRead) t += v; return t; }

extern std::vector<int> g_elsewhere; // defined, and maybe pruned, elsewhere
void add8(int v) { g_elsewhere.push_back(v); }

const std::vector<int> g_const = {1};
