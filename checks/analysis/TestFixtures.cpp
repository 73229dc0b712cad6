//===- TestFixtures.cpp - state a test framework resets per test ----------===//

#include "analysis/TestFixtures.h"
#include "analysis/TypeShapes.h"
#include "analysis/WriteShapes.h"

#include "llvm/ADT/MapVector.h"

namespace clang::tidy::static_state {

namespace {

/// The class a base specifier names, also when it is a dependent
/// specialisation (`: public Fixture<T>` names the template's pattern).
const CXXRecordDecl *baseClass(const CXXBaseSpecifier &B) {
  return classOrPatternOf(B.getType());
}

bool derivesFromAnyAt(const CXXRecordDecl &Class,
                      llvm::ArrayRef<std::string> Bases, unsigned Depth) {
  if (isListedClassName(Class.getQualifiedNameAsString(), Bases))
    return true;
  const CXXRecordDecl *Def = Class.getDefinition();
  if (!Def || Depth > 16)
    return false;
  for (const CXXBaseSpecifier &B : Def->bases())
    if (const CXXRecordDecl *RD = baseClass(B))
      if (derivesFromAnyAt(*RD, Bases, Depth + 1))
        return true;
  return false;
}

/// Code that the framework runs before every test body: the constructor of
/// the test object (or of its fixture base) and SetUp() (setUp() in CppUnit).
bool runsBeforeEveryTest(const FunctionDecl *F,
                         llvm::ArrayRef<std::string> Bases) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(F);
  if (!MD || MD->isStatic() || !derivesFromAny(*MD->getParent(), Bases))
    return false;
  if (isa<CXXConstructorDecl>(MD))
    return true;
  return MD->getIdentifier() &&
         (MD->getName() == "SetUp" || MD->getName() == "setUp");
}

} // namespace

bool derivesFromAny(const CXXRecordDecl &Class,
                    llvm::ArrayRef<std::string> Bases) {
  return !Bases.empty() && derivesFromAnyAt(Class, Bases, 0);
}

const CXXRecordDecl *owningTestClass(const VarDecl &VD,
                                     llvm::ArrayRef<std::string> Bases) {
  const CXXRecordDecl *Class = nullptr;
  if (VD.isStaticDataMember())
    Class = dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  else if (const auto *MD = dyn_cast<CXXMethodDecl>(VD.getDeclContext()))
    Class = MD->isStatic() ? nullptr : MD->getParent();
  return Class && derivesFromAny(*Class, Bases) ? Class : nullptr;
}

bool isResetForEveryTest(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                         llvm::ArrayRef<FixtureUse> Uses,
                         llvm::ArrayRef<std::string> Bases, ASTContext &Ctx) {
  // `x = v` or `x.part = v` before every test (not `++setups`: that reads
  // what the last test left).
  for (const WriteFact &W : Writes)
    if (runsBeforeEveryTest(W.Where.Owner, Bases) &&
        (assignedValue(W.What) ||
         (W.Where.Ref && wholeOverwriteSite(*W.Where.Ref, W.What, Ctx))))
      return true;
  llvm::MapVector<const FunctionDecl *, std::vector<FlowUse>> ByFunction;
  for (const FixtureUse &U : Uses) {
    if (!U.Owner)
      return false; // a use we cannot place: it may read the old value
    ByFunction[U.Owner].push_back(U.Use);
  }
  if (ByFunction.empty())
    return false;
  for (const auto &[Fn, FnUses] : ByFunction)
    if (analyseCrossCallFlow(VD, *Fn, FnUses, Ctx, /*EscapesCount=*/false).V !=
        CrossCallFlow::Fresh)
      return false;
  return true;
}

bool isSuiteTally(llvm::ArrayRef<WriteFact> Writes,
                  llvm::ArrayRef<FixtureUse> Uses,
                  llvm::ArrayRef<std::string> Bases) {
  if (Writes.empty() || !llvm::all_of(Writes, [](const WriteFact &W) {
        return accumulates(W.What);
      }))
    return false;
  return llvm::any_of(Uses, [&](const FixtureUse &U) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(U.Owner);
    if (!MD || !MD->isStatic() || !MD->getIdentifier() ||
        !derivesFromAny(*MD->getParent(), Bases))
      return false;
    llvm::StringRef Name = MD->getName();
    return Name == "SetUpTestSuite" || Name == "TearDownTestSuite" ||
           Name == "SetUpTestCase" || Name == "TearDownTestCase";
  });
}

} // namespace clang::tidy::static_state
