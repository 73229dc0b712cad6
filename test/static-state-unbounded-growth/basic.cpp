// RUN: %check_static_state %s static-state-unbounded-growth %t

#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

static std::vector<std::string> g_log;
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: global 'g_log' only ever grows: nothing in this translation unit removes its elements, so its memory is held until the program exits [static-state-unbounded-growth]
void logLine(const std::string &s) { g_log.push_back(s); }

std::mutex g_mu;
std::map<int, std::string> g_registry;
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: global 'g_registry' only ever grows
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
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'history' only ever grows
};

int seenCount(int v) {
  static std::set<int> seen;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'seen' only ever grows
  seen.insert(v);
  return static_cast<int>(seen.size());
}

std::deque<int> g_queue;
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: global 'g_queue' only ever grows
void enqueue(int v) { g_queue.push_front(v); g_queue.front() = v + 1; }
