// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreLazyInitialization: false, static-state-written-by-instance.IgnoreWarnOnceLatches: false}}"

#include <map>
#include <memory>
#include <string>
#include <vector>

struct Table { int lookup(int k) const { return k; } };
Table *buildTable();

class Codec {
public:
  int decode(int k) {
    if (!s_table)
      s_table = buildTable();
    if (s_names.empty()) {
      s_names.push_back("a");
      s_names.push_back("b");
    }
    if (s_cache == nullptr)
      s_cache = std::make_unique<std::map<int, int>>();
    if (!s_warned) {
      s_warned = true;
    }
    return s_table->lookup(k);
  }
  void reset() {
    s_counter = 0;
    if (s_counter == 0)
      s_other = 1;     // guarded by a test of another static: lazy too
    else
      s_elsewhere = 2; // in the else branch: not a one-time initialisation
  }
private:
  static Table *s_table;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static member 's_table' is written by instance method 'decode'
  static std::vector<std::string> s_names;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:35: warning: static member 's_names' is written by instance method 'decode'
  static std::unique_ptr<std::map<int, int>> s_cache;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:46: warning: static member 's_cache' is written by instance method 'decode'
  static bool s_warned;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 's_warned' is written by instance method 'decode'
  static int s_counter;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 's_counter' is written by instance method 'reset'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 's_counter' is written by instance method 'reset'
  static int s_other;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 's_other' is written by instance method 'reset'
  static int s_elsewhere;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 's_elsewhere' is written by instance method 'reset'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 's_elsewhere' is written by instance method 'reset'
};

#include <mutex>
class Once {
public:
  int get() {
    std::call_once(s_flag, [] { s_value = 42; });
    static bool s_done = (s_list.push_back(1), true);
    (void)s_done;
    return s_value;
  }
  void later() {
    auto run = [] { s_notOnce = 1; };
    run();
  }
private:
  static std::once_flag s_flag;
  static int s_value;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 's_value' is written by instance method 'get'
  static std::vector<int> s_list;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static member 's_list' is written by instance method 'get'
  static int s_notOnce;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 's_notOnce' is written by instance method 'later'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 's_notOnce' is written by instance method 'later'
};

// A test of one key lets one write through per key, not one in all: a memo
// filled under `if (!cache.count(k))` or `find(k) == end()` is shared like
// any other state (one pricer answers with another's prices). A constant
// key under its own test is a one-time fill.
class Pricer {
public:
  explicit Pricer(int factor) : factor_(factor) {}
  int price(int units) {
    if (!s_prices.count(units))
      s_prices[units] = units * factor_;
    return s_prices.at(units);
  }
  int discount(int units) {
    auto it = s_discounts.find(units);
    if (it == s_discounts.end())
      it = s_discounts.emplace(units, factor_ / 2).first;
    return it->second;
  }
  int base() {
    if (s_defaults.find("base") == s_defaults.end())
      s_defaults["base"] = 1;
    return s_defaults.at("base");
  }
private:
  int factor_;
  static std::map<int, int> s_prices;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 's_prices' is written by instance method 'price'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:29: warning: static member 's_prices' is written by instance method 'price'
  static std::map<int, int> s_discounts;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 's_discounts' is written by instance method 'discount'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:29: warning: static member 's_discounts' is written by instance method 'discount'
  static std::map<std::string, int> s_defaults;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:37: warning: static member 's_defaults' is written by instance method 'base'
};
