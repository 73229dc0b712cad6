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
  // No data member: nothing to share (drogon's route registrars, whose
  // address a virtual touch() returns so that the template makes them).
  if (holdsNoState(T))
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
  case SharingPattern::PrintedCount:
    return IgnorePrintedCounts;
  case SharingPattern::AssertionSink:
    return IgnoreAssertionSinks;
  case SharingPattern::ObjectFreeCache:
    return IgnoreObjectFreeCaches;
  case SharingPattern::SettingReadByName:
    return IgnoreSettingsReadByName;
  case SharingPattern::LookupTable:
    return IgnoreLookupTables;
  case SharingPattern::SetAlikeEveryCall:
    return IgnoreConstantStores;
  case SharingPattern::DocumentedSharing:
    return SharingComment.has_value();
  case SharingPattern::TestFixtureState:
    return true; // TestFixtureBases empty turns the recogniser off
  }
  return false;
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
  SharingPattern P = recogniseWholeVariable(VD, KeptFacts);
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
