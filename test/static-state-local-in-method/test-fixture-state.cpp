// A static local in a test body (googletest's EXPECT_FATAL_FAILURE bodies
// cannot name locals) carries nothing from one test run to the next when the
// body resets it before reading it on every path; one that is read first
// (a counter that fails under --gtest_repeat) is still reported.
// RUN: %check_static_state %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-local-in-method %t -- \
// RUN:   --config="{CheckOptions: {static-state-local-in-method.FixStrategy: none, static-state-local-in-method.TestFixtureBases: '', static-state-local-in-method.IgnoreScopedFlags: false}}"

namespace testing {
class Test {
public:
  virtual ~Test() {}
  virtual void SetUp() {}
  virtual void TestBody() = 0;
};
} // namespace testing

void assertDeathHelper(bool *aborted);
void check(bool);

// What TEST(DeathTest, Aborts) expands to.
class DeathTest_Aborts_Test : public testing::Test {
  void TestBody() override {
    static bool aborted;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'aborted' in instance method 'TestBody' is written there
    aborted = false;
    assertDeathHelper(&aborted);
    check(aborted);
  }
};

class EqTest_WideChar_Test : public testing::Test {
  void TestBody() override {
    static wchar_t wchar;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:20: warning: static local variable 'wchar' in instance method 'TestBody' is written there
    wchar = L'b';
    check(wchar == L'a');
    wchar = 0x8119;
    check(wchar == 0x8120);
  }
};

// EXPECT_FATAL_FAILURE's expansion: the statement runs in a local class's
// static method, called after the reset.
class DeathTest_InMacro_Test : public testing::Test {
  void TestBody() override {
    static bool aborted;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'aborted' in instance method 'TestBody' is written there
    aborted = false;
    do {
      class Helper {
      public:
        static void Execute() { assertDeathHelper(&aborted); }
      };
      Helper::Execute();
    } while (false);
    check(aborted);
  }
};

// The helper reads it before the body resets it.
class DeathTest_ReadInMacro_Test : public testing::Test {
  void TestBody() override {
    static bool seen;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'seen' in instance method 'TestBody' is written there
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'seen' in instance method 'TestBody' is written there
    do {
      class Helper {
      public:
        static void Execute() { check(seen); }
      };
      Helper::Execute();
    } while (false);
    seen = true;
  }
};

// The helper itself starts by resetting it (googletest's own
// EXPECT_FATAL_FAILURE({ aborted = true; ASSERT_DEATH(...); aborted = false; })):
// every call of the helper overwrites it before anything else runs.
class DeathTest_ResetInMacro_Test : public testing::Test {
  void TestBody() override {
    static bool aborted;
    // CHECK-MESSAGES-OFF: :[[@LINE-1]]:17: warning: static local variable 'aborted' in instance method 'TestBody' is written there
    do {
      class Helper {
      public:
        static void Execute() {
          {
            aborted = true;
            assertDeathHelper(nullptr);
            aborted = false;
          }
        }
      };
      Helper::Execute();
    } while (false);
    check(aborted);
  }
};

// A helper that resets it only after a test of its own, or reads it first,
// carries what the last run left.
class DeathTest_LateResetInMacro_Test : public testing::Test {
  void TestBody() override {
    static bool late;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'late' in instance method 'TestBody' is written there
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'late' in instance method 'TestBody' is written there
    do {
      class Helper {
      public:
        static void Execute() {
          check(late);
          late = true;
        }
      };
      Helper::Execute();
    } while (false);
    check(late);
  }
};

// Read before reset: the second --gtest_repeat run starts from 2.
class Pred1Test_SingleEvaluation_Test : public testing::Test {
  void TestBody() override {
    static int n = 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: static local variable 'n' in instance method 'TestBody' is written there
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:16: warning: static local variable 'n' in instance method 'TestBody' is written there
    check(n++ % 2 == 0);
    check(n == 1);
  }
};

// The same reset-first shape outside a test class is reported (two objects
// calling it at once clobber each other).
class Formatter {
public:
  const char *format(int v) {
    static char buf[16];
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: static local variable 'buf' in instance method 'format' is written there
    // CHECK-MESSAGES-OFF: :[[@LINE-2]]:17: warning: static local variable 'buf' in instance method 'format' is written there
    buf[0] = static_cast<char>('0' + v);
    buf[1] = 0;
    return buf;
  }
};
