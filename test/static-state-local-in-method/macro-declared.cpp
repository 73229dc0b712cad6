// A static local that a macro's body declares (an every-N logging macro's
// occurrence counter) is the macro author's design: one per call site on
// purpose. It is not reported, whatever IgnoreMacroDeclaredStatics says (a
// static local spelled in a macro body is never a candidate). One handed to
// a macro as an argument is the user's own.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreMacroDeclaredStatics: false, static-state-local-in-method.FixStrategy: none}}"

void log(const char *);
#define LOG_EVERY_N(N, MSG)                                                    \
  static int occurrences = 0;                                                  \
  if (++occurrences % (N) == 0)                                                \
  log(MSG)
#define AS_WRITTEN(STATEMENT) STATEMENT

struct Worker {
  void step() {
    LOG_EVERY_N(10, "ten more steps");
  }
  void spin() {
    AS_WRITTEN(static int spins = 0;)
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static local variable 'spins' in instance method 'spin'
    ++spins;
  }
};
