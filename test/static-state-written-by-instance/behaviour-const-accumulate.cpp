// Decision table, row "a const user that accumulates and returns": in a
// const member function the buffer is not part of the object's observable
// state, so it belongs in a local; each call describes this object alone.
// The note offers a mutable member instead, saying what that keeps.
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
  bool same = a.describe() == "<a>" && a.describe() == "<a>";
  return same && b.describe() == "<b>" ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::string describe() const {{{$}}
// CHECK-FIXES-NEXT: {{^}}    std::string text;{{$}}
// CHECK-FIXES-NEXT: {{^}}    text += "<" + name_ + ">";{{$}}
// CHECK-FIXES-NOT: Label::text
