// Found on FLTK (a message box's input buffer): a static buffer whose pointer
// a method returns outlives every object. As a per-instance member it would
// die with its object, and a caller that keeps the pointer past the object
// (here: a temporary's) would read freed memory. A local would dangle at
// once. So there is no fix, and the note says why and that the verdict rests
// on what callers do. A reference handed to a callee for the call's duration
// does not block the member rewrite. The program behaves the same after --fix.
// RUN: %check_static_state --run-same %s static-state-local-in-method %t

#include <cstring>
#include <string>

class Prompt {
public:
  explicit Prompt(const char *t) : text(t) {}
  const char *input() {
    static char buffer[64];
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: static local variable 'buffer' in instance method 'input' is written there; every 'Prompt' object shares it
    // CHECK-NOTES: :[[@LINE+3]]:5: note: passed by non-const pointer to 'strncpy' here
    // CHECK-NOTES: :[[@LINE-3]]:17: note: no automatic fix: as a member 'buffer' would die with its object, but a pointer or iterator into it is returned (whether that outlives the object cannot be seen here)
    // CHECK-NOTES-NOT: note: alternatively
    std::strncpy(buffer, text, 63);
    return buffer;
  }
  const std::string &label() {
    static std::string last;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: static local variable 'last' in instance method 'label' is written there
    // CHECK-NOTES: :[[@LINE+2]]:10: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix: as a member 'last' would die with its object, but it is returned by reference (whether that outlives the object cannot be seen here)
    last = text;
    return last;
  }
  std::size_t measure() {
    static std::string scratch;
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: static local variable 'scratch' in instance method 'measure' is written there
    // CHECK-NOTES: :[[@LINE+2]]:13: note: assigned here
    // CHECK-NOTES: :[[@LINE-3]]:24: note: make 'scratch' a per-instance member of 'Prompt'
    scratch += text;
    return lengthOf(scratch);
  }

private:
  static std::size_t lengthOf(const std::string &s) { return s.size(); }
  const char *text;
};

int main() {
  const char *kept = Prompt("hello").input(); // the object is gone here
  const std::string &name = Prompt("world").label();
  Prompt p("ab");
  p.measure();
  bool ok = std::strcmp(kept, "hello") == 0 && name == "world" &&
            p.measure() == 4;
  return ok ? 0 : 1;
}
// CHECK-FIXES: {{^}}  std::string scratch;{{$}}
