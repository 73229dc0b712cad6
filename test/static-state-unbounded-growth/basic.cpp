// RUN: %check_static_state %s static-state-unbounded-growth %t
// RUN: %check_static_state --check-suffixes=,ALL %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}"

// By default a container is reported when instance code (a constructor,
// destructor, instance method, or a lambda inside one) grows it: state that
// every object adds to. One that only free functions and static member
// functions grow is a process-wide table by the author's choice
// (IgnoreProcessWideTables); the ALL run reports those too.

#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

static std::vector<std::string> g_log;
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:33: warning: global 'g_log' only ever grows: nothing in this translation unit removes its elements, so its memory is held until the program exits [static-state-unbounded-growth]
void logLine(const std::string &s) { g_log.push_back(s); }

std::mutex g_mu;
std::map<int, std::string> g_registry;
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:28: warning: global 'g_registry' only ever grows
void registerName(int id, std::string name) {
  std::lock_guard<std::mutex> lock(g_mu); // a lock does not bound anything
  g_registry[id] = std::move(name);
}

class Cache {
public:
  void put(int k, int v) { entries.emplace(k, v); }
  static void record(const std::string &s) { history += s; }
private:
  static std::unordered_map<int, int> entries;
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: static member 'entries' only ever grows
  static std::string history;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: static member 'history' only ever grows
};

int seenCount(int v) {
  static std::set<int> seen;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: static local variable 'seen' only ever grows
  seen.insert(v);
  return static_cast<int>(seen.size());
}

std::deque<int> g_queue;
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: global 'g_queue' only ever grows
void enqueue(int v) { g_queue.push_front(v); g_queue.front() = v + 1; }

// Instance code growing a global: every object's requests pile up in it.
std::vector<std::string> g_requests;
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: global 'g_requests' only ever grows
std::vector<int> g_sizes;
// CHECK-MESSAGES: :[[@LINE-1]]:18: warning: global 'g_sizes' only ever grows
struct Server {
  void handle(const std::string &r) {
    g_requests.push_back(r);
    auto note = [&] { g_sizes.push_back(static_cast<int>(r.size())); };
    note(); // a lambda inside an instance method is instance code
  }
  int count(int v) {
    static std::set<int> values;
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: static local variable 'values' only ever grows
    values.insert(v);
    return static_cast<int>(values.size());
  }
};

// Grown by a free function and by a constructor: instance code grows it.
struct Session;
static std::vector<const Session *> g_sessions;
// CHECK-MESSAGES: :[[@LINE-1]]:37: warning: global 'g_sessions' only ever grows
void adopt(const Session *s) { g_sessions.push_back(s); }
struct Session {
  Session() { g_sessions.push_back(this); }
};

// Grown by helpers that instance code calls: instance code's growth, one
// call away.
static std::vector<std::string> g_audit;
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: global 'g_audit' only ever grows
static void audit(const std::string &s) { g_audit.push_back(s); }
class Handler {
public:
  void handle(const std::string &r) { audit(r); note(r); }

private:
  static void note(const std::string &r) { notes += r; }
  static std::string notes;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'notes' only ever grows
};
