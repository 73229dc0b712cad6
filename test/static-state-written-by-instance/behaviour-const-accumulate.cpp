// Decision table, row "a const user that accumulates and returns": with
// one object the text grows from call to call ("<a>", then "<a><a>"); a
// mutable per-instance member keeps that for each object, so it is the fix
// on the warning. A local (what a const member function seems to promise)
// would restart on every call, which changes a one-object program: it is on
// a note. Shared, the second label goes on from the first's text.
// Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <string>

class Label {
public:
  explicit Label(std::string name) : name_(std::move(name)) {}
  std::string describe() const {
    text += "<" + name_ + ">";
    return text;
  }
private:
  std::string name_;
  static std::string text;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'text' is written by instance method 'describe'
};
std::string Label::text;

int main() {
  Label a("a"), b("b");
  bool grows = a.describe() == "<a>" && a.describe() == "<a><a>";
  return grows && b.describe() == "<b>" ? 0 : 1;
}
// CHECK-FIXES: {{^}}  mutable std::string text;{{$}}
// CHECK-FIXES-NOT: Label::text
