// A table of string constants handed to a C-style `const char **` parameter
// (an API that lacks `const char *const *`) is read by the call, even when
// the callee's body is in another file: every element is a literal or null
// and the table has no room beyond them. A table with spare slots, an output
// array, or a table the method stores into is still reported.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"

bool searchHeaderForToken(const char *file, const char **tokens, unsigned n);
void split(const char *line, const char **parts, unsigned n);
#define COUNT_OF(x) (sizeof(x) / sizeof(x[0]))

class Importer {
public:
  bool canRead(const char *file) const {
    static const char *tokens[] = {"<amf", "solid", nullptr};
    return searchHeaderForToken(file, tokens, COUNT_OF(tokens));
  }

  bool canReadSpare(const char *file) const {
    static const char *tokens[4] = {"ply"};
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'tokens' in instance method 'canReadSpare' is written there
    return searchHeaderForToken(file, tokens, 1);
  }

  const char *firstWord(const char *line) {
    static const char *parts[4];
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'parts' in instance method 'firstWord' is written there
    split(line, parts, 4);
    return parts[0];
  }

  bool canReadSwapped(const char *file) {
    static const char *tokens[] = {"obj", "mtl"};
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: static local variable 'tokens' in instance method 'canReadSwapped' is written there
    tokens[0] = file;
    return searchHeaderForToken(file, tokens, 2);
  }
};
