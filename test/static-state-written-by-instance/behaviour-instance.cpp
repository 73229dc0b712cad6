// The bug, run: two wrappers see each other's items until --fix makes the
// map per-instance. Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <map>
#include <string>
#include <vector>

class APIWrapper {
public:
  void fetch(int page) { data["items"].push_back("page " + std::to_string(page)); }
  std::size_t itemCount() const {
    auto it = data.find("items");
    return it == data.end() ? 0 : it->second.size();
  }
private:
  static std::map<std::string, std::vector<std::string>> data;
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: static member 'data' is written by instance method 'fetch'
};
std::map<std::string, std::vector<std::string>> APIWrapper::data;

int main() {
  APIWrapper a, b;
  a.fetch(1);
  b.fetch(1);
  return b.itemCount() == 1 ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::map<std::string, std::vector<std::string>> data;{{$}}
