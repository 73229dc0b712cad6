// A static map of a class template grows the same whether its type is fixed
// or depends on the template parameter: `table[k]` on a dependent map is
// still operator[], which inserts a missing key. One the template also
// erases from is bounded.
// RUN: %check_static_state %s static-state-unbounded-growth %t

#include <map>
#include <string>

template <typename K> class Cache {
public:
  void remember(const K &k) {
    byKey[k] = 1;
    byIndex[static_cast<int>(byIndex.size())] = 2;
  }
  void touch(const K &k) { ++hits[k]; }
  void bounded(const K &k) {
    seen[k] = true;
    if (seen.size() > 100)
      seen.erase(seen.begin());
  }

private:
  static std::map<K, int> byKey;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static member 'byKey' only ever grows
  static std::map<int, int> byIndex;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: static member 'byIndex' only ever grows
  static std::map<K, long> hits;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: static member 'hits' only ever grows
  static std::map<K, bool> seen;
};
template <typename K> std::map<K, int> Cache<K>::byKey;
template <typename K> std::map<int, int> Cache<K>::byIndex;
template <typename K> std::map<K, long> Cache<K>::hits;
template <typename K> std::map<K, bool> Cache<K>::seen;

void use() {
  Cache<std::string> c;
  c.remember("a");
  c.touch("a");
  c.bounded("a");
}

// Emptied by swapping with an empty container, however spelled in the
// template (the call is resolved only per instantiation): bounded.
template <typename T> class SwappedOut {
public:
  void add(const T &t) { a[t] = 1; b[t] = 1; c[t] = 1; }
  void release() {
    std::map<T, int>().swap(a);
    std::map<T, int> e;
    std::swap(b, e);
    std::map<T, int> f;
    f.swap(c);
  }
private:
  static std::map<T, int> a, b, c;
};
template <typename T> std::map<T, int> SwappedOut<T>::a;
template <typename T> std::map<T, int> SwappedOut<T>::b;
template <typename T> std::map<T, int> SwappedOut<T>::c;
void useSwappedOut() { SwappedOut<int> s; s.add(1); s.release(); }

// The container's type spelled through an alias template: the same map.
template <typename T> using CountMap = std::map<T, long>;
template <typename T> class Tally {
public:
  void see(const T &t) { ++counts[t]; }
  void add(const T &t) { more.emplace(t, 1); }
private:
  static CountMap<T> counts;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'counts' only ever grows
  static CountMap<T> more;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'more' only ever grows
};
template <typename T> CountMap<T> Tally<T>::counts;
template <typename T> CountMap<T> Tally<T>::more;
void useTally() { Tally<int> t; t.see(1); t.add(2); }
