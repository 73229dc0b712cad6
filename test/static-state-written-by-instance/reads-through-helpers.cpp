// A static handed to a helper by non-const reference (or to a forwarding
// reference) is written only if the helper's visible body writes it:
// clang's FunctionParmMutationAnalyzer follows the body (and, from there,
// only into function templates). A helper whose body is not visible, a
// virtual one, one that writes, or one that hands the reference on to a
// further non-template helper still counts as a write.
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
struct Visitor {
  virtual ~Visitor() = default;
  virtual int visit(std::vector<int> &v) { return sum(v); }
};

class Report {
public:
  int count() { return sum(readOnly) + total(readOnly); }
  int nestedCount() { return viaSum(nested); }
  void grow() { fill(filled); }
  void growDeep() { viaFill(deep); }
  void unknown() { opaque(hidden); }
  int dispatch(Visitor &v) { return v.visit(virt); }

private:
  static std::vector<int> readOnly;
  static std::vector<int> nested; // handed on by viaSum: not followed
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'nested' is written by instance method 'nestedCount'
  static std::vector<int> filled;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'filled' is written by instance method 'grow'
  static std::vector<int> deep;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'deep' is written by instance method 'growDeep'
  static std::vector<int> hidden;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'hidden' is written by instance method 'unknown'
  static std::vector<int> virt;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'virt' is written by instance method 'dispatch'
};
