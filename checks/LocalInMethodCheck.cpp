//===- LocalInMethodCheck.cpp - static-state-local-in-method --------------===//

#include "LocalInMethodCheck.h"
#include "fixes/LocalToMember.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

/// The instance member function a static local lives in, or null. A lambda
/// is folded into the function it is written in (its call operator is not a
/// method anyone calls by name); a local class's member function is a method
/// of that class in its own right: its static is shared by every object of
/// the local class.
const CXXMethodDecl *owningInstanceMethod(const VarDecl &VD) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(VD.getDeclContext());
  while (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD)) {
    if (!MD->getParent()->isLambda())
      break;
    // A lambda outside any function (a namespace-scope or default member
    // initializer) belongs to no method.
    FD = dyn_cast_or_null<FunctionDecl>(MD->getParent()->getDeclContext());
  }
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic())
    return nullptr;
  return MD;
}

} // namespace

void LocalInMethodCheck::registerCandidateMatcher(MatchFinder &Finder) {
  Finder.addMatcher(
      varDecl(isStaticLocal(), unless(isExpansionInSystemHeader()))
          .bind("candidate"),
      this);
}

bool LocalInMethodCheck::acceptCandidate(const VarDecl &VD) {
  return VD.isStaticLocal() && !isImmutableOrIgnoredType(VD) &&
         owningInstanceMethod(VD);
}

void LocalInMethodCheck::judge(const VarDecl &VD) {
  const CXXMethodDecl *Method = owningInstanceMethod(VD);
  if (!Method)
    return;
  // Every reference to a static local sits in its function (or a lambda or
  // local class inside it): each write is a write by the method.
  std::vector<ReportedWrite> Reported = filterDeliberate(
      VD, writesOf(VD, [](const Reference &) { return true; }));
  if (Reported.empty() || !isShownLocation(VD.getLocation()))
    return;
  const CXXRecordDecl *Class = Method->getParent();
  std::string WhyNot;
  std::vector<FixItHint> Fixes;
  if (Strategy != FixStrategy::None)
    Fixes = makeMemberFromLocal(VD, *Method, referencesTo(VD), context(),
                                WhyNot);
  {
    auto D = diag(VD.getLocation(), "static local variable %0 in %1 is "
                                    "written there; every %2 object shares it")
             << &VD << describeFunction(*Method) << Class;
    for (const FixItHint &F : Fixes)
      D << F;
  }
  emitWriteNotes(VD.getName(), Reported, Class);
  if (!Fixes.empty())
    diag(VD.getLocation(), "make %0 a per-instance member of %1",
         DiagnosticIDs::Note)
        << &VD << Class;
  else if (!WhyNot.empty())
    diag(VD.getLocation(), "no automatic fix: %0", DiagnosticIDs::Note)
        << WhyNot;
}

} // namespace clang::tidy::static_state
