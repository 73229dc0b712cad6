//===- TestFixtures.h - state a test framework resets per test -*- C++ -*-===//
//
// googletest's EXPECT_FATAL_FAILURE and death-test macros cannot refer to
// locals or to `this`, so tests keep what those bodies touch in statics of
// the fixture or of the test body. The framework runs one test object at a
// time, in sequence: such a static carries nothing from one test to the next
// when every test starts by resetting it, in the fixture's constructor or
// SetUp(), or in each function that reads it before the read (proved on the
// CFG). A static a test reads before resetting it (a counter that fails
// under --gtest_repeat) is still reported.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_ANALYSIS_TESTFIXTURES_H
#define STATIC_STATE_TIDY_ANALYSIS_TESTFIXTURES_H

#include "analysis/CrossCallFlow.h"
#include "analysis/Intent.h"

#include "clang/AST/DeclCXX.h"
#include <string>

namespace clang::tidy::static_state {

/// Whether \p Class is, or derives from, one of \p Bases (qualified class
/// names such as "::testing::Test"; template bases by their template name).
bool derivesFromAny(const CXXRecordDecl &Class,
                    llvm::ArrayRef<std::string> Bases);

/// The test class whose state \p VD is: the class of a static data member,
/// or the class of the instance method holding a static local; null when
/// that class does not derive from one of \p Bases.
const CXXRecordDecl *owningTestClass(const VarDecl &VD,
                                     llvm::ArrayRef<std::string> Bases);

/// One reference to the variable, with the named function holding it.
struct FixtureUse {
  const FunctionDecl *Owner;
  FlowUse Use;
};

/// Whether every test starts \p VD afresh: one of \p Writes is in the
/// constructor or SetUp()/setUp() of a test class (run before every test),
/// or every function among \p Uses (all its references) overwrites it
/// before any read on every path (analyseCrossCallFlow says Fresh).
bool isResetForEveryTest(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                         llvm::ArrayRef<FixtureUse> Uses,
                         llvm::ArrayRef<std::string> Bases, ASTContext &Ctx);

/// Whether the variable is a tally of the test suite: every one of \p Writes
/// adds to it (a test counting that it ran) and a suite-level hook of a test
/// class (static SetUpTestSuite() / TearDownTestSuite(), or the older
/// ...TestCase()) uses it, to check it or reset it, as googletest's tests of
/// test instantiation do.
bool isSuiteTally(llvm::ArrayRef<WriteFact> Writes,
                  llvm::ArrayRef<FixtureUse> Uses,
                  llvm::ArrayRef<std::string> Bases);

} // namespace clang::tidy::static_state

#endif
