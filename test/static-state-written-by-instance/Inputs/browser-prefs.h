// A widget whose colours are class-wide: a settings panel in another file
// sets them as Browser::labelColor (Inputs/browser-panel.cpp).
struct Browser {
  void loadPrefs();
  static int labelColor;
  static int otherColor;
};
