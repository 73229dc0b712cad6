// std::as_const is recognised in whichever inline namespace the standard
// library declares it (libc++'s std::__1), not by its spelled-out name.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"

// No standard header: this file stands in for libc++'s declaration.
namespace std {
inline namespace __1 {
template <class T> constexpr const T &as_const(T &t) noexcept { return t; }
} // namespace __1
} // namespace std

struct Slots {
  int v[4];
};

class Holder {
public:
  int &first() { return const_cast<int &>(std::as_const(*this).first()); }
  const int &first() const { return slots.v[0]; }

private:
  Slots slots{};
};

class Server {
public:
  int peek() const {
    static Holder read;
    return read.first();
  }
  void poke() const {
    static Holder written;
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: static local variable 'written' in instance method 'poke' is written there
    written.first() = 1;
  }
};

int use() {
  Server s;
  s.poke();
  return s.peek();
}
