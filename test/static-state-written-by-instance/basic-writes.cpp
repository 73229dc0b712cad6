// RUN: %check_static_state %s static-state-written-by-instance %t

#include <map>
#include <string>
#include <vector>

class APIWrapper {
public:
  void fetch(int page);
  void reset() { page_ = 0; }
private:
  static std::map<std::string, std::vector<std::string>> data;
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: static member 'data' is written by instance method 'fetch'; every 'APIWrapper' object shares it [static-state-written-by-instance]
  static int page_;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'page_' is written by instance method 'reset'; every 'APIWrapper' object shares it
  static std::vector<int> pushed;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'pushed' is written by instance method 'fetch'
  static double total;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static member 'total' is written by instance method 'fetch'
};

std::map<std::string, std::vector<std::string>> APIWrapper::data;
int APIWrapper::page_;
std::vector<int> APIWrapper::pushed;
double APIWrapper::total;

void APIWrapper::fetch(int page) {
  data["items"].push_back("x");
  page_ = page;
  pushed.push_back(page);
  total += 1.5;
}
// Each keeps its value from one call to the next ('data' and 'pushed' grow,
// 'total' accumulates), so a local would restart them on every call: all four
// become per-instance members, which keep one object's behaviour.
// CHECK-FIXES: {{^}}  std::map<std::string, std::vector<std::string>> data;{{$}}
// CHECK-FIXES: {{^}}  int page_{};{{$}}
// CHECK-FIXES: {{^}}  std::vector<int> pushed;{{$}}
// CHECK-FIXES: {{^}}  double total{};{{$}}
// CHECK-FIXES-NOT: APIWrapper::data
// CHECK-FIXES: {{^}}void APIWrapper::fetch(int page) {
// CHECK-FIXES-NEXT: {{^}}  data["items"].push_back("x");{{$}}
