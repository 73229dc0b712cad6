// A scratch buffer shared by every parser: the second parser sees the first
// one's characters. After --fix it is a local of parse(). Exits 1, then 0.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <string>
#include <vector>

class Parser {
public:
  std::size_t parse(const std::string &text) {
    for (char c : text)
      scratch.push_back(c);
    return scratch.size();
  }
private:
  static std::vector<char> scratch;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: static member 'scratch' is written by instance method 'parse'
};
std::vector<char> Parser::scratch;

int main() {
  Parser a, b;
  a.parse("abc");
  return b.parse("xy") == 2 ? 0 : 1;
}
// CHECK-FIXES: {{^}}    std::vector<char> scratch;{{$}}
