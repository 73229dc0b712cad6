// Test fixtures keep in statics what googletest's EXPECT_FATAL_FAILURE and
// death-test bodies touch (those bodies cannot name locals or `this`). One
// test object runs at a time, so such a static carries nothing from one
// test to the next when every test resets it first: in the fixture's
// constructor or SetUp(), or in each function that reads it, before the
// read on every path. A test class is one deriving from a class that
// TestFixtureBases lists (googletest's and CppUnit's by default). A tally
// that the tests add to and the suite's TearDownTestSuite() reads is the
// suite's on purpose (the class-wide tally rule sees it too: a static
// member function reads what instances add; it is off in the second run).
// RUN: %check_static_state %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none}}"
// RUN: %check_static_state --check-suffixes=OFF %s static-state-written-by-instance %t -- \
// RUN:   --config="{CheckOptions: {static-state-written-by-instance.FixStrategy: none, static-state-written-by-instance.TestFixtureBases: '', static-state-written-by-instance.IgnoreClassWideTallies: false}}"

namespace testing {
class Test {
public:
  static void SetUpTestSuite() {}
  static void TearDownTestSuite() {}
  virtual ~Test() {}
  virtual void SetUp() {}
  virtual void TearDown() {}
  virtual void TestBody() = 0;
};
} // namespace testing

void expectFatalFailure(void (*body)());
void check(bool);

// Reset in SetUp(), bumped by the bodies, checked in TearDown().
class PredicateTest : public testing::Test {
protected:
  void SetUp() override {
    finished_ = false;
    n1_ = 0;
  }
  void TearDown() override { check(n1_ == 1 && finished_); }
  static bool finished_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'finished_' is written by instance method 'SetUp'
  static int n1_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'n1_' is written by instance method 'SetUp'
};
bool PredicateTest::finished_;
int PredicateTest::n1_;

// What TEST_F(PredicateTest, Once) expands to.
class PredicateTest_Once_Test : public PredicateTest {
  void TestBody() override {
    ++n1_;
    finished_ = true;
  }
};

// Reset by the fixture's constructor (googletest makes one object per test).
class SingleEvaluationTest : public testing::Test {
protected:
  SingleEvaluationTest() { a_ = 0; }
  static void compareAndIncrement() { check(a_++ == 0); }
  static int a_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'a_' is written by
};
int SingleEvaluationTest::a_;

class SingleEvaluationTest_Ints_Test : public SingleEvaluationTest {
  void TestBody() override {
    expectFatalFailure(&compareAndIncrement);
    a_ += 10;
    check(a_ == 11);
  }
};

// Each body resets it before anything reads it, also when its address is
// handed to a helper.
void setFlag(bool *flag);
class DeathTest : public testing::Test {
protected:
  static bool aborted;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:15: warning: static member 'aborted' is written by instance method 'DeathTest_Aborts_Test::TestBody'
};
bool DeathTest::aborted;

class DeathTest_Aborts_Test : public DeathTest {
  void TestBody() override {
    aborted = false;
    setFlag(&aborted);
    check(aborted);
  }
};

// Counted by SetUp() rather than reset there: the count survives from one
// test to the next.
class CountingTest : public testing::Test {
protected:
  void SetUp() override { ++setups; }
  static int setups;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'setups' is written by instance method 'SetUp'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'setups' is written by instance method 'SetUp'
};
int CountingTest::setups;

// Read before any reset: with --gtest_repeat=2 the second run starts from 1.
class NeverResetTest : public testing::Test {
protected:
  static int evaluations;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'evaluations' is written by instance method 'NeverResetTest_Once_Test::TestBody'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'evaluations' is written by instance method 'NeverResetTest_Once_Test::TestBody'
};
int NeverResetTest::evaluations;

class NeverResetTest_Once_Test : public NeverResetTest {
  void TestBody() override {
    evaluations++;
    check(evaluations == 1);
  }
};

// Reset on one path only.
class SometimesResetTest : public testing::Test {
protected:
  static int seen;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'seen' is written by instance method 'SometimesResetTest_Maybe_Test::TestBody'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'seen' is written by instance method 'SometimesResetTest_Maybe_Test::TestBody'
};
int SometimesResetTest::seen;

class SometimesResetTest_Maybe_Test : public SometimesResetTest {
  void TestBody() override {
    if (evaluationsWanted())
      seen = 0;
    ++seen;
  }
  static bool evaluationsWanted();
};

// Each test adds to a tally that the suite's TearDownTestSuite() checks:
// googletest's own tests count that every instantiation ran.
class SeparateInstanceTest : public testing::Test {
public:
  static void TearDownTestSuite() { check(global_count_ >= 2); }

protected:
  static int global_count_;
  // CHECK-MESSAGES-OFF: :[[@LINE-1]]:14: warning: static member 'global_count_' is written by instance method
};
int SeparateInstanceTest::global_count_ = 0;

class SeparateInstanceTest_Runs_Test : public SeparateInstanceTest {
  void TestBody() override { global_count_++; }
};

// Overwritten by the tests rather than added to: reported.
class LastValueTest : public testing::Test {
public:
  static void TearDownTestSuite() { check(last_ != 0); }

protected:
  static int last_;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'last_' is written by instance method
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'last_' is written by instance method
};
int LastValueTest::last_ = 0;

class LastValueTest_Sets_Test : public LastValueTest {
  void TestBody() override { last_ = compute(last_); }
  static int compute(int);
};

// Not a test class: the same reset-in-SetUp shape is reported.
class Widget {
public:
  void SetUp() { count = 0; }
  void hit() { ++count; }
  static int count;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: static member 'count' is written by instance method 'SetUp'
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:14: warning: static member 'count' is written by instance method 'SetUp'
};
int Widget::count;
