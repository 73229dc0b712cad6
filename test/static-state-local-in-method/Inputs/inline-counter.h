#pragma once
// A member function defined in its header: every file that includes the
// header proposes the same fix for its static local.
class InlineCounter {
public:
  int next() {
    static int calls;
    return ++calls;
  }
};
