// Lazy one-time initialisation in the shapes real code writes besides
// `if (!x) x = make();` (IgnoreLazyInitialization): an early return once the
// static is set (FLTK's `if (d) return; ... d = XOpenDisplay(0);`), a
// sentinel initial value tested before computing (`static int ret = 2;
// if (ret == 2) ret = compute();`), and a separate latch set right after
// its early return (re2: `if (init) return v; init = true; v.push_back(...)`),
// and a local flag that keeps the unset test (FLTK's Fl_Gl_Window::flush():
// `int orthoinit = !ortho_context; if (orthoinit) ortho_context = ...`).
// Still reported: an early return on a flag the block never sets, a test
// against a value that is not the initial one, a branch that does not
// return, a static the guarded code sets back to null (it starts again), a
// local flag changed after its initializer, and one that tests something
// else.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreLazyInitialization: false, static-state-local-in-method.FixStrategy: none}}"

#include <vector>

int *openDisplay();
int compute();
void log(int);

class Driver {
public:
  void open() {
    static int *d = nullptr;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'd' in instance method 'open'
    if (d)
      return;
    d = openDisplay();
    use(d);
  }
  int locale() {
    static int ret = 2;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:16: warning: static local variable 'ret' in instance method 'locale'
    if (ret == 2) {
      ret = compute() > 0 ? 1 : 0;
    }
    return ret + w_;
  }
  int table() {
    static bool init = false; // a warn-once latch as well
    static std::vector<int> v;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static local variable 'v' in instance method 'table'
    if (init)
      return v.back();
    init = true;
    for (int i = 0; i < 3; ++i)
      v.push_back(i);
    return v.back();
  }
  void flush() {
    static int *context = nullptr;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'context' in instance method 'flush'
    int first = !context;
    if (first)
      context = openDisplay();
    if (first || w_)
      use(context);
  }

  // Not once.
  void count(bool disabled) {
    static bool off = false;
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'count'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static local variable 'n' in instance method 'count'
    if (off)
      return;
    ++n;
    log(n + w_);
  }
  int other() {
    static int ret = 2;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'ret' in instance method 'other'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static local variable 'ret' in instance method 'other'
    if (ret == 3)
      ret = compute();
    return ret + w_;
  }
  void noReturn() {
    static int *p = nullptr;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'p' in instance method 'noReturn'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'p' in instance method 'noReturn'
    if (p)
      log(*p);
    p = openDisplay();
    use(p);
  }
  void again() {
    static int *q = nullptr;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'q' in instance method 'again'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'q' in instance method 'again'
    if (q)
      return;
    q = openDisplay();
    use(q);
    q = nullptr;
  }
  void refresh(bool force) {
    static int *cache = nullptr;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'cache' in instance method 'refresh'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'cache' in instance method 'refresh'
    bool stale = !cache;
    if (force)
      stale = true;
    if (stale)
      cache = openDisplay();
    use(cache);
  }
  void resize(int n) {
    static int *buffer = nullptr;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'buffer' in instance method 'resize'
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'buffer' in instance method 'resize'
    bool grow = n > w_;
    if (grow)
      buffer = openDisplay();
    use(buffer);
  }

private:
  void use(int *) {}
  int w_ = 0;
};

// Qt spells the emptiness test isEmpty() (QStringList, QHash) and isNull()
// (QString): FeatherPad's `if (langList.isEmpty()) { langList << "cpp" ...; }`.
struct Names : std::vector<const char *> {
  bool isEmpty() const { return empty(); }
  Names &operator<<(const char *s) {
    push_back(s);
    return *this;
  }
};
class Editor {
public:
  bool known(const char *lang) {
    static Names langList;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:18: warning: static local variable 'langList' in instance method 'known'
    if (langList.isEmpty())
      langList << "cpp" << "c" << "json";
    for (const char *l : langList)
      if (l == lang)
        return true;
    return false;
  }
};

// A switch the function only reads is no latch: bullet3's
// `if (!gUseLargeBatches) { static b3AlignedObjectArray<...> cpuContacts; ...
// cpuContacts.resize(n); }` runs on every call while the switch is off. A
// latch the same function sets is one.
bool gUseLargeBatches = false;
class Solver {
public:
  int solve(int n) {
    if (!gUseLargeBatches) {
      static std::vector<int> cpuContacts;
      // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: static local variable 'cpuContacts' in instance method 'solve'
      // CHECK-MESSAGES-OFF: :[[@LINE-2]]:31: warning: static local variable 'cpuContacts' in instance method 'solve'
      cpuContacts.resize(n);
      return static_cast<int>(cpuContacts.size());
    }
    return 0;
  }
  int table(int i) {
    static bool built = false;
    static std::vector<int> squares;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static local variable 'squares' in instance method 'table'
    if (!built) {
      for (int k = 0; k < 16; ++k)
        squares.push_back(k * k);
      built = true;
    }
    return squares[i];
  }
};
