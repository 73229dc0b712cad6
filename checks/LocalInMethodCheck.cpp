//===- LocalInMethodCheck.cpp - static-state-local-in-method --------------===//

#include "LocalInMethodCheck.h"
#include "fixes/LocalToMember.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

/// The instance member function a static local lives in (lambdas and local
/// classes inside it folded in), or null.
const CXXMethodDecl *owningInstanceMethod(const VarDecl &VD) {
  const auto *Innermost = dyn_cast_or_null<FunctionDecl>(VD.getDeclContext());
  if (!Innermost)
    return nullptr;
  const auto *MD =
      dyn_cast<CXXMethodDecl>(namedEnclosingFunction(*Innermost));
  if (!MD || !isInstanceCode(
                 isa<CXXConstructorDecl>(MD)  ? ContextKind::Constructor
                 : isa<CXXDestructorDecl>(MD) ? ContextKind::Destructor
                 : MD->isStatic()             ? ContextKind::StaticMethod
                                              : ContextKind::InstanceMethod))
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
