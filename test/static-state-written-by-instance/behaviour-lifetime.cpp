// A static member whose address leaves the method (a pointer returned, or
// the member returned by reference) outlives every object; as a member it
// would die with its object, so the member rewrite could leave a caller with
// a dangling pointer. No fix, and the note says the verdict rests on what
// callers do. The program behaves the same after --fix (untouched).
// RUN: %check_static_state --run-same %s static-state-written-by-instance %t

#include <cstdio>
#include <cstring>

class Formatter {
public:
  explicit Formatter(int v) : value(v) {}
  const char *str() {
    std::snprintf(buffer, 32, "%d", value);
    return buffer;
  }
  int &tally() {
    ++hits;
    return hits;
  }

private:
  static char buffer[32];
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: static member 'buffer' is written by instance method 'str'
  // CHECK-NOTES: :{{[0-9]+}}:5: note: passed by non-const pointer to 'snprintf' here
  // CHECK-NOTES: :[[@LINE-3]]:15: note: no automatic fix: as a member 'buffer' would die with its object, but a pointer or iterator into it is returned (whether that outlives the object cannot be seen here)
  static int hits;
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: static member 'hits' is written by instance method 'tally'
  // CHECK-NOTES: :{{[0-9]+}}:5: note: incremented here
  // CHECK-NOTES: :{{[0-9]+}}:5: note: handed out here by non-const reference or pointer
  // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix: as a member 'hits' would die with its object, but it is returned by reference (whether that outlives the object cannot be seen here)
  int value;
};
char Formatter::buffer[32];
int Formatter::hits = 0;

int main() {
  const char *text = Formatter(42).str(); // the object is gone here
  int &count = Formatter(1).tally();
  count += 1;
  return std::strcmp(text, "42") == 0 && count == 2 ? 0 : 1;
}
