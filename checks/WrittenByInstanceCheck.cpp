//===- WrittenByInstanceCheck.cpp - static-state-written-by-instance ------===//

#include "WrittenByInstanceCheck.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

AST_MATCHER(VarDecl, isStaticDataMember) { return Node.isStaticDataMember(); }

bool isInstanceCode(const Reference &R) {
  switch (R.Kind) {
  case ContextKind::InstanceMethod:
  case ContextKind::Constructor:
  case ContextKind::Destructor:
  case ContextKind::MemberInitializer:
    return true;
  default:
    return false;
  }
}

std::string describeWriter(const Reference &R, const CXXRecordDecl *Owner) {
  if (R.Kind == ContextKind::MemberInitializer && R.InitializerOf)
    return "the default member initializer of '" +
           R.InitializerOf->getNameAsString() + "'";
  std::string Name = functionName(*R.Owner, Owner);
  switch (R.Kind) {
  case ContextKind::Constructor:
    return "constructor '" + Name + "'";
  case ContextKind::Destructor:
    return "destructor '" + Name + "'";
  default:
    return "instance method '" + Name + "'";
  }
}

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
    if (!isInstanceCode(R) || !isSameOrDerivedClass(contextRecord(R), Owner))
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
      << &VD << describeWriter(First, Owner) << Owner;
  emitWriteNotes(VD.getName(), Reported, Owner);
}

} // namespace clang::tidy::static_state
