// Growth in a function that only static initializers call happens once per
// process: a test registry whose static collect() is called from static
// initializers (jsoncpp's JSONTEST_FIXTURE), a registration made by a static
// local's initializer. A function that other code calls too, whose address
// is taken, that a lambda written in an initializer calls, or that is
// virtual, may run at any time: still reported, and so is one a header
// declares (code there may call it) and one only main() calls (main's calls
// are the whole program: a server loop, every request).
// RUN: %check_static_state %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}" -- -I%S/Inputs

#include <deque>
#include <string>
#include <vector>

#include "start-up-hooks.h"

static std::deque<std::string> registry;

#define REGISTER_TEST(name)                                                    \
  struct Test##name {                                                          \
    static bool collect() {                                                    \
      registry.push_back(#name);                                               \
      return true;                                                             \
    }                                                                          \
  };                                                                           \
  static bool registered##name = Test##name::collect();

REGISTER_TEST(Parse)
REGISTER_TEST(Print)

static std::vector<int> rerun;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'rerun' only ever grows
struct Rerun {
  static bool collect() {
    rerun.push_back(7);
    return true;
  }
};
static bool rerunAtStart = Rerun::collect();
void again() { Rerun::collect(); }

static std::vector<int> headerHooks;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'headerHooks' only ever grows
void enrolFromHeader() { headerHooks.push_back(8); }
static bool enrolledAtStart = (enrolFromHeader(), true);

static std::vector<int> setupOnly;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'setupOnly' only ever grows
void setUp() { setupOnly.push_back(1); }

static std::vector<int> onFirstUse;
bool enrol() {
  onFirstUse.push_back(2);
  return true;
}
int useOnce() {
  static bool done = enrol();
  return done;
}

static std::vector<int> alsoLater;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'alsoLater' only ever grows
void addLater() { alsoLater.push_back(3); }
static bool addedAtStart = (addLater(), true);
void onRequest() { addLater(); }

static std::vector<int> byAddress;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'byAddress' only ever grows
void addByAddress() { byAddress.push_back(4); }
static bool addedByAddress = (addByAddress(), true);
void (*handler)() = &addByAddress;

static std::vector<int> fromLambda;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'fromLambda' only ever grows
void addFromLambda() { fromLambda.push_back(5); }
static auto later = [] { addFromLambda(); };

static std::vector<int> virtualGrowth;
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: global 'virtualGrowth' only ever grows
struct Plugin {
  virtual ~Plugin() = default;
  virtual bool install() {
    virtualGrowth.push_back(6);
    return true;
  }
};
static Plugin plugin;
static bool installed = plugin.install();

int main() {
  setUp();
  later();
  onRequest();
  return useOnce();
}
