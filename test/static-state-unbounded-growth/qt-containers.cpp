// Qt's containers, once listed in ContainerTypes, grow and shrink by their
// own names: `prepend` and `emplaceBack` grow; `removeOne`, `takeFirst`,
// `squeeze` and the like may remove, so they bound the container.
// RUN: %check_static_state %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.ContainerTypes: 'QList'}}"

template <typename T> class QList {
public:
  void prepend(const T &);
  void append(const T &);
  template <typename... A> void emplaceBack(A &&...);
  bool removeOne(const T &);
  T takeFirst();

private:
  T *items_ = nullptr; // state: a class with none would share nothing
};

class Recent {
public:
  void open(int file) { history.prepend(file); }
  void load(int file) { loaded.emplaceBack(file); }
  void visit(int page) { pages.append(page); }
  void leave(int page) { pages.removeOne(page); }
  void push(int job) { jobs.append(job); }
  int pop() { return jobs.takeFirst(); }

private:
  static QList<int> history;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: static member 'history' only ever grows
  static QList<int> loaded;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: static member 'loaded' only ever grows
  static QList<int> pages;
  static QList<int> jobs;
};
