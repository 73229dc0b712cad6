// Decision table, row "one user, overwritten before every read": parse()
// clears its scratch buffer before using it, so no value flows from one call
// to the next and the buffer becomes a local of parse(). Shared, a parse that
// starts another parser's parse (here through a callback) has its buffer
// clobbered. Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <string>
#include <vector>

class Parser {
public:
  std::size_t parse(const std::string &text, Parser *nested) {
    scratch.clear();
    for (char c : text)
      scratch.push_back(c);
    if (nested)
      nested->parse("z", nullptr);
    return scratch.size();
  }
private:
  static std::vector<char> scratch;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: static member 'scratch' is written by instance method 'parse'
};
std::vector<char> Parser::scratch;

int main() {
  Parser a, b;
  bool single = a.parse("abc", nullptr) == 3 && a.parse("xy", nullptr) == 2;
  return single && a.parse("abcd", &b) == 4 ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::size_t parse(const std::string &text, Parser *nested) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    std::vector<char> scratch;{{$}}
// CHECK-FIXES-NEXT: {{^}}    scratch.clear();{{$}}
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NOT: Parser::scratch
