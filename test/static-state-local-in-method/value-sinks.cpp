// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnorePrintedCounts: false, static-state-local-in-method.IgnoreAssertionSinks: false, static-state-local-in-method.IgnoreIdGenerators: false, static-state-local-in-method.FixStrategy: none}}"

// Statics whose value nothing the program computes depends on: a count
// only printed (IgnorePrintedCounts), numbers handed out as fresh ids
// (IgnoreIdGenerators, also a style allocator only constructors run), a
// dummy returned only after an assertion that
// always fails (IgnoreAssertionSinks). Each has a near miss that is still
// reported.

#include <cassert>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

struct Text {
  Text &sprintf(const char *fmt, ...);
  std::string s;
};

void logError(const char *fmt, ...);
#define PROJECT_ERROR(...) do { logError("error: "); logError(__VA_ARGS__); } while (0)
#define PROJECT_ASSERT(x) // compiled out in release builds
#define NOT_REACHED() std::abort()

class Solver {
public:
  // bullet3: "it happened %d times", through a logging macro.
  void overflow(int found, int max) {
    if (found > max) {
      static int exceeded = 0;
      // CHECK-MESSAGES-OFF: :[[@LINE-1]]:18: warning: static local variable 'exceeded' in instance method 'overflow'
      PROJECT_ERROR("found %d, max %d, %d times\n", found, max, exceeded++);
    }
  }
  // A unique name per timing record, made with sprintf.
  void flush(const char *name) {
    char buf[64];
    static int counter2 = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'counter2' in instance method 'flush'
    std::snprintf(buf, sizeof buf, "%s%d", name, counter2++);
    std::puts(buf);
  }
  // Printed through a stream, stepped apart too.
  void tick(bool quiet) {
    static long ticks = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'ticks' in instance method 'tick'
    if (quiet)
      ++ticks;
    else
      std::cout << "tick " << ticks++ * 2 << '\n';
  }
  // A tally read apart from its steps may be meant as one object's: shown
  // by the object later, it is reported.
  void click() { ++clicks(); }
  int &clicks() {
    static int count = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'count' in instance method 'clicks'
    return count;
  }
  void showHits(bool hit) {
    static int hits = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'hits' in instance method 'showHits'
    if (hit)
      ++hits;
    std::printf("%d hits\n", hits);
  }

  // Formatted into memory the program uses: doxygen's layout parser names
  // files "usergroup%d" (a string class's own sprintf); a buffer kept as a
  // name; a string stream whose text is returned.
  void group(std::string &baseFile) {
    static int groups = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'groups' in instance method 'group'
    baseFile += Text().sprintf("%d", groups++).s;
  }
  void nameRecord(const char *name) {
    char buf[64];
    static int records = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'records' in instance method 'nameRecord'
    std::snprintf(buf, sizeof buf, "%s%d", name, records++);
    names = buf;
  }
  std::string label() {
    static int labels = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'labels' in instance method 'label'
    std::ostringstream os;
    os << "L" << labels++;
    return os.str();
  }

  // Near misses: compared, so the program acts on it; a total of what the
  // objects bring; printed but handed to a function that is not variadic.
  void warnSome() {
    static int shown = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'shown' in instance method 'warnSome'
    if (shown++ < limit)
      std::printf("warning %d\n", shown);
  }
  void account(int bytes) {
    static long total = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'total' in instance method 'account'
    total += bytes;
    std::printf("%ld bytes\n", total);
  }
  void show() {
    static int page = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'page' in instance method 'show'
    render(++page);
  }
  void render(int) {}

  // Fresh ids: every use an increment whose value is taken, named so.
  int newId() {
    static int next = 0;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'next' in instance method 'newId'
    return ++next;
  }
  int limit = 3;
  std::string names;
};

// QScintilla's QsciStyle::init: every constructor runs it, and it hands
// the next style number to the new object through its parameter.
class Style {
public:
  Style() { init(-1); }
  explicit Style(int style) { init(style); }
private:
  void init(int style) {
    static int next_style_nr = 63;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'next_style_nr' in instance method 'init'
    if (style < 0 && next_style_nr > 32)
      style = next_style_nr--;
    style_nr = style;
  }
  int style_nr = 0;
};

struct Triangle {
  int v[3];
  int n[3];
  // bullet3's btHullTriangle::neib: a dummy for the "not an edge" path.
  int &neib(int a, int b) {
    static int er = -1;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'er' in instance method 'neib'
    for (int i = 0; i < 3; i++)
      if (v[i] == a && v[(i + 1) % 3] == b)
        return n[(i + 2) % 3];
    PROJECT_ASSERT(0); // never an edge here
    return er;
  }
  int &slot(int i) {
    static int none;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'none' in instance method 'slot'
    switch (i) {
    case 0:
      return n[0];
    default:
      assert(!"no such slot");
      return none;
    }
  }
  int *find(int a) {
    static int missing;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'missing' in instance method 'find'
    for (int &x : v)
      if (x == a)
        return &x;
    NOT_REACHED();
    return &missing;
  }

  // Near misses: a legitimate "not found" path (picojson's s_null: every
  // later miss returns what a caller assigned); an assertion that may
  // hold; a sink also written elsewhere.
  int &at(int i) {
    static int notFound = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'notFound' in instance method 'at'
    if (i < 0 || i > 2)
      return notFound;
    return n[i];
  }
  int &checked(int i) {
    static int bad;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'bad' in instance method 'checked'
    if (i >= 0 && i < 3)
      return n[i];
    if (i > 100) assert(false);
    return bad;
  }
  int &reset(int i) {
    static int sink;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'sink' in instance method 'reset'
    if (i >= 0 && i < 3)
      return n[i];
    sink = 0;
    assert(false);
    return sink;
  }
};
