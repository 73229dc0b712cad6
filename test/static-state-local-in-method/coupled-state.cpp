// Found on FLTK (gl_draw.cxx): a function keeps a buffer and its capacity in
// two static locals. The buffer gets no fix (here: it owns heap memory); the
// capacity must not move alone, or a second object would see a capacity of 0
// and shrink the buffer the first one still counts as large. Statics that
// one function keeps together move together or not at all. The program
// behaves the same after --fix.
// RUN: %check_static_state --run-same %s static-state-local-in-method %t

#include <cstdlib>
#include <cstring>

class Converter {
public:
  unsigned convert(const char *s) {
    static char *buf = nullptr;
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: static local variable 'buf' in instance method 'convert' is written there
    // CHECK-NOTES: :{{[0-9]+}}:11: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:18: note: no automatic fix: 'buf' owns the memory it points to: as a member, each object would allocate its own and nothing would free it
    static unsigned cap = 0;
    // CHECK-NOTES: :[[@LINE-1]]:21: warning: static local variable 'cap' in instance method 'convert' is written there
    // CHECK-NOTES: :{{[0-9]+}}:11: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:21: note: no automatic fix: 'buf', used together with 'cap', gets no fix ('buf' owns the memory it points to{{.*}}): moving 'cap' alone would split state that is kept together
    unsigned n = static_cast<unsigned>(std::strlen(s)) + 1;
    if (n > cap) {
      buf = static_cast<char *>(std::realloc(buf, n));
      cap = n;
    }
    std::memcpy(buf, s, n);
    return cap;
  }
};

int main() {
  Converter a, b;
  bool ok = a.convert("long enough text") == 17 && b.convert("ab") == 17;
  return ok ? 0 : 1;
}
