// A static member every write of which stores a setting looked up by a
// literal name, computed from nothing of the object or the call (fluid's
// Node_Browser::load_prefs(): `p.get("label_color", c, 72); label_color =
// c;`; sqlitebrowser's `MaxRecentFiles = Settings::getValue("General",
// "maxRecentFiles").toInt();` in a constructor): every object would load the
// same value, so the class keeps one setting for all (IgnoreSettingsReadByName).
// A value from a parameter or from the object, the static's own old value,
// a buffer made with `new`, a value taken without a name (a timestamp, a
// counter), a local a parameter may set, a structured binding of a member,
// the static handed to a call that fills it, a write in a destructor:
// reported.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreSettingsReadByName: false, static-state-written-by-instance.FixStrategy: none}}"

#include <cstdlib>
#include <ctime>
#include <string>

// A preferences store, as FLTK's Fl_Preferences: a group of a parent, get()
// fills its second argument from the key or the default.
class Preferences {
public:
  Preferences(Preferences &parent, const char *group);
  int get(const char *key, int &value, int defaultValue);
  int get(const char *key, std::string &value, const char *defaultValue);
};
extern Preferences appPreferences;

struct Variant {
  int toInt() const;
};
struct Settings {
  static Variant getValue(const std::string &group, const std::string &name);
};

class Browser {
public:
  void loadPrefs() {
    int c;
    Preferences p(appPreferences, "browser");
    p.get("label_color", c, 72);
    labelColor = c;
    p.get("label_font", c, 1);
    if (c < 0 || c > 15)
      c = 1;
    labelFont = c;
  }
  static int labelColor;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'labelColor' is written by instance method 'loadPrefs'
  static int labelFont;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'labelFont' is written by instance method 'loadPrefs'
};
int Browser::labelColor;
int Browser::labelFont;

class MainWindow {
public:
  MainWindow() {
    maxRecentFiles = Settings::getValue("General", "maxRecentFiles").toInt();
    const char *home = std::getenv("HOME");
    homeDir = home ? home : "/";
  }
  static int maxRecentFiles;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'maxRecentFiles' is written by constructor 'MainWindow'
  static std::string homeDir;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:22: warning: static member 'homeDir' is written by constructor 'MainWindow'
};
int MainWindow::maxRecentFiles;
std::string MainWindow::homeDir;


// Near misses: each still one object's state kept for all of them.
class Session {
public:
  explicit Session(int w) : width(w) {}
  void applyWidth(int w) {
    Preferences p(appPreferences, "session");
    int c;
    p.get("width", c, 640);
    if (w > 0)
      c = w; // a parameter may set the local
    lastWidth = c;
  }
  void loadTitle() {
    Preferences p(appPreferences, "session");
    p.get("title", title, "untitled"); // filled by a call: it may append
  }
  void rememberOwn() {
    Preferences p(appPreferences, "session");
    p.get("width", ownWidth, width + 1); // the object's own value as default
  }
  void grow() { step = step + Settings::getValue("session", "step").toInt(); }
  void allocate() { buffer = new char[Settings::getValue("s", "size").toInt()]; }
  void stamp() { lastUse = std::time(nullptr); } // no name: when, not what
  void mixed(int n) {
    limit = Settings::getValue("session", "limit").toInt();
    if (n > limit)
      limit = n; // one write from the call
  }
  ~Session() { closing = Settings::getValue("session", "closing").toInt(); }
  void resize() {
    auto [w, h] = dims; // the object's own, through a structured binding
    height = Settings::getValue("session", "height").toInt() + h + w;
  }

  static std::string title;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'title' is written by instance method 'loadTitle'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:22: warning: static member 'title' is written by instance method 'loadTitle'
  static int lastWidth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'lastWidth' is written by instance method 'applyWidth'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'lastWidth' is written by instance method 'applyWidth'
  static int ownWidth;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'ownWidth' is written by instance method 'rememberOwn'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'ownWidth' is written by instance method 'rememberOwn'
  static int step;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'step' is written by instance method 'grow'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'step' is written by instance method 'grow'
  static char *buffer;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static member 'buffer' is written by instance method 'allocate'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static member 'buffer' is written by instance method 'allocate'
  static std::time_t lastUse;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: static member 'lastUse' is written by instance method 'stamp'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:22: warning: static member 'lastUse' is written by instance method 'stamp'
  static int limit;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'limit' is written by instance method 'mixed'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'limit' is written by instance method 'mixed'
  static int closing;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'closing' is written by destructor '~Session'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'closing' is written by destructor '~Session'
  static int height;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'height' is written by instance method 'resize'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'height' is written by instance method 'resize'
  int width;
  struct Dims {
    int w, h;
  } dims;
};
std::string Session::title;
int Session::lastWidth;
int Session::ownWidth;
int Session::step;
char *Session::buffer;
std::time_t Session::lastUse;
int Session::limit;
int Session::closing;
int Session::height;
