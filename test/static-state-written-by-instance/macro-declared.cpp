// A static that a macro's body declares (`static` spelled in the macro) is
// the macro author's design, one per class on purpose: oatpp's
// OATPP_DECLARE_LOG_CATEGORY(NAME) expands to `static oatpp::LogCategory
// NAME;` (IgnoreMacroDeclaredStatics). A declaration handed to a macro as an
// argument, or one whose type alone comes from a macro, is the user's own.
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=,OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.IgnoreMacroDeclaredStatics: false, static-state-written-by-instance.FixStrategy: none}}"

struct LogCategory {
  unsigned enabled = ~0u;
  void disablePriority(unsigned p) { enabled &= ~(1u << p); }
};
#define DECLARE_LOG_CATEGORY(NAME) static LogCategory NAME;
#define AS_WRITTEN(DECLARATION) DECLARATION
#define COUNTER_TYPE int

class LoggerTest {
public:
  void onRun() {
    TESTCATEGORY.disablePriority(1);
    ++runs;
    ++stops;
  }
  DECLARE_LOG_CATEGORY(TESTCATEGORY)
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:24: warning: static member 'TESTCATEGORY' is written by instance method 'onRun'
  AS_WRITTEN(static int runs;)
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: static member 'runs' is written by instance method 'onRun'
  static COUNTER_TYPE stops;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: static member 'stops' is written by instance method 'onRun'
};
LogCategory LoggerTest::TESTCATEGORY;
int LoggerTest::runs;
int LoggerTest::stops;
