// clang's analyzers find a write through an alias (`auto &r = v;
// r.push_back(1);`) by climbing from `r` to the DeclStmt above it, so the
// body of every helper a static is handed to needs parents. The checks keep
// the parent map to the code that names their statics and add each helper
// judged; past sixteen helpers the map takes the whole translation unit.
// Either way, writers through an alias of every kind of helper are writes,
// and readers through one are reads.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <vector>

void aliasWrite(std::vector<int> &v) {
  auto &r = v;
  r.push_back(1);
}
template <typename C> void aliasWriteTmpl(C &c) {
  auto &r = c;
  r.push_back(2);
}
struct Sink {
  void take(std::vector<int> &v) {
    auto &r = v;
    r.push_back(3);
  }
};
void viaAliasWrite(std::vector<int> &v) { aliasWrite(v); }
void aliasWriteLater(std::vector<int> &v);
int aliasRead(std::vector<int> &v) {
  auto &r = v;
  return static_cast<int>(r.size());
}

class Few { // five helpers: each one added to the map's scope
public:
  void write() {
    aliasWrite(plain);
    aliasWriteTmpl(tmpl);
    Sink().take(method);
    viaAliasWrite(deeper);
    aliasWriteLater(later);
  }
  int read() { return aliasRead(readOnly); }

private:
  static std::vector<int> plain;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'plain' is written by instance method 'write'
  static std::vector<int> tmpl;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'tmpl' is written by instance method 'write'
  static std::vector<int> method;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'method' is written by instance method 'write'
  static std::vector<int> deeper;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'deeper' is written by instance method 'write'
  static std::vector<int> later;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'later' is written by instance method 'write'
  static std::vector<int> readOnly;
};

// Seventeen more readers: the map takes the whole translation unit.
#define READER(N)                                                              \
  int read##N(std::vector<int> &v) {                                           \
    auto &r = v;                                                               \
    return static_cast<int>(r.size());                                         \
  }
READER(0) READER(1) READER(2) READER(3) READER(4) READER(5) READER(6)
READER(7) READER(8) READER(9) READER(10) READER(11) READER(12) READER(13)
READER(14) READER(15) READER(16)

void aliasWriteLast(std::vector<int> &v) {
  auto &r = v;
  r.push_back(4);
}

class Many {
public:
  int read() {
    return read0(shared) + read1(shared) + read2(shared) + read3(shared) +
           read4(shared) + read5(shared) + read6(shared) + read7(shared) +
           read8(shared) + read9(shared) + read10(shared) + read11(shared) +
           read12(shared) + read13(shared) + read14(shared) + read15(shared) +
           read16(shared);
  }
  void write() { aliasWriteLast(last); }

private:
  static std::vector<int> shared;
  static std::vector<int> last;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'last' is written by instance method 'write'
};

void aliasWriteLater(std::vector<int> &v) {
  auto &r = v;
  r.push_back(5);
}
