// The classic bug, in C++: an API wrapper whose "per-request" data lives in a
// static member. Every APIWrapper object shares one map, so a reused worker
// keeps the previous request's items, the map grows until the process dies,
// and two threads race on it.
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <vector>

class APIWrapper {
public:
  explicit APIWrapper(std::string endpoint) : endpoint_(std::move(endpoint)) {
    ++live_wrappers; // deliberate: an instance counter, not reported
  }
  ~APIWrapper() { --live_wrappers; }

  // Appends this page's items to data["items"]... of every wrapper, and
  // returns how many pages this wrapper fetched... counted for all of them.
  int fetch(int page) {
    query.clear(); // rebuilt on every call: scratch of one request
    query += endpoint_ + "?page=" + std::to_string(page);
    std::vector<std::string> &items = data["items"];
    items.push_back(query);
    return ++pages_fetched;
  }

  std::size_t itemCount() const {
    auto it = data.find("items");
    return it == data.end() ? 0 : it->second.size();
  }

  static int liveWrappers() { return live_wrappers; }

private:
  std::string endpoint_;
  // Meant per wrapper, but one copy serves every APIWrapper:
  static std::map<std::string, std::vector<std::string>> data;
  static std::string query;
  static int pages_fetched;
  static int live_wrappers;
  static std::atomic<long> requests; // atomics are shared on purpose
};

std::map<std::string, std::vector<std::string>> APIWrapper::data;
std::string APIWrapper::query;
int APIWrapper::pages_fetched = 0;
int APIWrapper::live_wrappers = 0;
std::atomic<long> APIWrapper::requests{0};

int main() {
  APIWrapper a("https://example.invalid/a");
  APIWrapper b("https://example.invalid/b");
  a.fetch(1);
  int pages = b.fetch(1); // 2: b counts a's page too
  // Exits 3 with the bug: b sees a's item, and a's page in its count.
  return static_cast<int>(b.itemCount()) + pages - 2;
}
