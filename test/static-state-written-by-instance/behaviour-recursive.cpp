// Decision table, row "a recursive user that resets on entry": render()
// clears its buffer first, so each activation needs its own; shared, the
// nested call wipes what the caller had written. As a local, both the
// clobbering and the sharing end. Exits 1 before the fix, 0 after.
// RUN: %check_static_state --run %s static-state-written-by-instance %t

#include <string>
#include <vector>

struct Node {
  std::string name;
  std::vector<Node> children;
};

class Renderer {
public:
  std::string render(const Node &n) {
    out.clear();
    out += n.name;
    for (const Node &c : n.children) {
      std::string sub = render(c);
      out += "(" + sub + ")";
    }
    return out;
  }
private:
  static std::string out;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'out' is written by instance method 'render'
};
std::string Renderer::out;

int main() {
  Node tree{"a", {Node{"b", {}}, Node{"c", {Node{"d", {}}}}}};
  Renderer r;
  return r.render(tree) == "a(b)(c(d))" ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::string render(const Node &n) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    std::string out;{{$}}
// CHECK-FIXES-NEXT: {{^}}    out.clear();{{$}}
// CHECK-FIXES-NOT: Renderer::out
