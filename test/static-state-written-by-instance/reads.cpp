// RUN: %check_static_state %s static-state-written-by-instance %t
// Non-const overloads that only look, copies, identity uses and calls through
// a plain pointer to a shared service are reads: nothing here is reported.

#include <cstring>
#include <map>
#include <string>
#include <vector>

struct Logger { void log(const char *) {} };
struct Node { Node *next = nullptr; };

void show(const std::vector<int> &v);
void takeCopy(std::vector<int> v);

class Reads {
public:
  int lookups(int k) {
    auto it = table.find(k);               // non-const find, result only read
    int n = it == table.end() ? 0 : it->second;
    n += values.at(0);                     // non-const at, read
    n += values[1];                        // vector operator[], read
    n += static_cast<int>(values.size());
    for (auto b = values.begin(); b != values.end(); ++b)
      n += *b;                             // non-const begin, read
    return n;
  }
  void copies() {
    show(values);
    takeCopy(values);
    std::vector<int> local = values;
    for (const int &v : values) total_ += v;
    for (int &v : values) total_ += v;      // non-const reference, never written
    auto &alias = values;                   // alias, only read
    total_ += alias.size();
  }
  void service() { logger->log("hi"); }   // the logger is not ours
  bool identity(Node *n) {
    current_ = &sentinel;                   // stored as a marker
    return n == &sentinel;                  // compared
  }
  void arrays(char *dst) { std::memcpy(dst, table2, sizeof table2); }
  void unevaluated() { using T = decltype(counter); T t = sizeof(counter); (void)t; }

private:
  long total_ = 0;
  Node *current_ = nullptr;
  static std::map<int, int> table;
  static std::vector<int> values;
  static Logger *logger;
  static Node sentinel;
  static char table2[16];
  static int counter;
};
