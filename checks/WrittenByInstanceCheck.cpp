//===- WrittenByInstanceCheck.cpp - static-state-written-by-instance ------===//

#include "WrittenByInstanceCheck.h"
#include "analysis/Visibility.h"
#include "fixes/ToInstanceMember.h"
#include "fixes/ToLocalVariable.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

AST_MATCHER(VarDecl, isStaticDataMember) { return Node.isStaticDataMember(); }

} // namespace

void WrittenByInstanceCheck::registerCandidateMatcher(MatchFinder &Finder) {
  Finder.addMatcher(varDecl(isStaticDataMember(),
                            unless(isExpansionInSystemHeader()))
                        .bind("candidate"),
                    this);
}

bool WrittenByInstanceCheck::acceptCandidate(const VarDecl &VD) {
  return VD.isStaticDataMember() && !isImmutableOrIgnoredType(VD) &&
         isa<CXXRecordDecl>(VD.getDeclContext());
}

void WrittenByInstanceCheck::judge(const VarDecl &VD) {
  const auto *Owner = cast<CXXRecordDecl>(VD.getDeclContext());
  std::vector<ReportedWrite> Reported =
      filterDeliberate(VD, writesOf(VD, [&](const Reference &R) {
                         return isInstanceCode(R.Kind) &&
                                isSameOrDerivedClass(contextRecord(R), Owner);
                       }));
  if (Reported.empty() || !isShownLocation(VD.getLocation()))
    return;

  const Reference &First = Reported.front().Fact.Where;
  FixPlan Plan = planFix(VD);
  {
    auto D = diag(VD.getLocation(), "static member %0 is written by %1; every "
                                    "%2 object shares it")
             << &VD << describeCode(First, Owner) << Owner;
    for (const FixItHint &F : Plan.Fixes)
      D << F;
  }
  emitWriteNotes(VD.getName(), Reported, Owner);
  if (!Plan.Fixes.empty())
    diag(VD.getLocation(), "%0", DiagnosticIDs::Note) << Plan.Summary;
  else if (!Plan.WhyNot.empty())
    diag(VD.getLocation(), "no automatic fix: %0", DiagnosticIDs::Note)
        << Plan.WhyNot;
}

WrittenByInstanceCheck::FixPlan
WrittenByInstanceCheck::planFix(const VarDecl &VD) {
  FixPlan Plan;
  if (Strategy == FixStrategy::None)
    return Plan;
  llvm::ArrayRef<Reference> Refs = referencesTo(VD);
  bool Unevaluated = hasUnevaluatedUse(VD);
  std::string Name = "'" + VD.getNameAsString() + "'";

  const FunctionDecl *Only = soleUser(Refs);
  bool TryLocal = Strategy == FixStrategy::Local ||
                  (Strategy == FixStrategy::Auto && Only);
  if (TryLocal) {
    std::optional<std::string> Why =
        Only ? whyNotLocalVariable(VD, Refs, Unevaluated, *Only, context())
             : std::optional<std::string>(Name + " is used by more than one "
                                                 "function");
    if (!Why) {
      std::string Failed;
      Plan.Fixes = makeLocalVariable(VD, *Only, context(), Failed);
      if (!Plan.Fixes.empty()) {
        Plan.Summary = "make " + Name + " a local variable of " +
                       describeFunction(*Only);
        return Plan;
      }
      Why = Failed;
    }
    if (Strategy == FixStrategy::Local) {
      Plan.WhyNot = *Why;
      return Plan;
    }
  }
  if (auto Why = whyNotInstanceMember(VD, Refs, Unevaluated, context())) {
    Plan.WhyNot = *Why;
    return Plan;
  }
  Plan.Fixes =
      makeInstanceMember(VD, InitStyle, context(), OpenedLists, Plan.WhyNot);
  if (!Plan.Fixes.empty())
    Plan.Summary = "make " + Name + " a per-instance member";
  return Plan;
}

} // namespace clang::tidy::static_state
