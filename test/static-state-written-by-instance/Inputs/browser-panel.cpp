#include "browser-prefs.h"

// The settings panel: another file of the project, outside the class.
void resetColors() { Browser::labelColor = 72; }

// A class of this file alone: no other file can name its static.
namespace {
struct Local {
  void bump() { ++count; }
  static int count;
};
int Local::count;
} // namespace
int localCount() { return Local::count; }
