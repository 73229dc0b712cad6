// RUN: %check_static_state %s static-state-written-by-instance %t

#include <string>
#include <vector>

class Parser {
public:
  int parse(const std::string &text) {
    scratch.clear();
    for (char c : text)
      scratch.push_back(c);
    return static_cast<int>(scratch.size()) + depth++;
  }
  void empty() {}
private:
  static std::vector<char> scratch; // reused buffer
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: static member 'scratch' is written by instance method 'parse'
  static int depth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'depth' is written by instance method 'parse'
};

std::vector<char> Parser::scratch;
int Parser::depth = 1;

int main() { Parser p; return p.parse("ab") == 0; }

// 'scratch' is cleared before every use: a local. 'depth' counts up from
// call to call: a per-instance member, so the count is kept.
// CHECK-FIXES: {{^}}  int parse(const std::string &text) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    std::vector<char> scratch; // reused buffer{{$}}
// CHECK-FIXES-NEXT: {{^}}    scratch.clear();{{$}}
// The declaration's trailing comment moves with it.
// CHECK-FIXES: {{^}}private:{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  int depth = 1;{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}};{{$}}
// CHECK-FIXES-NOT: Parser::
// CHECK-FIXES: {{^}}int main()
