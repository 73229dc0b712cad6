// Compile hazard "a very large object": a 4 MiB scratch array used by one
// method. As a local it would overflow a thread's stack; as a member it
// would make every object 4 MiB. No fix, and the note gives the size and the
// option; the program behaves the same after --fix (untouched). With a
// larger MaxMovedObjectBytes the fix is offered.
// RUN: %check_static_state --run-same %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=BIG %s static-state-written-by-instance %t.big -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.MaxMovedObjectBytes: 8388608}}"

#include <cstring>

constexpr unsigned kScratchBytes = 4 << 20;

class Decoder {
public:
  int decode(const char *in) {
    std::memset(scratch, 0, kScratchBytes);
    std::strncpy(scratch, in, kScratchBytes - 1);
    return static_cast<int>(std::strlen(scratch));
  }
private:
  static char scratch[kScratchBytes];
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: static member 'scratch' is written by instance method 'decode'
  // CHECK-NOTES: :{{[0-9]+}}:5: note: passed by non-const pointer to 'memset' here
  // CHECK-NOTES: :{{[0-9]+}}:5: note: passed by non-const pointer to 'strncpy' here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: no automatic fix: 'scratch' is 4194304 bytes: too large for the stack or for every object (MaxMovedObjectBytes is 65536)
  // CHECK-MESSAGES-BIG: :[[@LINE-5]]:15: warning: static member 'scratch' is written by instance method 'decode'
};
char Decoder::scratch[kScratchBytes];

int main() {
  Decoder d;
  return d.decode("abc") == 3 ? 0 : 1;
}
// CHECK-FIXES-BIG: {{^}}  char scratch[kScratchBytes]{};{{$}}
