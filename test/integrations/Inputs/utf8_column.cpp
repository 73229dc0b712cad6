// Non-ASCII text before a finding on the same line: clang counts bytes, SARIF UTF-16 units.
class Counter { public: void hit(); void miss(); private: /* größe */ static int n; };
int Counter::n;
void Counter::hit() { ++n; }
void Counter::miss() { n = 0; }
