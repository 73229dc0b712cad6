// Found on FLTK (the message box's input buffer): a static raw pointer that
// owns a buffer it reallocates is one buffer for the whole program. As a
// per-instance member, every object would allocate its own and nothing would
// free it (a leak per dialog), and the pointer handed back would be the
// object's. No fix, and the note says why. Its size, kept together with it,
// does not move alone either (a shared buffer with a per-object size would
// overflow). The program behaves the same after --fix (untouched). A static
// local of the same shape is treated alike.
// RUN: %check_static_state --run-same %s static-state-written-by-instance %t
// RUN: %check_static_state --run-same --check-suffixes=LOCAL %s static-state-local-in-method %t

#include <cstdlib>
#include <cstring>

class Message {
public:
  const char *input(const char *text) {
    std::size_t n = std::strlen(text) + 1;
    if (n > size) {
      buffer = static_cast<char *>(std::realloc(buffer, n));
      size = n;
    }
    std::memcpy(buffer, text, n);
    return buffer;
  }
  int scratchLength(const char *text) {
    static char *line = nullptr;
    // CHECK-NOTES-LOCAL: :[[@LINE-1]]:18: warning: static local variable 'line' in instance method 'scratchLength' is written there
    // CHECK-NOTES-LOCAL: :[[@LINE+3]]:10: note: assigned here
    // CHECK-NOTES-LOCAL: :[[@LINE-3]]:18: note: no automatic fix: 'line' owns the memory it points to: as a member, each object would allocate its own and nothing would free it
    std::free(line);
    line = strdup(text);
    return static_cast<int>(std::strlen(line));
  }

private:
  static char *buffer;
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: static member 'buffer' is written by instance method 'input'
  // CHECK-NOTES: :{{[0-9]+}}:14: note: assigned here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: no automatic fix: 'buffer' owns the memory it points to: as a member, each object would allocate its own and nothing would free it
  static std::size_t size;
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: static member 'size' is written by instance method 'input'
  // CHECK-NOTES: :{{[0-9]+}}:12: note: assigned here
  // CHECK-NOTES: :[[@LINE-3]]:22: note: no automatic fix: 'buffer', used together with 'size', gets no fix ('buffer' owns the memory it points to{{.*}}): moving 'size' alone would split state that is kept together
};
char *Message::buffer = nullptr;
std::size_t Message::size = 0;

int main() {
  const char *a = Message().input("first");
  bool ok = std::strcmp(a, "first") == 0;
  const char *b = Message().input("second");
  ok = ok && std::strcmp(b, "second") == 0 && a == b; // one buffer, reused
  Message m;
  ok = ok && m.scratchLength("abc") == 3;
  return ok ? 0 : 1;
}
