//===- SharedFacts.cpp - one collection for every check -------------------===//

#include "SharedFacts.h"
#include "StaticStateCheck.h"
#include "analysis/ReferenceHolders.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

namespace {

// One matcher per node instead of a chain: the finder evaluates every
// registered matcher on every node of its kind, and each level of a nested
// matcher (`to(varDecl(hasGlobalStorage()))`) is a DynTypedMatcher call of
// its own (kind test, virtual call, bound-nodes copy). On header-heavy TUs
// that evaluation, not our callbacks, was most of the checks' cost.

AST_MATCHER(DeclRefExpr, namesStaticVariable) {
  return staticVariableNamedBy(&Node) != nullptr;
}

AST_MATCHER(MemberExpr, namesStaticMember) {
  return staticVariableNamedBy(&Node) != nullptr;
}

} // namespace

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
  // Asking each node whether it comes from a system header costs a source
  // location lookup per node; when the finder does not enter system headers
  // at all, that test is moot and no matcher carries it.
  auto AddStmt = [&](auto Node, llvm::StringRef Id) {
    if (FinderSkipsSystemHeaders)
      Finder.addMatcher(Node.bind(Id), this);
    else
      Finder.addMatcher(
          stmt(Node, unless(isExpansionInSystemHeader())).bind(Id), this);
  };
  AddStmt(declRefExpr(namesStaticVariable()), "ref");
  AddStmt(memberExpr(namesStaticMember()), "ref");
  // `this->items` in a template names the member only by name.
  AddStmt(cxxDependentScopeMemberExpr(), "depref");
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
    Matches.push_back({E, staticVariableNamedBy(E)});
    return;
  }
  if (const auto *Dep =
          Nodes.getNodeAs<CXXDependentScopeMemberExpr>("depref")) {
    if (!Dep->isImplicitAccess() &&
        isa<CXXThisExpr>(Dep->getBase()->IgnoreParenImpCasts()))
      Matches.push_back({Dep, nullptr});
  }
}

void SharedFacts::onEndOfTranslationUnit() {
  StaticStateCheck::judgeTranslationUnit(*this);
}

std::vector<const VarDecl *> SharedFacts::referencedVariables() {
  llvm::SmallVector<const VarDecl *, 64> Named;
  for (const Matched &M : Matches)
    if (M.Var)
      Named.push_back(canonicalVariable(M.Var));
  resolveDependentNames(Named);
  std::vector<const VarDecl *> Distinct;
  llvm::DenseSet<const VarDecl *> Seen;
  for (const VarDecl *VD : Named)
    if (Seen.insert(VD).second)
      Distinct.push_back(VD);
  return Distinct;
}

void SharedFacts::resolveDependentNames(
    llvm::SmallVectorImpl<const VarDecl *> &Out) {
  std::vector<const Expr *> Dependent;
  for (const Matched &M : Matches)
    if (!M.Var)
      Dependent.push_back(M.Ref);
  if (Dependent.empty())
    return;
  auto Holders = findReferenceHolders(*Ctx, Dependent);
  for (size_t I = 0; I < Dependent.size(); ++I) {
    DeclarationName Name =
        cast<CXXDependentScopeMemberExpr>(Dependent[I])->getMember();
    for (const Decl *Holder : Holders[I]) {
      const auto *Class = dyn_cast<CXXRecordDecl>(Holder->getDeclContext());
      if (!Class)
        continue;
      for (const NamedDecl *D : Class->lookup(Name))
        if (const auto *VD = dyn_cast<VarDecl>(D))
          if (VD->isStaticDataMember())
            Out.push_back(canonicalVariable(VD));
    }
  }
}

void SharedFacts::noteCandidate(const VarDecl &Canonical) {
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

std::vector<const Decl *> SharedFacts::codeOfCandidates() {
  std::vector<const Decl *> Owners;
  std::vector<const Expr *> Refs = referencesToCandidates();
  if (Refs.empty())
    return Owners;
  llvm::DenseSet<const Decl *> Seen;
  for (const auto &Holders : findReferenceHolders(*Ctx, Refs)) {
    if (Holders.empty() && Seen.insert(nullptr).second)
      Owners.push_back(nullptr);
    for (const Decl *Holder : Holders)
      if (Seen.insert(Holder).second)
        Owners.push_back(Holder);
  }
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

bool SharedFacts::isMutatedIn(const Expr &E, const Stmt &Body) {
  if (!Mutations)
    Mutations = std::make_unique<MutationAnalyzer>(*Ctx);
  return Mutations->isMutatedIn(E, Body);
}

void SharedFacts::forgetTranslationUnit() {
  Ctx = nullptr;
  Matches.clear();
  Candidates.clear();
  CandidateMemberNames.clear();
  Refs.clear();
  UnevaluatedUses.clear();
  Mutations.reset();
  Singletons.forget();
}

} // namespace clang::tidy::static_state
