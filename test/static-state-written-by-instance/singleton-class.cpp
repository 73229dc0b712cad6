// A class that can have one object only (every constructor private or
// deleted, no public copy, and every object its own code makes is a variable
// of static storage duration) shares its statics with no second object
// (IgnoreSingletonClasses). A class that merely has an instance() accessor, or
// whose private constructor a factory calls for every caller, is no singleton.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreSingletonClasses: false, static-state-written-by-instance.FixStrategy: none}}"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

// The function-local instance ("Meyers singleton").
class Logger {
public:
  static Logger &instance() {
    static Logger TheLogger;
    return TheLogger;
  }
  void log(const std::string &line) { lines.push_back(line); }
  Logger(const Logger &) = delete;
  Logger &operator=(const Logger &) = delete;

private:
  Logger() = default;
  static std::vector<std::string> lines;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:35: warning: static member 'lines' is written by instance method 'log'
};
std::vector<std::string> Logger::lines;

// A pointer set once under a test of itself; copies blocked by a mutex member.
class Registry {
public:
  static Registry *get() {
    if (!Instance)
      Instance = new Registry(4);
    return Instance;
  }
  void add(int id) { ++added; (void)id; }

private:
  explicit Registry(int) {}
  std::mutex Lock;
  static Registry *Instance;
  static int added;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'added' is written by instance method 'add'
};
Registry *Registry::Instance;
int Registry::added;

// A base template makes the object; the class befriends it, and the base's
// deleted copy constructor leaves the class without one.
template <class T> class Singleton {
public:
  static T &instance() {
    static T Object;
    return Object;
  }
  Singleton(const Singleton &) = delete;

protected:
  Singleton() = default;
};
class Settings : public Singleton<Settings> {
  friend class Singleton<Settings>;
  Settings() {}

public:
  void set(int v) { value = v; }
  static int value;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'value' is written by instance method 'set'
};
int Settings::value;
int useSettings() { Settings::instance().set(3); return 0; }

// A static factory: every caller gets a new object.
class Pool {
public:
  static std::unique_ptr<Pool> make() { return std::unique_ptr<Pool>(new Pool); }
  void take() { ++taken; }
  Pool(const Pool &) = delete;

private:
  Pool() {}
  static int taken;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'taken' is written by instance method 'take'
};
int Pool::taken;

// An accessor, but anybody may construct another object.
class Cache {
public:
  Cache() {}
  static Cache &instance() {
    static Cache C;
    return C;
  }
  void put(int k) { last = k; }
  static int last;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'last' is written by instance method 'put'
};
int Cache::last;
// Anybody may, and here somebody does: a class defined in the main file
// whose only object is one static would be one object (one-static-object.cpp).
Cache g_secondCache;

// Private constructor, but the implicit copy constructor is public.
class Copyable {
public:
  static Copyable &instance() {
    static Copyable C;
    return C;
  }
  void bump() { ++count; }
  static int count;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'count' is written by instance method 'bump'

private:
  Copyable() {}
};
int Copyable::count;
int copyCount() { Copyable C = Copyable::instance(); return C.count; }

// The accessor is defined in another file: nothing here shows how many
// objects its code makes.
class Remote {
public:
  static Remote &instance();
  void bump() { ++count; }
  static int count;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'count' is written by instance method 'bump'
  Remote(const Remote &) = delete;

private:
  Remote() {}
};
int Remote::count;

// Protected constructor: every derived object holds one more.
class Driver {
public:
  static Driver &instance() {
    static Driver D;
    return D;
  }
  void touch() { ++touched; }
  static int touched;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'touched' is written by instance method 'touch'
  Driver(const Driver &) = delete;

protected:
  Driver() {}
};
int Driver::touched;
class SubDriver : public Driver {};

// One object per thread, and a pointer replaced on every call.
class PerThread {
public:
  static PerThread &instance() {
    static thread_local PerThread P;
    return P;
  }
  void bump() { ++bumps; }
  static int bumps;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'bumps' is written by instance method 'bump'
  PerThread(const PerThread &) = delete;

private:
  PerThread() {}
};
int PerThread::bumps;

class Replaced {
public:
  static Replaced *fresh() {
    Current = new Replaced;
    return Current;
  }
  void bump() { ++bumps; }
  static int bumps;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'bumps' is written by instance method 'bump'
  Replaced(const Replaced &) = delete;

private:
  Replaced() {}
  static Replaced *Current;
};
Replaced *Replaced::Current;
int Replaced::bumps;

// A member function template may make one object per specialization.
class PerKind {
public:
  template <int N> static PerKind &instance() {
    static PerKind K;
    return K;
  }
  void bump() { ++bumps; }
  static int bumps;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'bumps' is written by instance method 'bump'
  PerKind(const PerKind &) = delete;

private:
  PerKind() {}
};
int PerKind::bumps;
