//===- Locks.cpp - is a write made under a lock? --------------------------===//

#include "analysis/Locks.h"
#include "analysis/Intent.h"
#include "analysis/References.h"
#include "analysis/Guards.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::static_state {

namespace {

std::string qualifiedRecordName(QualType T) {
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->getQualifiedNameAsString();
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
      return TD->getQualifiedNameAsString();
  return {};
}

/// What a lock variable's constructor arguments lock.
LockInfo lockedBy(const VarDecl &Lock) {
  LockInfo Info;
  const Expr *Init = Lock.getInit();
  if (!Init)
    return Info;
  Init = Init->IgnoreImplicit();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    Init = Cast->getSubExpr()->IgnoreImplicit();
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Init))
    Args.append(CE->arg_begin(), CE->arg_end());
  else if (const auto *PL = dyn_cast<ParenListExpr>(Init))
    for (unsigned I = 0, N = PL->getNumExprs(); I < N; ++I)
      Args.push_back(PL->getExpr(I));
  else if (const auto *IL = dyn_cast<InitListExpr>(Init))
    Args.append(IL->inits().begin(), IL->inits().end());
  else if (const auto *UC = dyn_cast<CXXUnresolvedConstructExpr>(Init))
    Args.append(UC->arg_begin(), UC->arg_end());

  // Constructed unlocked (std::defer_lock) is holdsUntil's question: a
  // later lock() makes it hold.
  for (const Expr *Arg : Args) {
    const Expr *A = Arg->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(A)) // MutexLock lock(&mu)
      if (UO->getOpcode() == UO_AddrOf)
        A = UO->getSubExpr()->IgnoreParenImpCasts();
    const ValueDecl *D = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(A))
      D = DRE->getDecl();
    else if (const auto *ME = dyn_cast<MemberExpr>(A))
      D = ME->getMemberDecl();
    else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(A)) {
      (void)Dep; // this->mu_ in a template: an instance mutex
      Info.K = LockInfo::InstanceMutex;
      continue;
    } else if (isa<CallExpr>(A) && A->isLValue()) {
      // registryMutex(): a function handing out a mutex by reference
      // returns one that outlives the call, i.e. a shared one.
      Info.K = LockInfo::SharedMutex;
      Info.Lock = &Lock;
      return Info;
    }
    if (const auto *VD = dyn_cast_or_null<VarDecl>(D)) {
      if (VD->hasGlobalStorage()) {
        Info.K = LockInfo::SharedMutex;
        Info.Mutex = VD;
        Info.Lock = &Lock;
        return Info;
      }
    } else if (const auto *FD = dyn_cast_or_null<FieldDecl>(D)) {
      Info.K = LockInfo::InstanceMutex;
      Info.Mutex = FD;
      Info.Lock = &Lock;
    }
  }
  return Info;
}

/// A class with `lock()` and `unlock()` (`Lock`/`Unlock`) members, its own
/// or a base's: a mutex, whatever its name.
bool isMutexLike(QualType T) {
  const CXXRecordDecl *RD = T->getPointeeCXXRecordDecl();
  if (!RD)
    RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD)
    return false;
  auto Has = [&](llvm::StringRef A, llvm::StringRef B) {
    bool Found = false;
    auto Look = [&](const CXXRecordDecl *C) {
      for (const CXXMethodDecl *M : C->methods())
        if (M->getIdentifier() && (M->getName() == A || M->getName() == B))
          Found = true;
      return !Found;
    };
    Look(RD);
    if (!Found)
      RD->forallBases(Look);
    return Found;
  };
  return Has("lock", "Lock") && Has("unlock", "Unlock");
}

/// A scoped lock by what it is, not its name (Poco's `FastMutex::ScopedLock`,
/// Qt's `QMutexLocker`): a class with a destructor of its own, constructed
/// from a mutex-like object.
bool isScopedLockByShape(const VarDecl &VD) {
  const CXXRecordDecl *RD = VD.getType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || !RD->hasUserDeclaredDestructor())
    return false;
  const auto *CE = dyn_cast_or_null<CXXConstructExpr>(
      VD.getInit() ? VD.getInit()->IgnoreImplicit() : nullptr);
  if (!CE || CE->getNumArgs() == 0)
    return false;
  return isMutexLike(CE->getArg(0)->IgnoreParenImpCasts()->getType());
}

bool isLockType(const VarDecl &VD, llvm::ArrayRef<std::string> LockTypes,
                bool ByShape) {
  std::string Name = qualifiedRecordName(VD.getType());
  if (Name.empty())
    return false;
  return isListedClassName(Name, LockTypes) ||
         (ByShape && isScopedLockByShape(VD));
}

/// The static-storage mutex that `mu.lock()` (lock, Lock, lock_shared,
/// LockShared; `Unlock` when \p Unlocks) in statement \p S locks, or null.
const VarDecl *manuallyLocked(const Stmt *S, bool Unlocks) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  const auto *MC =
      E ? dyn_cast<CXXMemberCallExpr>(E->IgnoreParenImpCasts()->IgnoreImplicit())
        : nullptr;
  if (const auto *EWC = dyn_cast_or_null<ExprWithCleanups>(S))
    MC = dyn_cast<CXXMemberCallExpr>(EWC->getSubExpr()->IgnoreParenImpCasts());
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  if (!MD || !MD->getIdentifier())
    return nullptr;
  llvm::StringRef Name = MD->getName();
  bool Match = Unlocks ? (Name == "unlock" || Name == "Unlock" ||
                          Name == "unlock_shared" || Name == "UnlockShared")
                       : (Name == "lock" || Name == "Lock" ||
                          Name == "lock_shared" || Name == "LockShared");
  if (!Match)
    return nullptr;
  const VarDecl *VD = staticVariableNamedBy(MC->getImplicitObjectArgument());
  return VD ? VD->getCanonicalDecl() : nullptr;
}

/// Whether \p S, or anything inside it, unlocks \p Mutex.
bool unlocksSomewhere(const Stmt *S, const VarDecl *Mutex) {
  if (!S)
    return false;
  if (manuallyLocked(S, /*Unlocks=*/true) == Mutex)
    return true;
  for (const Stmt *Child : S->children())
    if (unlocksSomewhere(Child, Mutex))
      return true;
  return false;
}

/// The try-lock call \p E is (`mu.try_lock()`, `try_lock_for(d)`,
/// `lk.try_lock()`, `TryLock()`), or null.
const CXXMemberCallExpr *tryLockCall(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    E = EWC->getSubExpr()->IgnoreParenImpCasts();
  const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  if (!MD || !MD->getIdentifier())
    return nullptr;
  llvm::StringRef N = MD->getName();
  bool Try = N == "try_lock" || N == "try_lock_for" || N == "try_lock_until" ||
             N == "try_lock_shared" || N == "try_lock_shared_for" ||
             N == "try_lock_shared_until" || N == "TryLock";
  return Try ? MC : nullptr;
}

/// The static mutex `!s_mu.try_lock()` tests in statement \p S, an `if`
/// whose only branch leaves (`if (!s_mu.try_lock()) return;`): after it,
/// the mutex is held. Null otherwise.
const VarDecl *lockedOrLeft(const Stmt *S) {
  const auto *If = dyn_cast_or_null<IfStmt>(S);
  if (!If || If->getElse() || If->getInit())
    return nullptr;
  const auto *Not = dyn_cast<UnaryOperator>(If->getCond()->IgnoreParenImpCasts());
  if (!Not || Not->getOpcode() != UO_LNot)
    return nullptr;
  const CXXMemberCallExpr *Try = tryLockCall(Not->getSubExpr());
  if (!Try || !isExit(If->getThen()))
    return nullptr;
  const VarDecl *M = staticVariableNamedBy(Try->getImplicitObjectArgument());
  return M ? M->getCanonicalDecl() : nullptr;
}

/// `s_mu.lock();` (or `if (!s_mu.try_lock()) return;`) earlier in \p Block
/// than \p Until, with no unlock of the same mutex in between: the shared
/// mutex is held there.
const VarDecl *heldByManualLock(const CompoundStmt &Block, const Stmt *Until) {
  const VarDecl *Held = nullptr;
  for (const Stmt *S : Block.body()) {
    if (S == Until)
      break;
    if (const VarDecl *M = manuallyLocked(S, /*Unlocks=*/false))
      Held = M;
    else if (const VarDecl *Tried = lockedOrLeft(S))
      Held = Tried;
    else if (Held && unlocksSomewhere(S, Held))
      Held = nullptr;
  }
  return Held;
}

/// `std::unique_lock lk(m, std::defer_lock)` or `std::try_to_lock`: the
/// holder does not (surely) hold the mutex once constructed.
bool constructedUnlocked(const VarDecl &Holder) {
  const Expr *Init = Holder.getInit();
  if (const auto *EWC = dyn_cast_or_null<ExprWithCleanups>(Init))
    Init = EWC->getSubExpr();
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init);
  if (!Construct)
    return false;
  for (const Expr *Arg : Construct->arguments())
    if (const CXXRecordDecl *RD = Arg->getType()->getAsCXXRecordDecl())
      if (RD->getIdentifier() && (RD->getName() == "defer_lock_t" ||
                                  RD->getName() == "try_to_lock_t"))
        return true;
  return false;
}

/// `lk.unlock();` (\p Name "unlock") or `lk.lock();` as a statement, or
/// anywhere inside \p S when \p Nested.
bool callsOnHolder(const Stmt *S, const VarDecl &Holder, llvm::StringRef Name,
                   bool Nested) {
  if (!S)
    return false;
  const Stmt *E = S;
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    E = EWC->getSubExpr();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *MD = MC->getMethodDecl())
      if (MD->getIdentifier() && MD->getName() == Name)
        if (const auto *Ref = dyn_cast<DeclRefExpr>(
                MC->getImplicitObjectArgument()->IgnoreParenImpCasts()))
          if (Ref->getDecl() == &Holder)
            return true;
  if (Nested)
    for (const Stmt *Child : S->children())
      if (callsOnHolder(Child, Holder, Name, true))
        return true;
  return false;
}

/// Whether scoped lock \p Holder, declared by statement \p From of
/// \p Block, still holds its mutex at \p Until: not constructed deferred or
/// tried, or locked again after an unlock, with no unlock in between.
bool holdsUntil(const CompoundStmt &Block, const Stmt *From, const Stmt *Until,
                const VarDecl &Holder) {
  bool Held = !constructedUnlocked(Holder);
  bool After = false;
  for (const Stmt *S : Block.body()) {
    if (S == Until)
      break;
    if (S == From) {
      After = true;
      continue;
    }
    if (!After)
      continue;
    if (callsOnHolder(S, Holder, "lock", false))
      Held = true;
    else if (callsOnHolder(S, Holder, "unlock", true))
      Held = false;
  }
  return Held;
}

/// What a true \p Cond holds: `s_mu.try_lock()` a shared mutex, and
/// `lk.try_lock()`, `lk.owns_lock()` or `lk` (its `operator bool`) the
/// mutex of lock holder `lk`.
LockInfo heldWhenTrue(const Expr *Cond, llvm::ArrayRef<std::string> LockTypes,
                      bool ByShape) {
  LockInfo Held;
  const Expr *E = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
  if (!MC || !MC->getMethodDecl())
    return Held;
  const CXXMethodDecl *MD = MC->getMethodDecl();
  bool Owns = isa<CXXConversionDecl>(MD) ||
              (MD->getIdentifier() && MD->getName() == "owns_lock");
  const Expr *Object = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (tryLockCall(MC))
    if (const VarDecl *M = staticVariableNamedBy(Object)) {
      Held.K = LockInfo::SharedMutex;
      Held.Mutex = M->getCanonicalDecl();
      return Held;
    }
  const auto *Ref = dyn_cast<DeclRefExpr>(Object);
  const auto *Holder = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if ((Owns || tryLockCall(MC)) && Holder && !Holder->hasGlobalStorage() &&
      isLockType(*Holder, LockTypes, ByShape))
    Held = lockedBy(*Holder);
  return Held;
}

/// Whether, inside \p If's then-branch and before \p Site, the lock
/// \p Held is let go (`s_mu.unlock();`, `lk.unlock();`).
bool releasedBefore(const IfStmt &If, const Stmt &Site, const LockInfo &Held,
                    ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const auto *Mutex = dyn_cast_or_null<VarDecl>(Held.Mutex);
  bool Released = false;
  forEachEnclosingBlock(Site, Ctx, [&](const CompoundStmt &Block,
                                       const Stmt *Child) {
    if (SM.isBeforeInTranslationUnit(Block.getBeginLoc(), If.getBeginLoc()))
      return false; // outside the if: its condition ran before
    for (const Stmt *S : Block.body()) {
      if (S == Child)
        break;
      Released |= Held.Lock ? callsOnHolder(S, *Held.Lock, "unlock", true)
                            : unlocksSomewhere(S, Mutex);
    }
    return !Released;
  });
  return Released;
}

} // namespace

LockInfo findEnclosingLock(const Stmt &Site, ASTContext &Ctx,
                           llvm::ArrayRef<std::string> LockTypes,
                           bool ByShape) {
  LockInfo Found, Shared;
  // `if (s_mu.try_lock()) { write; s_mu.unlock(); }`, `if (lk.owns_lock())`.
  for (const IfStmt *If : guardingIfs(Site, Ctx)) {
    LockInfo Tried = heldWhenTrue(If->getCond(), LockTypes, ByShape);
    if (Tried.K == LockInfo::None || releasedBefore(*If, Site, Tried, Ctx))
      continue;
    if (Tried.K == LockInfo::SharedMutex)
      return Tried;
    if (Found.K == LockInfo::None)
      Found = Tried;
  }
  // Only blocks of the same function count: a lambda may run after the
  // enclosing lock is gone.
  forEachEnclosingBlock(Site, Ctx, [&](const CompoundStmt &Block,
                                       const Stmt *Child) {
    if (const VarDecl *Mutex = heldByManualLock(Block, Child)) {
      Shared.K = LockInfo::SharedMutex;
      Shared.Mutex = Mutex;
      return false;
    }
    for (const Stmt *S : Block.body()) {
      if (S == Child)
        break;
      const auto *DS = dyn_cast<DeclStmt>(S);
      if (!DS)
        continue;
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        if (!VD || !isLockType(*VD, LockTypes, ByShape) ||
            !holdsUntil(Block, S, Child, *VD))
          continue;
        LockInfo Info = lockedBy(*VD);
        if (Info.K == LockInfo::SharedMutex) {
          Shared = Info;
          return false;
        }
        if (Info.K == LockInfo::InstanceMutex && Found.K == LockInfo::None)
          Found = Info;
      }
    }
    return true;
  });
  return Shared.K == LockInfo::SharedMutex ? Shared : Found;
}

} // namespace clang::tidy::static_state
