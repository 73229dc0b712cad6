// Decision table, row "a recursive user that resets on entry": render()
// clears its buffer first, but the nested call it makes clears and fills it
// too, so the caller goes on from what the nested call left: with one
// renderer the static gives "d(d)(d(d))", not "a(b)(c(d))". A per-instance
// member keeps exactly that for one object (nested calls on it share it, as
// they shared the static), so it is the fix on the warning; a local of
// render() would end the clobbering too, which changes what the program
// prints: it is on a note (--fix-notes), saying so. Exits 0 before and
// after the fix.
// RUN: %check_static_state --run-same %s static-state-written-by-instance %t

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
  return r.render(tree) == "d(d)(d(d))" ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::string out;{{$}}
// CHECK-FIXES-NOT: Renderer::out
