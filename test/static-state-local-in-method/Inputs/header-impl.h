// A class defined in a header: other translation units may make objects.
#include <vector>
class HeaderImpl {
public:
  int next() {
    static int calls = 0;
    calls += 2;
    return calls;
  }
};
