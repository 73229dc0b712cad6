//===- LocalInMethodCheck.cpp - static-state-local-in-method --------------===//

#include "LocalInMethodCheck.h"
#include "fixes/LocalToMember.h"
#include "analysis/TypeFit.h"
#include "fixes/ToLocalVariable.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Lex/Preprocessor.h"

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

void LocalInMethodCheck::registerPPCallbacks(const SourceManager &SM,
                                             Preprocessor *PP,
                                             Preprocessor *) {
  Includes.clear();
  PP->addPPCallbacks(IncludeGraph::recorder(Includes, SM));
}

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
  PlannedRewrites Plan = planKeepingStateTogether(
      VD, [&] { return coupledWith(VD); }, [&] { return planFor(VD, *Method); });
  {
    auto D = diag(VD.getLocation(), "static local variable %0 in %1 is "
                                    "written there; every %2 object shares it")
             << &VD << describeFunction(*Method) << Class;
    for (const FixItHint &F : Plan.Main.Fixes)
      D << F;
  }
  emitWriteNotes(VD.getName(), Reported, Class);
  emitRewriteNotes(VD, Plan);
}

StaticStateCheck::PlannedRewrites
LocalInMethodCheck::planFor(const VarDecl &VD, const CXXMethodDecl &Method) {
  return planRewrites(factsOf(VD, Method), [&](Rewrite R, LayoutEdits &Edits) {
    return build(VD, Method, R, Edits);
  });
}

std::vector<const VarDecl *> LocalInMethodCheck::coupledWith(const VarDecl &VD) {
  // The other written static locals of the same function: its state.
  std::vector<const VarDecl *> Coupled;
  for (const VarDecl *Other : candidates())
    if (Other != &VD && Other->getDeclContext() == VD.getDeclContext() &&
        !filterDeliberate(*Other, writesOf(*Other, [](const Reference &) {
                            return true;
                          })).empty())
      Coupled.push_back(Other);
  return Coupled;
}

std::optional<std::string> LocalInMethodCheck::whyNoFix(const VarDecl &VD) {
  const CXXMethodDecl *Method = owningInstanceMethod(VD);
  if (!Method)
    return std::string("it is not in an instance method");
  LayoutEdits Saved = Layout;
  PlannedRewrites Plan = planFor(VD, *Method);
  Layout = Saved;
  if (!Plan.Main.Fixes.empty())
    return std::nullopt;
  return Plan.Main.WhyNot;
}

RewriteFacts LocalInMethodCheck::factsOf(const VarDecl &VD,
                                         const CXXMethodDecl &Method) {
  RewriteFacts F;
  std::string Name = "'" + VD.getNameAsString() + "'";
  F.Name = Name;
  const CXXRecordDecl *Class = Method.getParent();
  std::string Note;
  F.WhyNotMember = whyNotEditClassAt(Class->getLocation(), Class->getName(), Note);
  if (!F.WhyNotMember)
    F.WhyNotMember = whyNotMemberFromLocal(VD, Method, referencesTo(VD), context());
  // A rename would miss the uses in sizeof/decltype, which are not recorded.
  if (!F.WhyNotMember)
    F.WhyNotMember = whyNotTiedToObject(VD);
  if (!F.WhyNotMember && hasUnevaluatedUse(VD))
    F.WhyNotMember = Name + " is used in sizeof, decltype or noexcept";
  if (!F.WhyNotMember && !sources().isInMainFile(
                            sources().getFileLoc(Class->getLocation())))
    if (auto Why = whyNotDeclaredForHeader(VD.getType(), Class->getLocation(),
                                           Includes, context()))
      F.WhyNotMember = Name + " cannot move into the header: " + *Why;
  std::optional<std::string> TooLarge =
      whyTooLarge(VD.getName(), VD.getType(), MaxMovedObjectBytes, context());
  if (!F.WhyNotMember)
    F.WhyNotMember = TooLarge;
  // The function that holds the static is its one user, by construction.
  const auto *Holder = cast<FunctionDecl>(VD.getDeclContext());
  F.SoleUser = Holder;
  std::vector<FlowUse> Uses = flowUsesOf(VD);
  F.Flow = analyseCrossCallFlow(VD, *Holder, Uses, context());
  F.MemoTable = isMemoTable(VD, *Holder, Uses, context());
  F.ReturnedFromConst = isReturnedValue(Uses, context());
  F.StartsFrom = initialValueWords(VD, VD.getInit(), context());
  if (Holder != &Method)
    F.WhyNotLocal = Name + " is in a lambda of " + describeFunction(Method);
  else if (TooLarge)
    F.WhyNotLocal = TooLarge;
  else if (VD.getInit() && hasObservableEvaluation(*VD.getInit(), context()))
    F.WhyNotLocal = "the initializer of " + Name + " runs once, on the first "
                    "call: as a plain local it would run on every call";
  return F;
}

StaticStateCheck::BuiltRewrite
LocalInMethodCheck::build(const VarDecl &VD, const CXXMethodDecl &Method,
                          Rewrite R, LayoutEdits &Edits) {
  BuiltRewrite B;
  std::string Name = "'" + VD.getNameAsString() + "'";
  const CXXRecordDecl *Class = Method.getParent();
  if (R == Rewrite::Local) {
    B.Fixes = makePlainLocal(VD, context(), B.WhyNot);
    B.Summary = "make " + Name + " a plain local variable (drop 'static')";
    return B;
  }
  std::string NewName;
  B.Fixes = makeMemberFromLocal(VD, Method, referencesTo(VD), context(), Edits,
                                NewName, B.WhyNot);
  B.Summary = "make " + Name + " a per-instance member of '" +
              Class->getNameAsString() + "'";
  if (!NewName.empty() && NewName != VD.getName())
    B.Summary += " named '" + NewName + "' (the class already uses " + Name + ")";
  if (!B.Fixes.empty())
    whyNotEditClassAt(Class->getLocation(), Class->getName(), B.Extra);
  return B;
}

} // namespace clang::tidy::static_state
