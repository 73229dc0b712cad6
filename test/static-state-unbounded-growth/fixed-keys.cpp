// A map or set with unique keys that is only ever given keys the program
// text spells as constants holds at most one element per constant, however
// often the inserting code runs (fluid's `pixmaps["Fl_Window"] = ...` in a
// load function main() calls from another file): not reported
// (IgnoreLookupTables). A key from a parameter, a multi-container, a
// sequence, or one insertion with a variable key among constant ones is
// still reported.
// RUN: %check_static_state %s static-state-unbounded-growth %t -- --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-unbounded-growth %t -- \
// RUN:   --config="{CheckOptions: {static-state-unbounded-growth.IgnoreProcessWideTables: false, static-state-unbounded-growth.IgnoreLookupTables: false}}"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct Pixmap { const char *data; };

static std::unordered_map<std::string, Pixmap *> icons;
// CHECK-MESSAGES-OFF: :[[@LINE-1]]:50: warning: global 'icons' only ever grows
constexpr const char *kWindowIcon = "Fl_Window";
void loadIcons() {
  icons["Fl_Button"] = new Pixmap{"button"};
  icons[kWindowIcon] = new Pixmap{"window"};
  icons.insert({"Fl_Box", new Pixmap{"box"}});
  icons.emplace("Fl_Group", new Pixmap{"group"});
  icons.try_emplace(std::string("Fl_Input"), new Pixmap{"input"});
  icons.insert(std::make_pair("Fl_Tabs", new Pixmap{"tabs"}));
}
Pixmap *iconFor(const std::string &name) {
  auto it = icons.find(name);
  return it == icons.end() ? nullptr : it->second;
}

enum Colour { Red, Green, Blue };
class Palette {
public:
  void markUsed() { used.insert(Green); used.emplace(Blue); counts[Red] += 1; }
  bool isUsed(Colour c) const { return used.count(c) != 0; }
private:
  static std::set<Colour> used;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:27: warning: static member 'used' only ever grows
  static std::map<int, int> counts;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:29: warning: static member 'counts' only ever grows
};
std::set<Colour> Palette::used;
std::map<int, int> Palette::counts;

template <class T> class Registry {
public:
  void addDefault() { entries["default"] = T(); }
private:
  static std::map<std::string, T> entries;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:35: warning: static member 'entries' only ever grows
};
template <class T> std::map<std::string, T> Registry<T>::entries;
template class Registry<int>;

// Still reported.

static std::map<std::string, int> hitsByName;
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: global 'hitsByName' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:35: warning: global 'hitsByName' only ever grows
void hit(const std::string &name) { hitsByName[name] += 1; }

static std::map<std::string, int> mostlyFixed;
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: global 'mostlyFixed' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:35: warning: global 'mostlyFixed' only ever grows
void seed() { mostlyFixed["zero"] = 0; }
void learn(const std::string &word, int n) { mostlyFixed.emplace(word, n); }

static std::multimap<std::string, int> history;
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: global 'history' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:40: warning: global 'history' only ever grows
void remember(int v) { history.emplace("event", v); }

static std::vector<std::string> lines;
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: global 'lines' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:33: warning: global 'lines' only ever grows
void logStart() { lines.push_back("start"); }

// A set of pairs: `{1, n}` is one key, not a key and a value.
static std::set<std::pair<int, int>> edges;
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: global 'edges' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:38: warning: global 'edges' only ever grows
void connect(int n) { edges.insert({1, n}); }

// One key, but its element grows: the Python `data = {'items': []}`.
static std::map<std::string, std::vector<std::string>> data;
// CHECK-MESSAGES: :[[@LINE-1]]:56: warning: global 'data' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:56: warning: global 'data' only ever grows
void fetch(const std::string &q) { data["items"].push_back(q); }
static std::map<std::string, std::vector<std::string>> aliased;
// CHECK-MESSAGES: :[[@LINE-1]]:56: warning: global 'aliased' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:56: warning: global 'aliased' only ever grows
void fetchAliased(const std::string &q) {
  std::vector<std::string> &items = aliased["items"];
  items.push_back(q);
}
static std::map<std::string, std::string> notes;
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: global 'notes' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:43: warning: global 'notes' only ever grows
void note(const std::string &q) { notes["log"] += q; }
static std::map<std::string, std::vector<int>> byTry;
// CHECK-MESSAGES: :[[@LINE-1]]:48: warning: global 'byTry' only ever grows
// CHECK-MESSAGES-OFF: :[[@LINE-2]]:48: warning: global 'byTry' only ever grows
void record(int v) { byTry.try_emplace("all").first->second.push_back(v); }
// Replaced whole, the element keeps no history.
static std::map<std::string, std::string> lastQuery;
// CHECK-MESSAGES-OFF: :[[@LINE-1]]:43: warning: global 'lastQuery' only ever grows
void remember(const std::string &q) { lastQuery["last"] = q; }

int main() {
  loadIcons();
  Palette().markUsed();
  Registry<int>().addDefault();
  hit("a");
  seed();
  learn("b", 2);
  remember(3);
  logStart();
  connect(4);
  fetch("q");
  fetchAliased("q");
  note("n");
  record(1);
  remember("r");
  return iconFor("Fl_Box") && Palette().isUsed(Green) ? 0 : 1;
}
