// RUN: %check_static_state %s static-state-local-in-method %t
// Not reported: const and constexpr locals, locals only read, deliberate
// types, guarded writes, lazy initialisation, and statics in static member
// functions or free functions.

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

std::vector<int> load();

class Quiet {
public:
  int reads() const {
    static const int kLimit = 4;
    static constexpr int kMax = 8;
    static std::vector<int> table = load(); // initialised once, only read
    static std::string name = "quiet";
    return kLimit + kMax + static_cast<int>(table.size() + name.size());
  }
  void counts() {
    static std::atomic<int> hits{0};
    hits.fetch_add(1);
  }
  void guarded() {
    static std::mutex mu;
    static std::vector<int> log;
    std::lock_guard<std::mutex> lock(mu);
    log.push_back(1);
  }
  int lazy() {
    static int *cache = nullptr;
    if (!cache)
      cache = new int(3);
    return *cache;
  }
  Quiet() {
    static bool created = false; // only one Quiet may exist: shared on purpose
    if (created)
      throw 1;
    created = true;
  }
  static void staticFunction() {
    static int n = 0;
    ++n;
  }
};

void freeFunction() {
  static std::vector<int> v;
  v.push_back(1);
}
