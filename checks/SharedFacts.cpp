//===- SharedFacts.cpp - one collection for every check -------------------===//

#include "SharedFacts.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

std::shared_ptr<SharedFacts> SharedFacts::forContext(const void *Key) {
  // clang-tidy creates the checks anew for each translation unit; clangd may
  // build several translation units at once, each with its own context.
  static std::mutex Lock;
  static llvm::DenseMap<const void *, std::weak_ptr<SharedFacts>> Live;
  std::lock_guard<std::mutex> Guard(Lock);
  std::weak_ptr<SharedFacts> &Slot = Live[Key];
  std::shared_ptr<SharedFacts> Facts = Slot.lock();
  if (!Facts || Facts->Sealed) {
    Facts = std::make_shared<SharedFacts>();
    Slot = Facts;
  }
  return Facts;
}

void SharedFacts::enroll(StaticStateCheck &Check, MatchFinder &Finder,
                         bool FinderSkipsSystemHeaders) {
  if (llvm::is_contained(Members, &Check))
    return;
  Members.push_back(&Check);
  if (Members.size() > 1)
    return;
  auto Register = [&](auto NotSystem) {
    // The declarations that hold code, visited before the code they hold:
    // the last one seen is the holder of each reference matched after it.
    Finder.addMatcher(functionDecl(NotSystem).bind("owner"), this);
    Finder.addMatcher(varDecl(hasGlobalStorage(), NotSystem).bind("owner"),
                      this);
    Finder.addMatcher(fieldDecl(NotSystem).bind("owner"), this);
    auto StaticVar = varDecl(hasGlobalStorage()).bind("var");
    Finder.addMatcher(declRefExpr(to(StaticVar), NotSystem).bind("ref"), this);
    Finder.addMatcher(memberExpr(member(StaticVar), NotSystem).bind("ref"),
                      this);
    // `this->items` in a template names the member only by name.
    Finder.addMatcher(cxxDependentScopeMemberExpr(NotSystem).bind("depref"),
                      this);
  };
  // Asking each node whether it comes from a system header costs a source
  // location lookup per node; when the finder does not enter system headers
  // at all, that test is moot (callgrind on the Qt benchmark TU: 21 M fewer
  // instructions in the match finder, 0.14 % of the run).
  if (FinderSkipsSystemHeaders)
    Register(anything());
  else
    Register(unless(isExpansionInSystemHeader()));
}

void SharedFacts::leave(StaticStateCheck &Check) {
  llvm::erase(Members, &Check);
}

llvm::StringRef SharedFacts::getID() const {
  return "static-state-*: shared reference collection";
}

void SharedFacts::run(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  const BoundNodes &Nodes = Result.Nodes;
  if (const auto *E = Nodes.getNodeAs<Expr>("ref")) {
    Matches.push_back({E, Nodes.getNodeAs<VarDecl>("var"), CurrentOwner});
    return;
  }
  if (const auto *D = Nodes.getNodeAs<Decl>("owner")) {
    if (const Decl *Owner = outermostCodeOwner(*D))
      CurrentOwner = Owner;
    return;
  }
  if (const auto *Dep =
          Nodes.getNodeAs<CXXDependentScopeMemberExpr>("depref")) {
    if (!Dep->isImplicitAccess() &&
        isa<CXXThisExpr>(Dep->getBase()->IgnoreParenImpCasts()))
      Matches.push_back({Dep, nullptr, CurrentOwner});
  }
}

void SharedFacts::noteCandidate(const VarDecl &Canonical, ASTContext &C) {
  Ctx = &C;
  Candidates.insert(&Canonical);
  if (Canonical.isStaticDataMember())
    CandidateMemberNames.insert(Canonical.getDeclName());
}

bool SharedFacts::isToCandidate(const Matched &M) const {
  if (M.Var)
    return Candidates.count(canonicalVariable(M.Var)) != 0;
  return CandidateMemberNames.count(
             cast<CXXDependentScopeMemberExpr>(M.Ref)->getMember()) != 0;
}

bool SharedFacts::claimJudging() {
  if (Judged)
    return false;
  Judged = true;
  return true;
}

std::vector<const Decl *> SharedFacts::codeOfCandidates() const {
  std::vector<const Decl *> Owners;
  llvm::DenseSet<const Decl *> Seen;
  for (const Matched &M : Matches)
    if (isToCandidate(M) && Seen.insert(M.Owner).second)
      Owners.push_back(M.Owner);
  return Owners;
}

std::vector<const Expr *> SharedFacts::referencesToCandidates() const {
  std::vector<const Expr *> Exprs;
  for (const Matched &M : Matches)
    if (isToCandidate(M))
      Exprs.push_back(M.Ref);
  return Exprs;
}

void SharedFacts::record(const Reference &R, const VarDecl &Var) {
  if (R.Unevaluated)
    UnevaluatedUses.insert(&Var);
  else
    Refs[&Var].push_back(R);
}

void SharedFacts::describeCandidateReferences() {
  for (const Matched &M : Matches) {
    if (!isToCandidate(M))
      continue;
    Reference R = describeReference(*M.Ref, *Ctx);
    if (M.Var) {
      record(R, *canonicalVariable(M.Var));
      continue;
    }
    // `this->name`: a static member of the class the code belongs to.
    const CXXRecordDecl *RD = contextRecord(R);
    if (!RD)
      continue;
    for (const NamedDecl *D :
         RD->lookup(cast<CXXDependentScopeMemberExpr>(M.Ref)->getMember()))
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (VD->isStaticDataMember() &&
            Candidates.count(canonicalVariable(VD)))
          record(R, *canonicalVariable(VD));
  }
}

llvm::ArrayRef<Reference> SharedFacts::referencesTo(const VarDecl &VD) const {
  auto It = Refs.find(&VD);
  if (It == Refs.end())
    return {};
  return It->second;
}

const Access &SharedFacts::classify(const Reference &R) {
  if (!Mutations)
    Mutations = std::make_unique<MutationAnalyzer>(*Ctx);
  const Stmt *Body = R.Innermost ? R.Innermost->getBody() : nullptr;
  return Mutations->classify(*R.Ref, Body);
}

void SharedFacts::forgetTranslationUnit() {
  Ctx = nullptr;
  CurrentOwner = nullptr;
  Matches.clear();
  Candidates.clear();
  CandidateMemberNames.clear();
  Refs.clear();
  UnevaluatedUses.clear();
  Mutations.reset();
}

} // namespace clang::tidy::static_state
