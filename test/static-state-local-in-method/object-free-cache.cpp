// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}" -- -std=c++20
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreObjectFreeCaches: false, static-state-local-in-method.FixStrategy: none}}" -- -std=c++20

// A memo filled one key at a time from nothing of the object is right for
// every object: shared on purpose (IgnoreObjectFreeCaches). Filled from the
// object's own state, one object reads what another's state made: reported.

#include <map>
#include <memory>
#include <string>
#include <unordered_map>

struct Key { explicit Key(int bits) : bits(bits) {} int bits; };
Key *makeKey(int bits);
int measure(char c, int size);
std::string expensive(const std::string &s);

class KeyTests {
public:
  // KeePassXC's TestSharing::stubkey: one slow key per index, made once.
  std::shared_ptr<Key> stubkey(int index) {
    static std::map<int, std::shared_ptr<Key>> keys;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:48: warning: static local variable 'keys' in instance method 'stubkey'
    if (!keys.count(index))
      keys.insert({index, std::shared_ptr<Key>(makeKey(2048))});
    return keys[index];
  }
  // Looked up first, then filled; through a local computed from the key.
  const std::string &normalised(const std::string &s) {
    static std::unordered_map<std::string, std::string> memo;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:57: warning: static local variable 'memo' in instance method 'normalised'
    auto it = memo.find(s);
    if (it != memo.end())
      return it->second;
    const std::string value = expensive(s);
    return memo.emplace(s, value).first->second;
  }
  // C++20 contains().
  int width(char c) {
    static std::map<char, int> widths;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:32: warning: static local variable 'widths' in instance method 'width'
    if (!widths.contains(c))
      widths[c] = measure(c, 12);
    return widths[c];
  }

  // Filled from the object: a glyph cache of one font served to another.
  int glyphWidth(char c) {
    static std::map<char, int> glyphs;
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: static local variable 'glyphs' in instance method 'glyphWidth'
    if (!glyphs.count(c))
      glyphs[c] = measure(c, size);
    return glyphs[c];
  }
  // Through a local that the object sets after its initializer.
  int scaled(char c) {
    static std::map<char, int> table;
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: static local variable 'table' in instance method 'scaled'
    int s = 1;
    s = size;
    if (!table.count(c))
      table[c] = measure(c, s);
    return table[c];
  }
  // The caller's data, not a value computed from the key.
  void remember(const std::string &k, const std::string &v) {
    static std::map<std::string, std::string> values;
    // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: static local variable 'values' in instance method 'remember'
    if (!values.count(k))
      values[k] = v;
  }
  // An entry changed after it was made: a list per key, not a memo.
  void append(int k) {
    static std::map<int, std::string> lists;
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: static local variable 'lists' in instance method 'append'
    auto it = lists.find(k);
    if (it != lists.end())
      it->second.push_back('x');
    else
      lists.emplace(k, "x");
  }
  // Not filled by key: a log of everything seen.
  void record(int v) {
    static std::map<int, int> seen;
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: static local variable 'seen' in instance method 'record'
    seen[v] += 1;
  }
  int size = 12;
};
