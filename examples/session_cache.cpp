// Two more ways to share state by accident.
//  - A function-local static inside a member function is one object for every
//    Session: the second session "remembers" the first one's items.
//  - A global registry every Session adds itself to, and nothing ever prunes,
//    holds its memory until the process exits, lock or no lock.
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <vector>

struct Item { std::string name; };

std::mutex g_registryMutex;
std::map<int, std::string> g_sessionNames; // grows forever

class Session {
public:
  Session(int id, const std::string &name) {
    std::lock_guard<std::mutex> lock(g_registryMutex);
    g_sessionNames[id] = name; // never erased, not even by ~Session
  }
  bool remember(const Item &item) {
    // One list for every Session: a new session has "seen" the old names.
    static std::vector<std::string> seen;
    for (const std::string &s : seen)
      if (s == item.name)
        return false;
    seen.push_back(item.name);
    return true;
  }
  void deprecatedCall() {
    static bool warned = false; // a warn-once latch: deliberate, not reported
    if (!warned) {
      warned = true;
      std::puts("deprecatedCall() is deprecated");
    }
  }
};

int main() {
  Session a(1, "a"), b(2, "b");
  a.remember({"x"});
  // b has never seen "x", yet remember() returns false: the local static is shared.
  bool fresh = b.remember({"x"});
  return fresh ? 0 : 1;
}
