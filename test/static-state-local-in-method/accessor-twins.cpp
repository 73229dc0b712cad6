// The non-const half of a const/non-const accessor pair (`T &get()` next to
// `const T &get() const`), written as a copy of the const half's body or as
// a call of it on `std::as_const(*this)`, changes nothing the const half
// would not: what the caller does with the part handed out decides
// (drogon's `IOThreadStorage::getThreadData()`, read through a const
// reference). A non-const half with a body of its own, or no const twin,
// is a possible write; so is one whose same text calls a map's `[]` (the
// const overload does not insert), and writing through the part handed out.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"

#include <string>
#include <utility>
#include <vector>

template <typename T> class PerThread {
public:
  T &current() {
    std::size_t i = index();
    return slots_[i];
  }
  const T &current() const {
    std::size_t i = index();
    return slots_[i];
  }
  T &first() { return const_cast<T &>(std::as_const(*this).first()); }
  const T &first() const { return slots_.front(); }
  T &grow() {
    slots_.emplace_back();
    return slots_.back();
  }
  const T &grow() const { return slots_.back(); }
  T &only() { return slots_.front(); }

private:
  std::size_t index() const { return 0; }
  std::vector<T> slots_ = std::vector<T>(4);
};

// A map: its non-const `[]` inserts a missing key, its const one does not.
struct Table {
  using key_type = int;
  using mapped_type = std::string;
  std::string &operator[](int k);
  const std::string &operator[](int k) const;
};
class Cells {
public:
  std::string &cell(int k) { return table_[k]; }
  const std::string &cell(int k) const { return table_[k]; }

private:
  Table table_;
};

class Server {
public:
  const std::string &page() const {
    static PerThread<std::string> pages;
    return pages.current();
  }
  std::size_t firstSize() const {
    static PerThread<std::string> names;
    return names.first().size();
  }
  void mark() const {
    static PerThread<std::string> marks;
    // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: static local variable 'marks' in instance method 'mark' is written there
    marks.current() += "x";
  }
  std::size_t grown() const {
    static PerThread<std::string> slots;
    // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: static local variable 'slots' in instance method 'grown' is written there
    return slots.grow().size();
  }
  std::size_t cellSize(int k) const {
    static Cells cells;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: static local variable 'cells' in instance method 'cellSize' is written there
    return cells.cell(k).size();
  }
  std::size_t lone() const {
    static PerThread<std::string> lone;
    // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: static local variable 'lone' in instance method 'lone' is written there
    return lone.only().size();
  }
};
