// RUN: %check_static_state %s static-state-written-by-instance %t
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnorePrunedRegistries: false}}"

#include <map>
#include <set>
#include <string>

class Plugin {
public:
  explicit Plugin(std::string name) : name_(std::move(name)) {
    s_live.insert(this);
    s_byName[name_] = this;
  }
  ~Plugin() {
    s_live.erase(this);
    s_byName.erase(name_);
  }
private:
  std::string name_;
  static std::set<Plugin *> s_live;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static member 's_live' is written by constructor 'Plugin'
  static std::map<std::string, Plugin *> s_byName;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:42: warning: static member 's_byName' is written by constructor 'Plugin'
};

// Added in the constructor, never removed: a leak, reported either way.
class Listener {
public:
  Listener() { s_all.insert(this); }
private:
  static std::set<Listener *> s_all;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: static member 's_all' is written by constructor 'Listener'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:31: warning: static member 's_all' is written by constructor 'Listener'
};

// The erase-remove idiom in the destructor prunes too.
#include <algorithm>
#include <vector>
class Observer {
public:
  Observer() { s_observers.push_back(this); }
  ~Observer() {
    s_observers.erase(std::remove(s_observers.begin(), s_observers.end(), this),
                      s_observers.end());
  }
private:
  static std::vector<Observer *> s_observers;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:34: warning: static member 's_observers' is written by constructor 'Observer'
};

// Pruned by a helper the destructor calls on the object (KeePassXC's
// ~Database() calls releaseData(), which also runs on close).
class Database {
public:
  explicit Database(int id) : id_(id) { s_byId[id_] = this; }
  ~Database() { releaseData(); }
  void close() { releaseData(); }

private:
  void releaseData() { s_byId.erase(id_); }
  int id_;
  static std::map<int, Database *> s_byId;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:36: warning: static member 's_byId' is written by constructor 'Database'
};

// A helper that removes, but the destructor never calls it: objects that
// die without close() stay in the map.
class Connection {
public:
  explicit Connection(int id) : id_(id) { s_open[id_] = this; }
  ~Connection() { other.clear(); }
  void close() { forget(); }

private:
  void forget() { s_open.erase(id_); }
  int id_;
  std::vector<int> other;
  static std::map<int, Connection *> s_open;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: static member 's_open' is written by constructor 'Connection'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:38: warning: static member 's_open' is written by constructor 'Connection'
};

// Qt's containers spell it append / removeOne (QScintilla's list of every
// accessible editor); a registry that only appends is still reported.
template <typename T> class QList {
public:
  void append(const T &);
  bool removeOne(const T &);
  T takeFirst();
  int size() const;

private:
  T *items_ = nullptr; // state: a class with none would share nothing
};
class Accessible {
public:
  Accessible() { all_accessibles.append(this); }
  ~Accessible() { all_accessibles.removeOne(this); }
private:
  static QList<Accessible *> all_accessibles;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:30: warning: static member 'all_accessibles' is written by constructor 'Accessible'
};
class Leaky {
public:
  Leaky() { all_leaky.append(this); }
private:
  static QList<Leaky *> all_leaky;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: static member 'all_leaky' is written by constructor 'Leaky'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:25: warning: static member 'all_leaky' is written by constructor 'Leaky'
};
