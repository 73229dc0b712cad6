//===- StaticStateCheck.h - what every static-state check shares -*- C++ -*-===//
//
// The three checks share one shape: the references to variables with static
// storage are collected once for all enabled checks (SharedFacts); at the
// end of the translation unit each check picks its candidates among the
// variables they name, and each candidate gets one verdict from all its
// references. This base
// gives the checks the shared facts, the intent analyses, and the options
// the checks have in common (deliberate-sharing rules).
//
//===----------------------------------------------------------------------===//

#ifndef STATIC_STATE_TIDY_STATICSTATECHECK_H
#define STATIC_STATE_TIDY_STATICSTATECHECK_H

#include "SharedFacts.h"
#include "analysis/ClassWideNames.h"
#include "analysis/SharingPatterns.h"
#include "analysis/StaticCallbacks.h"
#include "analysis/Mutation.h"
#include "analysis/References.h"
#include "analysis/RewriteChoice.h"
#include "fixes/ClassLayout.h"
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

class StaticStateCheck : public ClangTidyCheck {
public:
  StaticStateCheck(StringRef Name, ClangTidyContext *Context);
  ~StaticStateCheck() override;

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  /// Templates are analysed once, in their primary pattern: instantiations
  /// would report the same variable once per set of arguments.
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_IgnoreUnlessSpelledInSource;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  /// Joins the shared collection; no check matches on its own.
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  /// At the end of a translation unit: every member check of \p Facts picks
  /// its candidates and judges them, with one parent map for all.
  static void judgeTranslationUnit(SharedFacts &Facts);

protected:
  /// Judges every candidate, in source order, once all facts are in.
  virtual void judge(const VarDecl &Candidate) = 0;
  /// Forget what a check kept about the translation unit that just ended.
  virtual void resetCheckState() {}
  /// Whether a variable with static storage that some code names (declared
  /// outside system headers, where a warning would show) is this check's
  /// candidate.
  virtual bool acceptCandidate(const VarDecl &VD) = 0;

  /// Every evaluated reference to candidate \p VD in this translation unit.
  llvm::ArrayRef<Reference> referencesTo(const VarDecl &VD) const {
    return Facts->referencesTo(VD);
  }
  /// Whether \p VD is also named in sizeof, decltype, noexcept or typeid.
  bool hasUnevaluatedUse(const VarDecl &VD) const {
    return Facts->hasUnevaluatedUse(VD);
  }
  /// Classifies one reference (once for all checks).
  const Access &classify(const Reference &R);
  /// clang's ExprMutationAnalyzer verdict on \p E in \p Body (one analyzer
  /// per body for all checks).
  bool isMutatedIn(const Expr &E, const Stmt &Body) {
    return Facts->isMutatedIn(E, Body);
  }
  /// Whether \p Class has one object by design (SingletonClass.h).
  bool isSingleton(const CXXRecordDecl &Class) {
    return Facts->singletons().holds(Class);
  }
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
  /// (atomics, mutexes, ...), or a type that cannot change: const, a
  /// reference, a class with no data members.
  bool isImmutableOrIgnoredType(const VarDecl &VD) const;
  /// Whether the variable's type is one of those shared on purpose alone.
  bool isIgnoredType(const VarDecl &VD) const;

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
  /// Which deliberate pattern, if any, explains \p VD as a whole, given the
  /// writes the per-write rules left (StaticStateIntent.cpp).
  SharingPattern recogniseWholeVariable(const VarDecl &VD,
                                        llvm::ArrayRef<WriteFact> Writes);
  /// The writes (or, with \p Writes false, the reads) of \p VD in static
  /// member functions of its own class.
  std::vector<WriteFact> classLevelUsesOf(const VarDecl &VD, bool Writes);
  /// Whether a static member function of \p VD's class that uses it is
  /// handed out as a callback (its address taken by the class's code).
  bool isUsedByHandedOutCallback(const VarDecl &VD);
  /// State of a test class (TestFixtureBases) that every test resets, or
  /// that the tests add to and a suite-level hook reads.
  bool isTestFixtureState(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes);
  /// Whether code outside the class names \p VD as `Class::member` (reads
  /// or writes it without an object), or a static member function of the
  /// class returns it (a static getter): the program uses it as class-wide.
  bool isNamedByClassOutside(const VarDecl &VD);
  /// Whether nothing reads \p VD, an arithmetic static whose every use is
  /// in view: each is a step or assignment whose value is thrown away
  /// (`frame++;`). Sharing it changes nothing anyone can observe.
  bool isNeverRead(const VarDecl &VD);
  /// Whether every write of \p Writes is a look-up of a map with unique
  /// keys, `table[key]` whose element is only read.
  bool onlyLooksUp(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes);
  /// Whether \p W is `table[key]` whose element its function only reads
  /// (unbounded-growth's filled tables use it too).
  bool isLookUpOnly(const WriteFact &W);
  /// Whether a NOLINT comment covers the line of \p Loc (NOLINT on it, or
  /// NOLINTNEXTLINE on the line before). A note there would make clang-tidy
  /// drop every later note of the same warning.
  bool isOnNolintLine(SourceLocation Loc) const;
  /// Emits the per-write notes (at most MaxWriteNotes, then a summary),
  /// none on a line NOLINT covers.
  void emitWriteNotes(llvm::StringRef VarName,
                      llvm::ArrayRef<ReportedWrite> Writes,
                      const CXXRecordDecl *SharedBy);

  /// Every reference to \p VD with its classification, for the flow analysis.
  std::vector<FlowUse> flowUsesOf(const VarDecl &VD);
  /// Why \p VD may not become a per-instance member because a reference or
  /// pointer to it leaves a call and may be used after its object is gone
  /// (a static never dies; a member dies with its object).
  std::optional<std::string> whyNotTiedToObject(const VarDecl &VD);

  /// One rewrite built for a variable: its edits, or why there are none.
  struct BuiltRewrite {
    std::vector<FixItHint> Fixes;
    std::string Summary; // "make 'seq' a per-instance member"
    std::string Extra;   // a further note (a header's layout changes), or ""
    std::string WhyNot;
  };
  using RewriteBuilder =
      llvm::function_ref<BuiltRewrite(Rewrite, LayoutEdits &)>;
  /// The rewrites the decision table picked, built and checked whole.
  struct PlannedRewrites {
    BuiltRewrite Main, Alternative;
    RewriteChoice Choice;
    /// Set when the fix on another warning rewrites this variable too (one
    /// declaration declares both): what that fix does to it.
    std::string FixedWith;
  };
  PlannedRewrites planRewrites(const RewriteFacts &Facts, RewriteBuilder Build);
  /// Why \p VD would get no fix of its own, or nullopt when it would get
  /// one (planned on a scratch copy of the layout, so nothing is recorded).
  virtual std::optional<std::string> whyNoFix(const VarDecl &VD) {
    return std::string("this check offers no fix");
  }
  /// Why \p VD must not move alone: one of \p Coupled (statics its
  /// functions keep together with it) gets no fix, and moving only \p VD
  /// would split that state (a buffer shared, its size per object).
  std::optional<std::string>
  whySplitsState(const VarDecl &VD, llvm::ArrayRef<const VarDecl *> Coupled);
  /// \p Plan's rewrites for \p VD, unless they would split state kept
  /// together with \p Coupled (then none, and the note says why).
  using CoupledLookup = llvm::function_ref<std::vector<const VarDecl *>()>;
  PlannedRewrites
  planKeepingStateTogether(const VarDecl &VD, CoupledLookup Coupled,
                           llvm::function_ref<PlannedRewrites()> Plan);
  llvm::ArrayRef<const VarDecl *> candidates() const { return Candidates; }
  /// The notes after the write notes: what the fix does (or why there is
  /// none), and the alternative with its own fix-its.
  void emitRewriteNotes(const VarDecl &VD, const PlannedRewrites &Plan);
  /// Whether a class declared at \p Loc may get a new member or lose a
  /// static one: in the main file (not a header), or in a header the user
  /// owns (admitted by the header filter, not a system header) when
  /// FixClassesInHeaders is on. Sets \p Note to the layout note for headers.
  std::optional<std::string> whyNotEditClassAt(SourceLocation Loc,
                                               llvm::StringRef ClassName,
                                               std::string &Note) const;
  /// Why the edit of a class in a header, proposed by code at \p Proposer
  /// (in a header too, so every including file proposes it), may not merge
  /// with other files' copies: this file names the header otherwise than by
  /// its real path, and clang-apply-replacements compares file names.
  std::optional<std::string> whyNotMergedAcrossFiles(SourceLocation ClassLoc,
                                                     SourceLocation Proposer) const;
  /// Whether \p FileLoc is in a header (also a header given as the main file).
  bool isInHeader(SourceLocation FileLoc) const;

  /// Whether clang-tidy shows a warning at \p Loc: in the main file, or in
  /// a header the header filter admits. clang-tidy itself also shows a
  /// filtered header's warning when one of its notes is in the main file;
  /// a class from a header the user filtered out is not theirs to fix.
  /// Candidates declared where nothing is shown are never analysed.
  bool isShownLocation(SourceLocation Loc) const;

  const SourceManager &sources() const { return *SM; }
  ASTContext &context() const { return *Ctx; }

  // Options shared by all checks.
  std::string IgnoredTypesOption;
  TypeNameFilter IgnoredTypes;
  std::string LockTypesOption;
  std::vector<std::string> LockTypes;
  std::string TestFixtureBasesOption;
  std::vector<std::string> TestFixtureBases;
  /// SharingCommentPattern: words in a declaration's comment that say the
  /// sharing is deliberate; unset when the option is empty.
  std::string SharingCommentOption;
  std::optional<llvm::Regex> SharingComment;
  bool LockTypesByShape;
  bool IgnoreGuardedWrites;
  bool IgnoreInstanceCounters;
  bool IgnoreIdGenerators;
  bool IgnoreSelfRegistration;
  bool IgnorePrunedRegistries;
  bool IgnoreLazyInitialization;
  bool IgnoreWarnOnceLatches;
  bool IgnoreClassWideTallies;
  bool IgnoreClassLevelSettings;
  bool IgnoreUsesByClassName;
  bool IgnoreSingletonClasses;
  bool IgnoreMacroDeclaredStatics;
  bool IgnoreCallbackState;
  bool IgnoreRegisteredObjects;
  bool IgnoreScopedFlags;
  bool IgnoreHighWaterMarks;
  bool IgnoreThreadLocal;
  bool IgnoreWriteOnlyStatics;
  bool IgnorePrintedCounts;
  bool IgnoreAssertionSinks;
  bool IgnoreObjectFreeCaches;
  bool IgnoreConstantStores;
  bool IgnoreSettingsReadByName;
  /// Shared by the checks: written-by-instance and local-in-method take a
  /// map instance code only looks up with `[]`, unbounded-growth a table
  /// filled in its declaration or only given constant keys.
  bool IgnoreLookupTables;
  StaticCallbacks Callbacks;
  /// Statics other files use as Class::member, listed by a first pass.
  std::string ClassWideNamesFile;
  ClassWideNames KnownClassWide;
  /// With a path, the first pass: record, report nothing.
  std::string RecordClassWideNamesTo;
  bool IgnoreRandomEngines;
  bool IgnoreAtomicLikeTypes;
  unsigned MaxWriteNotes;
  FixStrategy Strategy;
  InitializationStyle InitStyle;
  uint64_t MaxMovedObjectBytes;
  bool FixClassesInHeaders;
  /// What this translation unit's fixes did to its classes so far.
  LayoutEdits Layout;

private:
  /// Keeps \p Canon as a candidate if it is shown and accepted.
  void offerCandidate(const VarDecl &Canon, ASTContext &C);
  /// Judges this check's candidates in source order (parents available),
  /// or, in the first pass, records those named as Class::member.
  void judgeCandidates(ASTContext &C);
  void recordClassWideNames(llvm::ArrayRef<const VarDecl *> Ordered);
  void resetTranslationUnitState();
  /// A list of qualified class names (LockTypes, TestFixtureBases): entries
  /// that are not class names are reported and dropped; a list left with no
  /// valid entry falls back to \p Default.
  void parseClassNameList(llvm::StringRef LocalName, llvm::StringRef Value,
                          llvm::StringRef Default,
                          std::vector<std::string> &Out);
  void parseSharingComment();
  bool isIgnoredPattern(SharingPattern P) const;
  bool isShownFile(llvm::StringRef File) const;

  ClangTidyContext *TidyContext;
  std::string CheckName;
  std::shared_ptr<SharedFacts> Facts;
  ASTContext *Ctx = nullptr;
  const SourceManager *SM = nullptr;
  std::vector<const VarDecl *> Candidates;
  llvm::DenseSet<const VarDecl *> Seen; // candidates or not, matched once
  mutable llvm::DenseMap<FileID, bool> ShownFiles;
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
