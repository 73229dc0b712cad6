// Decision table, row "one user, overwritten before every read, that may
// run inside itself": parse() clears its scratch buffer before using it, but
// it calls parse() again (here on another parser) before it reads the
// buffer's size. A member keeps what one object did (a nested parse on the
// same parser would share the buffer, as with the static): it is the fix on
// the warning; a local is on a note. Shared, a parse that starts another
// parser's parse has its buffer clobbered. Exits 1 before the fix, 0 after.
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
// CHECK-FIXES: {{^}}  std::vector<char> scratch;{{$}}
// CHECK-FIXES-NOT: Parser::scratch
