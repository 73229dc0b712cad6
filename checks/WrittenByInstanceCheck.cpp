//===- WrittenByInstanceCheck.cpp - static-state-written-by-instance ------===//

#include "WrittenByInstanceCheck.h"

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
  std::vector<WriteFact> Writes;
  for (const Reference &R : referencesTo(VD)) {
    if (!isInstanceCode(R.Kind) || !isSameOrDerivedClass(contextRecord(R), Owner))
      continue;
    const Access &A = classify(R);
    if (A.IsWrite)
      Writes.push_back({R, A});
  }
  std::vector<ReportedWrite> Reported = filterDeliberate(VD, std::move(Writes));
  if (Reported.empty() || !isShownLocation(VD.getLocation()))
    return;

  const Reference &First = Reported.front().Fact.Where;
  diag(VD.getLocation(), "static member %0 is written by %1; every %2 object "
                         "shares it")
      << &VD << describeCode(First, Owner) << Owner;
  emitWriteNotes(VD.getName(), Reported, Owner);
}

} // namespace clang::tidy::static_state
