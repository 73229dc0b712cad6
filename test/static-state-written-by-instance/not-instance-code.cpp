// RUN: %check_static_state %s static-state-written-by-instance %t
// Static member functions, free functions, other classes and initialisers
// writing a static member are not instance code: nothing is reported.

#include <vector>

class Config {
public:
  static void reset() { values.clear(); ++generation; }
  static Config &instance() { static Config c; return c; }
  int read() const { return generation + static_cast<int>(values.size()); }
  friend void configure();
  friend int main();
private:
  static std::vector<int> values;
  static int generation;
  static int seeded;
  friend class Loader;
};

std::vector<int> Config::values;
int Config::generation = 0;
int Config::seeded = ++Config::generation;

void configure() { Config::values.push_back(1); }

class Loader {
public:
  void load() { Config::values.push_back(2); } // another class, not an instance of Config
};

int main() {
  configure();
  Config::reset();
  Config::generation = 7;
  return Config::instance().read() == 0;
}
