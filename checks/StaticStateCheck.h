//===- StaticStateCheck.h - what every static-state check shares -*- C++ -*-===//
//
// The three checks share one shape: matchers collect candidates and every
// reference to variables with static storage; at the end of the translation
// unit each candidate gets one verdict from all its references. This base
// holds the reference facts, the mutation and intent analyses, and the
// options the checks have in common (deliberate-sharing rules).
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_STATICSTATECHECK_H
#define STATIC_STATE_TIDY_STATICSTATECHECK_H

#include "analysis/Intent.h"
#include "analysis/Mutation.h"
#include "analysis/References.h"
#include "fixes/ToInstanceMember.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::static_state {

/// Which rewrite a check may offer.
enum class FixStrategy { Auto, Instance, Local, None };

class StaticStateCheck : public ClangTidyCheck {
public:
  StaticStateCheck(StringRef Name, ClangTidyContext *Context);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  /// Templates are analysed once, in their primary pattern: instantiations
  /// would report the same variable once per set of arguments.
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;

protected:
  /// Registers the matcher for this check's candidate variables; it must
  /// bind the variable as "candidate".
  virtual void registerCandidateMatcher(ast_matchers::MatchFinder &Finder) = 0;
  /// Judges every candidate, in source order, once all facts are in.
  virtual void judge(const VarDecl &Candidate) = 0;
  /// Forget what a check kept about the translation unit that just ended.
  virtual void resetCheckState() {}
  /// Called once a candidate was matched; returns false to drop it.
  virtual bool acceptCandidate(const VarDecl &VD) { return true; }

  /// Every evaluated reference to \p VD seen in this translation unit.
  llvm::ArrayRef<Reference> referencesTo(const VarDecl &VD) const;
  /// Whether \p VD is also named in sizeof, decltype, noexcept or typeid.
  bool hasUnevaluatedUse(const VarDecl &VD) const {
    return UnevaluatedUses.count(&VD) != 0;
  }
  /// Classifies one reference (cached).
  const Access &classify(const Reference &R);
  /// The writes among the references to \p VD that \p Include admits.
  std::vector<WriteFact>
  writesOf(const VarDecl &VD,
           llvm::function_ref<bool(const Reference &)> Include);
  /// What an empty regex-list option means.
  enum class EmptyList { Allowed, UseDefault };
  /// Parses a regex-list option into \p Filter, reporting each invalid
  /// expression as a [clang-tidy-config] warning naming the option; a list
  /// left with no valid entry (or empty, when \p Empty says so) is reported
  /// and \p Default is used.
  void parseTypeNameOption(llvm::StringRef LocalName, llvm::StringRef Value,
                           llvm::StringRef Default, TypeNameFilter &Filter,
                           EmptyList Empty);
  /// "check-name.LocalName", as clang-tidy's own option warnings say it.
  std::string optionName(llvm::StringRef LocalName) const;
  /// Whether the variable's type is one the user marked as shared on purpose
  /// (atomics, mutexes, ...), or a const/reference type that cannot change.
  bool isImmutableOrIgnoredType(const VarDecl &VD) const;

  /// A write that survived the per-write rules, with what we know of it.
  struct ReportedWrite {
    WriteFact Fact;
    LockInfo Lock; // an instance mutex held there: reported, with a note
  };
  /// Drops the writes the options declare deliberate (guarded writes) and
  /// returns what is left; empty when the variable is deliberate as a whole
  /// (GUARDED_BY, a recognised pattern). \p PatternOut says which pattern.
  std::vector<ReportedWrite> filterDeliberate(const VarDecl &VD,
                                              std::vector<WriteFact> Writes,
                                              SharingPattern *PatternOut =
                                                  nullptr);
  /// Emits the per-write notes (at most MaxWriteNotes, then a summary).
  void emitWriteNotes(llvm::StringRef VarName,
                      llvm::ArrayRef<ReportedWrite> Writes,
                      const CXXRecordDecl *SharedBy);

  /// Whether clang-tidy shows a warning at \p Loc: in the main file, or in
  /// a header the header filter admits. clang-tidy itself also shows a
  /// filtered header's warning when one of its notes is in the main file;
  /// a class from a header the user filtered out is not theirs to fix.
  bool isShownLocation(SourceLocation Loc) const;

  const SourceManager &sources() const { return *SM; }
  ASTContext &context() const { return *Ctx; }

  // Options shared by all checks.
  std::string IgnoredTypesOption;
  TypeNameFilter IgnoredTypes;
  std::string LockTypesOption;
  std::vector<std::string> LockTypes;
  bool IgnoreGuardedWrites;
  bool IgnoreInstanceCounters;
  bool IgnoreIdGenerators;
  bool IgnoreSelfRegistration;
  bool IgnorePrunedRegistries;
  bool IgnoreLazyInitialization;
  bool IgnoreWarnOnceLatches;
  unsigned MaxWriteNotes;
  FixStrategy Strategy;
  InitializationStyle InitStyle;

private:
  void recordReference(const Expr &E, const VarDecl &VD,
                       const ast_matchers::MatchFinder::MatchResult &Result);
  void resetTranslationUnitState();
  /// LockTypes: entries that are not class names are reported and dropped.
  void parseLockTypes();
  bool isIgnoredPattern(SharingPattern P) const;

  ClangTidyContext *TidyContext;
  std::string CheckName;
  ASTContext *Ctx = nullptr;
  const SourceManager *SM = nullptr;
  std::unique_ptr<MutationAnalyzer> Mutations;
  std::vector<const VarDecl *> Candidates;
  llvm::DenseMap<const VarDecl *, unsigned> CandidateIndex;
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<Reference, 4>> Refs;
  llvm::DenseSet<const VarDecl *> UnevaluatedUses;
};

} // namespace clang::tidy::static_state

namespace clang::tidy {
template <> struct OptionEnumMapping<static_state::FixStrategy> {
  static llvm::ArrayRef<std::pair<static_state::FixStrategy, StringRef>>
  getEnumMapping();
};
template <> struct OptionEnumMapping<static_state::InitializationStyle> {
  static llvm::ArrayRef<
      std::pair<static_state::InitializationStyle, StringRef>>
  getEnumMapping();
};
} // namespace clang::tidy

#endif
