//===- SharedFacts.h - one collection for every check ---------*- C++ -*-===//
//
// The facts every static-state check judges from, collected once per
// translation unit however many of the checks are enabled: the references to
// variables with static storage, the code that holds each, and one
// description and one classification per reference.
//
// Matching only records pointers, and only expressions are matched: a
// matcher on declarations runs on every parameter and function of every
// header, which cost more than everything else the checks do. At the end of
// the translation unit the checks pick their candidates among the variables
// the references name (a variable never named is never written); the
// declarations holding the references to candidates are found from source
// positions (ReferenceHolders), and the parent map the descriptions need is
// built for those declarations, never for the whole translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_SHAREDFACTS_H
#define STATIC_STATE_TIDY_SHAREDFACTS_H

#include "analysis/Mutation.h"
#include "analysis/References.h"
#include "analysis/SingletonClass.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <vector>

namespace clang::tidy::static_state {

class StaticStateCheck;

class SharedFacts : public ast_matchers::MatchFinder::MatchCallback {
public:
  /// The facts shared by the checks created together under \p Key (their
  /// ClangTidyContext): one set per translation unit being analysed.
  static std::shared_ptr<SharedFacts> forContext(const void *Key);

  /// Adds \p Check to the checks judging from these facts; the first one
  /// to join registers the shared matchers on \p Finder, with a system
  /// header test on each node unless \p FinderSkipsSystemHeaders.
  void enroll(StaticStateCheck &Check, ast_matchers::MatchFinder &Finder,
              bool FinderSkipsSystemHeaders);
  void leave(StaticStateCheck &Check);
  llvm::ArrayRef<StaticStateCheck *> members() const { return Members; }

  /// Null when nothing was matched in this translation unit.
  ASTContext *context() const { return Ctx; }
  /// The variables the matched references name (canonical declarations, in
  /// order of first reference), `this->name` in templates resolved in the
  /// class of the code holding it: where the checks pick their candidates.
  std::vector<const VarDecl *> referencedVariables();
  /// \p Canonical is a candidate of an enabled check, shown where it is
  /// declared: its references will be described and classified.
  void noteCandidate(const VarDecl &Canonical);
  /// The declarations holding references to candidates; a null entry when
  /// some reference's holder is unknown.
  std::vector<const Decl *> codeOfCandidates();
  /// The references to candidates, as matched.
  std::vector<const Expr *> referencesToCandidates() const;
  /// Describes every reference to a candidate (needs their parents).
  void describeCandidateReferences();

  /// Every evaluated reference to candidate \p VD, in traversal order.
  llvm::ArrayRef<Reference> referencesTo(const VarDecl &VD) const;
  /// Whether candidate \p VD is also named in sizeof, decltype, noexcept or
  /// typeid.
  bool hasUnevaluatedUse(const VarDecl &VD) const {
    return UnevaluatedUses.count(&VD) != 0;
  }
  /// Classifies one reference, once for all checks.
  const Access &classify(const Reference &R);
  /// clang's ExprMutationAnalyzer on \p Body, built once per body.
  bool isMutatedIn(const Expr &E, const Stmt &Body);
  /// Which classes have one object by design (one census for all checks).
  SingletonClasses &singletons() { return Singletons; }
  void forgetTranslationUnit();

  // The shared matchers' callback.
  void run(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Sealed = true; }
  /// Judges the candidates of every member check (no check registers a
  /// matcher of its own, so clang-tidy calls this and not theirs).
  void onEndOfTranslationUnit() override;
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }
  llvm::StringRef getID() const override;

private:
  /// One matched reference: the variable is null for `this->name` in a
  /// template, resolved by name once its class is known.
  struct Matched {
    const Expr *Ref;
    const VarDecl *Var;
  };
  bool isToCandidate(const Matched &M) const;
  void record(const Reference &R, const VarDecl &Var);
  /// The static data members `this->name` may name, found in the classes of
  /// the code holding the dependent references.
  void resolveDependentNames(llvm::SmallVectorImpl<const VarDecl *> &Out);

  std::vector<StaticStateCheck *> Members;
  bool Sealed = false; // matching has started: later checks get new facts
  ASTContext *Ctx = nullptr;
  std::vector<Matched> Matches;
  llvm::DenseSet<const VarDecl *> Candidates;
  llvm::DenseSet<DeclarationName> CandidateMemberNames;
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<Reference, 4>> Refs;
  llvm::DenseSet<const VarDecl *> UnevaluatedUses;
  std::unique_ptr<MutationAnalyzer> Mutations;
  SingletonClasses Singletons;
};

} // namespace clang::tidy::static_state

#endif
