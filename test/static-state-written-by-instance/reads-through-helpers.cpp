// A static handed to a helper by non-const reference (or to a forwarding
// reference) is written only if the helper's visible body writes it:
// clang's FunctionParmMutationAnalyzer judges the body, and where it blames
// a use that only hands the reference on to another function's reference
// parameter, that function's body is judged in turn, up to four calls deep;
// a recursive call adds no write of its own, and an element handed out by
// `v[i]`, `at`, `front` or `back` is written only if the helper writes it.
// A helper whose body is not visible, a virtual one, one that writes (also
// further down, or in a recursion, or through an element), and a chain
// deeper than four calls still count as a write.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <vector>

int sum(std::vector<int> &v) {
  int s = 0;
  for (int x : v)
    s += x;
  return s;
}
template <typename T> int total(T &&v) { return static_cast<int>(v.size()); }
int viaSum(std::vector<int> &v) { return sum(v) + 1; }
void fill(std::vector<int> &v) { v.push_back(1); }
void viaFill(std::vector<int> &v) { fill(v); }
void opaque(std::vector<int> &v);
void viaOpaque(std::vector<int> &v) { opaque(v); }
template <typename T> int tmplSize(T &t) { return static_cast<int>(t.size()); }
int viaTmpl(std::vector<int> &v) { return tmplSize(v); }
int walk(std::vector<int> &v, unsigned i) {
  return i < v.size() ? walk(v, i + 1) + 1 : 0;
}
void growTo(std::vector<int> &v, unsigned n) {
  if (v.size() < n)
    growTo(v, n - 1);
  else
    v.push_back(0);
}
int d4(std::vector<int> &v);
int firstThree(std::vector<int> &v) { return v[0] + v.at(1) + v.front(); }
int peekThenSum(std::vector<int> &v) { return v.back() + d4(v); }
void setFirst(std::vector<int> &v) { v[0] = 1; }
// clang finds the write through `r` by the DeclStmt above it: the parent
// map must cover this helper, which names no static.
void viaAlias(std::vector<int> &v) {
  auto &r = v;
  r.push_back(1);
}
void bumpBack(std::vector<int> &v) {
  int &last = v.back();
  ++last;
}
int d4(std::vector<int> &v) { return sum(v); }
int d3(std::vector<int> &v) { return d4(v); }
int d2(std::vector<int> &v) { return d3(v); }
int d1(std::vector<int> &v) { return d2(v); }
struct Visitor {
  virtual ~Visitor() = default;
  virtual int visit(std::vector<int> &v) { return sum(v); }
};
struct Filler : Visitor { // an override that writes: the call may run it
  int visit(std::vector<int> &v) override {
    v.push_back(1);
    return 0;
  }
};

class Report {
public:
  int count() { return sum(readOnly) + total(readOnly); }
  int nestedCount() { return viaSum(nested) + viaTmpl(nested) + walk(nested, 0) + d2(nested); }
  int tooDeep() { return d1(chain); }
  int elements() { return firstThree(nested) + peekThenSum(nested); }
  void setElements() {
    setFirst(elementSet);
    bumpBack(elementBumped);
    viaAlias(aliased);
  }
  void hiddenDeep() { viaOpaque(hidden2); }
  void recursiveGrow() { growTo(grown, 3); }
  void grow() { fill(filled); }
  void growDeep() { viaFill(deep); }
  void unknown() { opaque(hidden); }
  int dispatch(Visitor &v) { return v.visit(virt); }

private:
  static std::vector<int> readOnly;
  static std::vector<int> nested; // handed on to readers, three calls deep
  static std::vector<int> elementSet;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'elementSet' is written by instance method 'setElements'
  static std::vector<int> elementBumped;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'elementBumped' is written by instance method 'setElements'
  static std::vector<int> aliased;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'aliased' is written by instance method 'setElements'
  static std::vector<int> chain;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'chain' is written by instance method 'tooDeep'
  static std::vector<int> hidden2;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'hidden2' is written by instance method 'hiddenDeep'
  static std::vector<int> grown;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'grown' is written by instance method 'recursiveGrow'
  static std::vector<int> filled;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'filled' is written by instance method 'grow'
  static std::vector<int> deep;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'deep' is written by instance method 'growDeep'
  static std::vector<int> hidden;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'hidden' is written by instance method 'unknown'
  static std::vector<int> virt;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'virt' is written by instance method 'dispatch'
};
