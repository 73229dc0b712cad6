#include "browser-prefs.h"

// The settings panel: another file of the project, outside the class.
void resetColors() { Browser::labelColor = 72; }
