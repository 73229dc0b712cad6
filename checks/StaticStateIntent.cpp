//===- StaticStateIntent.cpp - is a whole variable shared on purpose? ----===//
//
// The rules that read every use of one variable (not one write at a time) to
// tell deliberate sharing: the shapes of SharingPatterns, then what the
// class's own static functions, other files, callbacks, tests and comments
// say of it. filterDeliberate (StaticStateCheck.cpp) asks them in order.
//
//===----------------------------------------------------------------------===//

#include "StaticStateCheck.h"
#include "analysis/ClassLevelState.h"
#include "analysis/ConstantStores.h"
#include "analysis/DeclarationComments.h"
#include "analysis/FixedKeys.h"
#include "analysis/NamedSettings.h"
#include "analysis/ObjectFreeCache.h"
#include "analysis/ScopedFlag.h"
#include "analysis/TestFixtures.h"
#include "analysis/ValueSinks.h"
#include "analysis/WriteShapes.h"

#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

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

bool StaticStateCheck::onlyLooksUp(const VarDecl &VD,
                                   llvm::ArrayRef<WriteFact> Writes) {
  // `table[key]` on a map with unique keys, the element only read
  // (taskwarrior's `Task::attributes[name] == "date"`): a missing key gets
  // an empty element, the same whichever object asks; no object's value
  // goes in. Whoever fills the table is judged where it writes.
  if (Writes.empty() || !hasUniqueKeys(VD.getType()))
    return false;
  return llvm::all_of(Writes,
                      [&](const WriteFact &W) { return isLookUpOnly(W); });
}

bool StaticStateCheck::isLookUpOnly(const WriteFact &W) {
  const CXXOperatorCallExpr *Op = subscriptOf(W.What);
  const FunctionDecl *Fn = W.Where.Innermost;
  return Op && Fn && Fn->getBody() && !isMutatedIn(*Op, *Fn->getBody());
}

SharingPattern
StaticStateCheck::recogniseWholeVariable(const VarDecl &VD,
                                         llvm::ArrayRef<WriteFact> Writes) {
  if (SharingPattern P = recognisePattern(VD, Writes, *Ctx);
      P != SharingPattern::None)
    return P;
  // Nothing reads it: no object can see what another left.
  if (IgnoreWriteOnlyStatics && isNeverRead(VD))
    return SharingPattern::NeverRead;
  // Where its value goes, where every use is in view: printed only, fresh
  // ids handed out, a dummy after a failed assertion.
  if (allUsesInView(VD, *SM)) {
    std::vector<FlowUse> Uses = flowUsesOf(VD);
    if (IgnoreIdGenerators && handsOutIds(VD, Uses, *Ctx))
      return SharingPattern::IdGenerator;
    if (IgnorePrintedCounts && isPrintedCount(VD, Uses, *Ctx))
      return SharingPattern::PrintedCount;
    if (IgnoreAssertionSinks && isFailedAssertionSink(VD, Uses, *Ctx))
      return SharingPattern::AssertionSink;
    if (IgnoreConstantStores && isSetAlikeEveryCall(VD, Uses, *Ctx))
      return SharingPattern::SetAlikeEveryCall;
  }
  if (IgnoreObjectFreeCaches && isObjectFreeCache(VD, Writes, *Ctx))
    return SharingPattern::ObjectFreeCache;
  if (IgnoreLookupTables && onlyLooksUp(VD, Writes))
    return SharingPattern::LookupTable;
  // `thread_local` says who shares it, as std::atomic does: one per thread
  // on purpose (a per-thread scratch buffer or memo), not by accident.
  if (IgnoreThreadLocal && VD.getTLSKind() != VarDecl::TLS_None)
    return SharingPattern::ThreadLocal;
  if (isClassWideTally(VD, Writes,
                       !classLevelUsesOf(VD, /*Writes=*/false).empty()))
    return SharingPattern::ClassWideTally;
  if (isClassLevelSetting(VD, Writes, classLevelUsesOf(VD, /*Writes=*/true)))
    return SharingPattern::ClassLevelSetting;
  if (IgnoreSettingsReadByName &&
      isSettingReadByName(VD, Writes, *Ctx,
                          [this](const Expr &E, const Stmt &Body) {
                            return isMutatedIn(E, Body);
                          }))
    return SharingPattern::SettingReadByName;
  if (isNamedByClassOutside(VD))
    return SharingPattern::NamedByClass;
  if (IgnoreSingletonClasses)
    if (const CXXRecordDecl *Class = classSharingVariable(VD);
        Class && isSingleton(*Class))
      return SharingPattern::SingletonClass;
  if (IgnoreMacroDeclaredStatics && isDeclaredByMacroBody(VD, *SM))
    return SharingPattern::DeclaredByMacro;
  if (IgnoreCallbackState && isUsedByHandedOutCallback(VD))
    return SharingPattern::CallbackState;
  if (IgnoreRegisteredObjects &&
      llvm::all_of(Writes, [&](const WriteFact &W) {
        return isHandedOverAsImplementation(W, VD);
      }))
    return SharingPattern::RegisteredObject;
  if (IgnoreScopedFlags && isScopedFlag(VD, Writes, *Ctx))
    return SharingPattern::ScopedFlag;
  if (isTestFixtureState(VD, Writes))
    return SharingPattern::TestFixtureState;
  // The comment at the declaration, or the name itself (`global_count_`,
  // `sharedCache`), says it is shared.
  if (SharingComment && (SharingComment->match(commentsOfVariable(VD, *SM)) ||
                         SharingComment->match(identifierAsWords(VD.getName()))))
    return SharingPattern::DocumentedSharing;
  return SharingPattern::None;
}

} // namespace clang::tidy::static_state
