// Formatting functions take their arguments by forwarding reference
// (`std::format`, `fmt::format`, spdlog's `info`) or, for
// `make_format_args`, by non-const reference, but only read them: a static
// handed to one is read (ccache's `FMT("test_{}", counter)` naming a test
// directory after a counter its constructor steps). A function of the same
// signature that is no formatter and whose body is not in view may write it.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"

#include <string>

namespace fmt {
inline namespace v10 {
template <typename... T> std::string format(const char *f, T &&...args);
template <typename... T> void print(const char *f, T &&...args);
template <typename... T> int make_format_args(T &...args);
} // namespace v10
} // namespace fmt
namespace spdlog {
class logger {
public:
  template <typename... Args> void info(const char *f, Args &&...args);
};
} // namespace spdlog
template <typename T> void consume(const char *f, T &&arg);

class Sandbox {
public:
  Sandbox() {
    ++counter;
    dir = fmt::format("work/sub_{}", counter);
  }
  void report(spdlog::logger &log) {
    fmt::print("{} {}", shown, fmt::make_format_args(shownToo));
    log.info("{}", logged);
  }
  void hand() { consume("{}", handed); }

private:
  std::string dir;
  static int counter; // numbers the objects: an id generator once read only
  static int shown;
  static int shownToo;
  static std::string logged;
  static int handed;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'handed' is written by instance method 'hand'
};
int Sandbox::counter = 0;
int Sandbox::shown = 0;
int Sandbox::shownToo = 0;
std::string Sandbox::logged;
int Sandbox::handed = 0;
