// A static local that a macro's body declares (an every-N logging macro's
// occurrence counter, glog's VLOG_IS_ON site flag) is the macro author's
// design: one per call site on purpose (IgnoreMacroDeclaredStatics), also
// when that macro is itself an argument of another (glog's DVLOG(n) passes
// VLOG_IS_ON(n) to LOG_IF). One handed to a macro as an argument is the
// user's own.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.IgnoreWriteOnlyStatics: false, static-state-local-in-method.IgnoreMacroDeclaredStatics: false, static-state-local-in-method.FixStrategy: none}}"

void log(const char *);
#define LOG_EVERY_N(N, MSG)                                                    \
  static int occurrences = 0;                                                  \
  if (++occurrences % (N) == 0)                                                \
  log(MSG)
#define AS_WRITTEN(STATEMENT) STATEMENT
struct SiteFlag { int *level; };
bool initSite(SiteFlag *, int);
#define VLOG_IS_ON(n)                                                          \
  (__extension__({                                                             \
    static SiteFlag vlocal__ = {nullptr};                                      \
    vlocal__.level == nullptr ? initSite(&vlocal__, n) : *vlocal__.level >= n; \
  }))
#define LOG_IF(condition) if (condition) log("verbose")
#define DVLOG(n) LOG_IF(VLOG_IS_ON(n))

struct Worker {
  void step() {
    LOG_EVERY_N(10, "ten more steps");
  }
  void verbose() {
    DVLOG(1);
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:5: warning: static local variable 'vlocal__' in instance method 'verbose'
  }
  void spin() {
    AS_WRITTEN(static int spins = 0;)
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: static local variable 'spins' in instance method 'spin'
    ++spins;
  }
};
