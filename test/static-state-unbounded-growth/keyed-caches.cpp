// A memo table or seen-set gains one element per distinct key: a test of
// the key (`if (!cache.count(k))`, `cache.find(k) == cache.end()`, through
// a local iterator) lets one insertion through per key, which bounds
// nothing: it is not a one-time fill (`if (cache.empty())`), and is
// reported as the same table written with `find` and an early return is.
// The note says what kind of growth it is: bounded only if its keys come
// from a bounded set.
// A constant key under the same test, and a table filled once under an
// emptiness test that also tests each key, stay lazy one-time fills.
// RUN: %check_static_state %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}" -- -std=c++20

#include <map>
#include <set>
#include <string>
#include <unordered_map>

std::map<std::string, int> g_lengths;
// CHECK-NOTES: :[[@LINE-1]]:28: warning: global 'g_lengths' only ever grows
int lengthOf(const std::string &key) {
  if (!g_lengths.count(key))
    g_lengths.emplace(key, static_cast<int>(key.size()));
  // CHECK-NOTES: :[[@LINE-1]]:15: note: grown here by 'emplace'
  // CHECK-NOTES: :[[@LINE-2]]:15: note: 'g_lengths' only gains keys it does not hold yet: it keeps one element per distinct key (a cache or seen-set without eviction), so it is bounded only if its keys come from a bounded set
  return g_lengths.at(key);
}

std::unordered_map<int, std::string> g_names;
// CHECK-NOTES: :[[@LINE-1]]:38: warning: global 'g_names' only ever grows
const std::string &nameOf(int id) {
  if (!g_names.contains(id))
    g_names[id] = "item" + std::to_string(id);
  // CHECK-NOTES: :[[@LINE-1]]:5: note: grown here by 'operator[]'
  // CHECK-NOTES: :[[@LINE-2]]:5: note: 'g_names' only gains keys
  return g_names.at(id);
}

class Resolver {
public:
  explicit Resolver(int scope) : scope_(scope) {}
  int resolve(int symbol) const {
    static std::map<int, int> resolved;
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: static local variable 'resolved' only ever grows
    auto it = resolved.find(symbol);
    if (it == resolved.end())
      it = resolved.emplace(symbol, symbol * scope_).first;
    // CHECK-NOTES: :[[@LINE-1]]:21: note: grown here by 'emplace'
    // CHECK-NOTES: :[[@LINE-2]]:21: note: 'resolved' only gains keys
    return it->second;
  }
private:
  int scope_;
};

// The memo written with an early return on a hit: reported before too,
// and now with the note.
std::unordered_map<std::string, std::string> g_docCache;
// CHECK-NOTES: :[[@LINE-1]]:46: warning: global 'g_docCache' only ever grows
std::string render(const std::string &doc) {
  auto hit = g_docCache.find(doc);
  if (hit != g_docCache.end())
    return hit->second;
  std::string html = "<p>" + doc + "</p>";
  g_docCache.emplace(doc, html);
  // CHECK-NOTES: :[[@LINE-1]]:14: note: grown here by 'emplace'
  // CHECK-NOTES: :[[@LINE-2]]:14: note: 'g_docCache' only gains keys
  return html;
}

// A seen-set: the insertion is its own membership test.
std::set<std::string> g_warned;
// CHECK-NOTES: :[[@LINE-1]]:23: warning: global 'g_warned' only ever grows
bool firstWarning(const std::string &message) {
  return g_warned.insert(message).second;
  // CHECK-NOTES: :[[@LINE-1]]:19: note: grown here by 'insert'
  // CHECK-NOTES: :[[@LINE-2]]:19: note: 'g_warned' only gains keys
}

// Growth with no key looked up: reported, without the cache note.
std::map<int, int> g_log;
// CHECK-NOTES: :[[@LINE-1]]:20: warning: global 'g_log' only ever grows
void record(int when, int what) {
  g_log[when] = what;
  // CHECK-NOTES: :[[@LINE-1]]:3: note: grown here by 'operator[]'
  // CHECK-NOTES-NOT: :[[@LINE-2]]:3: note: 'g_log' only gains keys
}

// Lazy one-time fills: a constant key under its own test, or a table
// filled once under an emptiness test that also skips duplicates.
std::map<std::string, int> g_defaults;
int defaultWidth() {
  if (!g_defaults.count("width"))
    g_defaults["width"] = 80;
  return g_defaults.at("width");
}

std::map<int, int> g_squares;
int square(int n) {
  if (g_squares.empty())
    for (int i = 0; i < 16; ++i)
      if (g_squares.find(i) == g_squares.end())
        g_squares.emplace(i, i * i);
  return g_squares.at(n % 16);
}
// CHECK-NOTES-NOT: warning: global 'g_defaults'
// CHECK-NOTES-NOT: warning: global 'g_squares'
