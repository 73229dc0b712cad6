//===- StaticStateCheck.cpp - what every static-state check shares --------===//

#include "StaticStateCheck.h"
#include "analysis/ClassLevelState.h"
#include "analysis/DeclarationComments.h"
#include "analysis/TestFixtures.h"
#include "analysis/TypeShapes.h"
#include "analysis/ScopedFlag.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Version.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Regex.h"

using namespace clang::ast_matchers;

namespace clang::tidy::static_state {

StaticStateCheck::~StaticStateCheck() {
  if (Facts)
    Facts->leave(*this);
}

void StaticStateCheck::registerMatchers(MatchFinder *Finder) {
  // Checks registered for the same translation unit share one collection;
  // it matches for all of them and calls judgeTranslationUnit at the end.
  Facts = SharedFacts::forContext(TidyContext);
  // clang-tidy 22 tells its match finder to stay out of system headers
  // (MatchFinderOptions::IgnoreSystemHeaders) unless --system-headers.
  bool FinderSkipsSystemHeaders = false;
#if CLANG_VERSION_MAJOR >= 22
  FinderSkipsSystemHeaders =
      !TidyContext->getOptions().SystemHeaders.value_or(false);
#endif
  Facts->enroll(*this, *Finder, FinderSkipsSystemHeaders);
}

void StaticStateCheck::offerCandidate(const VarDecl &Canon, ASTContext &C) {
  if (!Ctx) {
    Ctx = &C;
    SM = &C.getSourceManager();
  }
  // Decide visibility first: a variable no one will see costs nothing more.
  if (!Seen.insert(&Canon).second || SM->isInSystemHeader(Canon.getLocation()) ||
      !isShownLocation(Canon.getLocation()) || !acceptCandidate(Canon))
    return;
  Candidates.push_back(&Canon);
  Facts->noteCandidate(Canon);
}

const Access &StaticStateCheck::classify(const Reference &R) {
  return Facts->classify(R);
}

std::vector<WriteFact>
StaticStateCheck::writesOf(const VarDecl &VD,
                           llvm::function_ref<bool(const Reference &)> Include) {
  std::vector<WriteFact> Writes;
  for (const Reference &R : referencesTo(VD)) {
    if (!Include(R))
      continue;
    const Access &A = classify(R);
    if (A.IsWrite)
      Writes.push_back({R, A});
  }
  return Writes;
}

bool StaticStateCheck::isImmutableOrIgnoredType(const VarDecl &VD) const {
  QualType T = VD.getType();
  if (T->isReferenceType() || VD.isConstexpr())
    return true;
  const ASTContext &C = VD.getASTContext();
  if (C.getBaseElementType(T).isConstQualified())
    return true;
  return isIgnoredType(VD);
}

bool StaticStateCheck::isIgnoredType(const VarDecl &VD) const {
  QualType T = VD.getType();
  const ASTContext &C = VD.getASTContext();
  if (IgnoredTypes.matches(T, C))
    return true;
  if (IgnoreRandomEngines && isRandomEngineOrDistribution(T))
    return true;
  return IgnoreAtomicLikeTypes && isAtomicLikeClass(T, IgnoredTypes, C);
}

bool StaticStateCheck::isShownLocation(SourceLocation Loc) const {
  Loc = SM->getFileLoc(Loc);
  if (SM->isInMainFile(Loc))
    return true;
  FileID File = SM->getFileID(Loc);
  auto [It, Inserted] = ShownFiles.try_emplace(File, false);
  if (Inserted)
    It->second = isShownFile(SM->getFilename(Loc));
  return It->second;
}

bool StaticStateCheck::isShownFile(llvm::StringRef File) const {
  if (File.empty())
    return true;
  const ClangTidyOptions &Opts = TidyContext->getOptions();
  std::string Header = Opts.HeaderFilterRegex.value_or("");
  if (Header.empty() || !llvm::Regex(Header).match(File))
    return false;
  std::string Exclude = Opts.ExcludeHeaderFilterRegex.value_or("");
  return Exclude.empty() || !llvm::Regex(Exclude).match(File);
}

bool StaticStateCheck::isIgnoredPattern(SharingPattern P) const {
  switch (P) {
  case SharingPattern::None:
    return false;
  case SharingPattern::InstanceCounter:
    return IgnoreInstanceCounters;
  case SharingPattern::IdGenerator:
    return IgnoreIdGenerators;
  case SharingPattern::SelfRegistration:
    return IgnoreSelfRegistration;
  case SharingPattern::PrunedRegistry:
    return IgnorePrunedRegistries;
  case SharingPattern::LazyInitialization:
    return IgnoreLazyInitialization;
  case SharingPattern::WarnOnceLatch:
    return IgnoreWarnOnceLatches;
  case SharingPattern::HighWaterMark:
    return IgnoreHighWaterMarks;
  case SharingPattern::ClassWideTally:
    return IgnoreClassWideTallies;
  case SharingPattern::ClassLevelSetting:
    return IgnoreClassLevelSettings;
  case SharingPattern::NamedByClass:
    return IgnoreUsesByClassName;
  case SharingPattern::SingletonClass:
    return IgnoreSingletonClasses;
  case SharingPattern::DeclaredByMacro:
    return IgnoreMacroDeclaredStatics;
  case SharingPattern::CallbackState:
    return IgnoreCallbackState;
  case SharingPattern::RegisteredObject:
    return IgnoreRegisteredObjects;
  case SharingPattern::ScopedFlag:
    return IgnoreScopedFlags;
  case SharingPattern::ThreadLocal:
    return IgnoreThreadLocal;
  case SharingPattern::NeverRead:
    return IgnoreWriteOnlyStatics;
  case SharingPattern::DocumentedSharing:
    return SharingComment.has_value();
  case SharingPattern::TestFixtureState:
    return true; // TestFixtureBases empty turns the recogniser off
  }
  return false;
}

std::vector<WriteFact> StaticStateCheck::classLevelUsesOf(const VarDecl &VD,
                                                          bool Writes) {
  std::vector<WriteFact> Uses;
  const auto *Class = dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  if (!Class)
    return Uses;
  for (const Reference &R : referencesTo(VD)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(R.Owner);
    if (!MD || !MD->isStatic() ||
        MD->getParent()->getCanonicalDecl() != Class->getCanonicalDecl())
      continue;
    const Access &A = classify(R);
    if (A.IsWrite == Writes)
      Uses.push_back({R, A});
  }
  return Uses;
}

bool StaticStateCheck::isNamedByClassOutside(const VarDecl &VD) {
  const auto *Class = dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  if (!Class)
    return false;
  if (KnownClassWide.lists(VD))
    return true; // another file of the project names it so

  // The class's own static getter (`static bool readableError() { return
  // _readableError; }`) hands it out without an object, for Class::getter().
  for (const WriteFact &Read : classLevelUsesOf(VD, /*Writes=*/false)) {
    const Stmt *Top = skipTransparentUp(Read.Where.Ref, *Ctx);
    if (Top && isa_and_nonnull<ReturnStmt>(parentStmt(*Top, *Ctx)))
      return true;
  }
  for (const Reference &R : referencesTo(VD)) {
    // `Class::member` without an object; `obj.member` is the per-object
    // illusion itself and says nothing of intent.
    const auto *DRE = dyn_cast<DeclRefExpr>(R.Ref);
    if (!DRE || !DRE->hasQualifier() || R.Unevaluated || !R.Owner)
      continue;
    if (!isCodeOfClass(R, Class))
      return true;
  }
  return false;
}

bool StaticStateCheck::isUsedByHandedOutCallback(const VarDecl &VD) {
  for (bool Writes : {false, true})
    for (const WriteFact &Use : classLevelUsesOf(VD, Writes))
      if (const auto *Fn = dyn_cast<CXXMethodDecl>(Use.Where.Owner);
          Fn && Callbacks.runsAsCallback(*Fn))
        return true;
  return false;
}

bool StaticStateCheck::isTestFixtureState(const VarDecl &VD,
                                          llvm::ArrayRef<WriteFact> Writes) {
  if (!owningTestClass(VD, TestFixtureBases))
    return false;
  std::vector<FixtureUse> Uses;
  for (const Reference &R : referencesTo(VD))
    Uses.push_back({R.Owner, {R.Ref, &classify(R)}});
  return isResetForEveryTest(VD, Writes, Uses, TestFixtureBases, *Ctx) ||
         (VD.isStaticDataMember() && isSuiteTally(Writes, Uses, TestFixtureBases));
}

bool StaticStateCheck::isNeverRead(const VarDecl &VD) {
  // Every use must be in view, as a static local's are: a static member's
  // may be read in any file that sees its class.
  if (!VD.isStaticLocal() || !VD.getType()->isArithmeticType() ||
      referencesTo(VD).empty())
    return false;
  return llvm::all_of(referencesTo(VD), [&](const Reference &R) {
    const Access &A = classify(R);
    bool Step = A.Kind == WriteKind::IncrementDecrement ||
                A.Kind == WriteKind::Assignment;
    return A.IsWrite && Step && !A.ToPart && A.Site &&
           (isa<UnaryOperator>(A.Site) || isa<BinaryOperator>(A.Site)) &&
           isValueDiscarded(*A.Site, *Ctx);
  });
}

std::vector<StaticStateCheck::ReportedWrite>
StaticStateCheck::filterDeliberate(const VarDecl &VD,
                                   std::vector<WriteFact> Writes,
                                   SharingPattern *PatternOut) {
  if (PatternOut)
    *PatternOut = SharingPattern::None;
  if (Writes.empty() || (IgnoreGuardedWrites && isAnnotatedGuarded(VD)))
    return {};
  std::vector<ReportedWrite> Kept;
  std::vector<WriteFact> KeptFacts;
  for (WriteFact &W : Writes) {
    if (isHandOutTheSignatureImposes(W))
      continue; // nothing written in view: the interface asks for T&
    LockInfo Lock;
    if (W.What.Site)
      Lock = findEnclosingLock(*W.What.Site, *Ctx, LockTypes, LockTypesByShape);
    if (IgnoreGuardedWrites && Lock.K == LockInfo::SharedMutex)
      continue;
    KeptFacts.push_back(W);
    Kept.push_back({std::move(W), Lock});
  }
  if (Kept.empty())
    return {};
  SharingPattern P = recognisePattern(VD, KeptFacts, *Ctx);
  // Nothing reads it: no object can see what another left.
  if (P == SharingPattern::None && IgnoreWriteOnlyStatics && isNeverRead(VD))
    P = SharingPattern::NeverRead;
  // `thread_local` says who shares it, as std::atomic does: one per thread
  // on purpose (a per-thread scratch buffer or memo), not by accident.
  if (P == SharingPattern::None && IgnoreThreadLocal &&
      VD.getTLSKind() != VarDecl::TLS_None)
    P = SharingPattern::ThreadLocal;
  if (P == SharingPattern::None &&
      isClassWideTally(VD, KeptFacts,
                       !classLevelUsesOf(VD, /*Writes=*/false).empty()))
    P = SharingPattern::ClassWideTally;
  if (P == SharingPattern::None &&
      isClassLevelSetting(VD, KeptFacts, classLevelUsesOf(VD, /*Writes=*/true)))
    P = SharingPattern::ClassLevelSetting;
  if (P == SharingPattern::None && isNamedByClassOutside(VD))
    P = SharingPattern::NamedByClass;
  if (P == SharingPattern::None && IgnoreSingletonClasses)
    if (const CXXRecordDecl *Class = classSharingVariable(VD);
        Class && Singletons.holds(*Class))
      P = SharingPattern::SingletonClass;
  if (P == SharingPattern::None && IgnoreMacroDeclaredStatics &&
      isDeclaredByMacroBody(VD, *SM))
    P = SharingPattern::DeclaredByMacro;
  if (P == SharingPattern::None && IgnoreCallbackState &&
      isUsedByHandedOutCallback(VD))
    P = SharingPattern::CallbackState;
  if (P == SharingPattern::None && IgnoreRegisteredObjects &&
      llvm::all_of(KeptFacts, [&](const WriteFact &W) {
        return isHandedOverAsImplementation(W, VD);
      }))
    P = SharingPattern::RegisteredObject;
  if (P == SharingPattern::None && IgnoreScopedFlags &&
      isScopedFlag(VD, KeptFacts, *Ctx))
    P = SharingPattern::ScopedFlag;
  if (P == SharingPattern::None && isTestFixtureState(VD, KeptFacts))
    P = SharingPattern::TestFixtureState;
  if (P == SharingPattern::None && SharingComment &&
      SharingComment->match(commentsOfVariable(VD, *SM)))
    P = SharingPattern::DocumentedSharing;
  if (PatternOut)
    *PatternOut = P;
  if (isIgnoredPattern(P))
    return {};
  llvm::stable_sort(Kept, [&](const ReportedWrite &A, const ReportedWrite &B) {
    return SM->isBeforeInTranslationUnit(A.Fact.What.location(),
                                         B.Fact.What.location());
  });
  return Kept;
}

void StaticStateCheck::judgeTranslationUnit(SharedFacts &Facts) {
  // One parent map serves every check, and nothing outside our checks ever
  // sees it restricted.
  if (ASTContext *C = Facts.context()) {
    std::vector<const VarDecl *> Named = Facts.referencedVariables();
    for (StaticStateCheck *Check : Facts.members())
      for (const VarDecl *VD : Named)
        Check->offerCandidate(*VD, *C);
    ParentScope Scope(*C, Facts.codeOfCandidates());
    Scope.cover(Facts.referencesToCandidates());
    Facts.describeCandidateReferences();
    for (StaticStateCheck *Check : Facts.members())
      Check->judgeCandidates(*C);
  }
  for (StaticStateCheck *Check : Facts.members())
    Check->resetTranslationUnitState();
  Facts.forgetTranslationUnit();
}

void StaticStateCheck::judgeCandidates(ASTContext &C) {
  Ctx = &C;
  SM = &C.getSourceManager();
  std::vector<const VarDecl *> Ordered = Candidates;
  llvm::stable_sort(Ordered, [&](const VarDecl *A, const VarDecl *B) {
    return SM->isBeforeInTranslationUnit(A->getLocation(), B->getLocation());
  });
  if (!RecordClassWideNamesTo.empty()) {
    recordClassWideNames(Ordered);
    return;
  }
  for (const VarDecl *VD : Ordered)
    judge(*VD);
}

void StaticStateCheck::recordClassWideNames(
    llvm::ArrayRef<const VarDecl *> Ordered) {
  std::vector<std::string> Names;
  for (const VarDecl *VD : Ordered)
    if (VD->isStaticDataMember() && ClassWideNames::canBeNamedElsewhere(*VD) &&
        isNamedByClassOutside(*VD))
      Names.push_back(ClassWideNames::nameOf(*VD));
  if (std::string Why = ClassWideNames::append(RecordClassWideNamesTo, Names);
      !Why.empty())
    // Mid-run, a configuration diagnostic is not shown on every LLVM.
    diag("cannot write '%0' (option '%1'): %2")
        << RecordClassWideNamesTo << optionName("RecordClassWideNamesTo")
        << Why;
}

void StaticStateCheck::resetTranslationUnitState() {
  resetCheckState();
  IgnoredTypes.forgetTypes();
  Singletons.forget();
  Callbacks.forget();
  Candidates.clear();
  Seen.clear();
  ShownFiles.clear();
  Layout = LayoutEdits();
  Ctx = nullptr;
  SM = nullptr;
}

} // namespace clang::tidy::static_state

namespace clang::tidy {

llvm::ArrayRef<std::pair<static_state::FixStrategy, StringRef>>
OptionEnumMapping<static_state::FixStrategy>::getEnumMapping() {
  static constexpr std::pair<static_state::FixStrategy, StringRef> Mapping[] =
      {{static_state::FixStrategy::Auto, "auto"},
       {static_state::FixStrategy::Instance, "instance"},
       {static_state::FixStrategy::Local, "local"},
       {static_state::FixStrategy::None, "none"}};
  return llvm::ArrayRef(Mapping);
}

llvm::ArrayRef<std::pair<static_state::InitializationStyle, StringRef>>
OptionEnumMapping<static_state::InitializationStyle>::getEnumMapping() {
  static constexpr std::pair<static_state::InitializationStyle, StringRef>
      Mapping[] = {
          {static_state::InitializationStyle::DefaultMemberInitializer,
           "default-member-initializer"},
          {static_state::InitializationStyle::Constructor, "constructor"}};
  return llvm::ArrayRef(Mapping);
}

} // namespace clang::tidy
