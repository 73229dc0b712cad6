//===- WarnOnceLatch.cpp - "do this once (or N times) per process" --------===//
//
// A flag or count that a project keeps static so that a warning, a log line
// or a one-time setup happens once per process, not once per object. Every
// write must set the latch (or bump the count) under a test that the latch
// is not set yet (or the count is below its bound), in one of the shapes
// real code uses:
//
//   if (!warned) { warned = true; ... }        if (warned) return; warned = true;
//   if (!warned++) ...  if (warned++ == 0) ... if (!std::exchange(warned, true))
//   if (count < 10) { ++count; ... }           if (count++ < 10) ...
//   if (count >= 10) return; ++count;
//   static bool first = true; if (first) { first = false; ... }
//
//===----------------------------------------------------------------------===//

#include "analysis/SharingPatterns.h"
#include "analysis/Guards.h"
#include "analysis/WriteShapes.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

namespace clang::tidy::static_state {

namespace {

bool names(const Expr *E, const VarDecl *Latch) {
  llvm::SmallVector<const VarDecl *, 2> Vars;
  collectStaticVars(E, Vars);
  return llvm::is_contained(Vars, Latch);
}

/// The expression itself is the latch (`warned`, `this->warned`, `warned++`).
bool isLatchItself(const Expr *E, const VarDecl *Latch) {
  E = E->IgnoreParenImpCasts();
  // `count++ < N` and `++count <= N` both stop at a constant bound.
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->isIncrementOp())
      E = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl()->getCanonicalDecl() == Latch;
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl()->getCanonicalDecl() == Latch;
  return false;
}

bool isConstantBound(const Expr *E, const VarDecl *Latch) {
  return !E->isValueDependent() &&
         E->isIntegerConstantExpr(Latch->getASTContext());
}

/// `count < N`, `count <= N`, `N > count`, `count++ < N` with a constant N:
/// true while the count is below its bound.
bool isBelowBoundTest(const Expr *Cond, const VarDecl *Latch) {
  const auto *BO = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
  if (!BO)
    return false;
  switch (BO->getOpcode()) {
  case BO_LT:
  case BO_LE:
    return isLatchItself(BO->getLHS(), Latch) &&
           isConstantBound(BO->getRHS(), Latch);
  case BO_GT:
  case BO_GE:
    return isLatchItself(BO->getRHS(), Latch) &&
           isConstantBound(BO->getLHS(), Latch);
  default:
    return false;
  }
}

/// Whether \p Test holds for \p Cond or for one of the conditions joined to
/// it by `&&` (glog's `if (!already_warned && !IsGoogleLoggingInitialized())`):
/// the branch runs only when that one holds.
template <class ConditionTest>
bool holdsForAConjunct(const Expr *Cond, const ConditionTest &Test) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *And = dyn_cast<BinaryOperator>(Cond);
      And && And->getOpcode() == BO_LAnd)
    return holdsForAConjunct(And->getLHS(), Test) ||
           holdsForAConjunct(And->getRHS(), Test);
  return Test(Cond);
}

/// The condition holds while the latch is still unset, or below its bound.
bool isNotYetTestAlone(const Expr *Cond, const VarDecl *Latch) {
  if (isUnsetTest(Cond) && names(Cond, Latch))
    return true;
  return isBelowBoundTest(Cond, Latch);
}

bool isNotYetTest(const Expr *Cond, const VarDecl *Latch) {
  return holdsForAConjunct(Cond, [&](const Expr *C) {
    return isNotYetTestAlone(C, Latch);
  });
}

/// The condition holds once the latch is set, or the count at its bound:
/// `warned`, `warned != 0`, `count >= N`.
bool isAlreadyTest(const Expr *Cond, const VarDecl *Latch) {
  Cond = Cond->IgnoreParenImpCasts();
  if (isLatchItself(Cond, Latch))
    return true;
  const auto *BO = dyn_cast<BinaryOperator>(Cond);
  if (!BO)
    return false;
  if (BO->getOpcode() == BO_NE)
    return isLatchItself(BO->getLHS(), Latch) || isLatchItself(BO->getRHS(), Latch);
  if (BO->getOpcode() == BO_GE || BO->getOpcode() == BO_GT)
    return isLatchItself(BO->getLHS(), Latch) &&
           isConstantBound(BO->getRHS(), Latch);
  return false;
}

/// `if (warned) return;` earlier in a block that holds \p Site (with
/// \p Inverted, for a flag that starts true: `if (!first) return;`).
bool followsEarlyExit(const Stmt &Site, const VarDecl *Latch, ASTContext &Ctx,
                      bool Inverted = false) {
  bool Found = false;
  forEachEnclosingBlock(Site, Ctx, [&](const CompoundStmt &Block,
                                       const Stmt *Child) {
    for (const Stmt *S : Block.body()) {
      if (S == Child)
        break;
      const auto *If = dyn_cast<IfStmt>(S);
      if (If && !If->getElse() && If->getCond() && isExit(If->getThen()) &&
          (Inverted ? isUnsetTest(If->getCond()) && names(If->getCond(), Latch)
                    : isAlreadyTest(If->getCond(), Latch)))
        Found = true;
    }
    return !Found;
  });
  return Found;
}

/// Calls \p Visit with each if statement around \p Site in its function,
/// innermost first, and the child of it that leads to \p Site, until
/// \p Visit returns false.
void forEachEnclosingIf(
    const Stmt &Site, ASTContext &Ctx,
    llvm::function_ref<bool(const IfStmt &, const Stmt *)> Visit) {
  forEachAncestor(DynTypedNode::create(Site), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &Child) {
                    if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
                      return false;
                    const auto *If = P.get<IfStmt>();
                    return !If || Visit(*If, Child.get<Stmt>());
                  });
}

/// The write sits in an if's condition that tests the old value:
/// `if (!warned++)`, `if (count++ < N)`, `if (!std::exchange(warned, true))`.
bool testsOldValueInCondition(const Stmt &Site, const VarDecl *Latch,
                              ASTContext &Ctx) {
  bool Found = false;
  forEachEnclosingIf(Site, Ctx, [&](const IfStmt &If, const Stmt *Child) {
    const Expr *Cond = If.getCond();
    if (!Cond || Cond != Child)
      return false; // the innermost if decides
    const Expr *C = Cond->IgnoreParenImpCasts();
    // `!std::exchange(warned, true)` is an unset test too, also as one of
    // the conditions joined by `&&`.
    Found = holdsForAConjunct(C, [&](const Expr *Each) {
      return isBelowBoundTest(Each, Latch) ||
             (isUnsetTest(Each) && names(Each, Latch));
    });
    // `if (std::exchange(warned, true)) return;`: what follows runs while
    // it was still unset.
    if (!Found && isExit(If.getThen()) &&
        (C == &Site || isLatchItself(C, Latch)))
      Found = true;
    return false;
  });
  return Found;
}

/// The write sits in the else branch of an if that tests the latch is set:
/// `if (warned) { ... } else { warned = true; ... }`.
bool inElseOfAlreadyTest(const Stmt &Site, const VarDecl *Latch,
                         ASTContext &Ctx) {
  bool Found = false;
  forEachEnclosingIf(Site, Ctx, [&](const IfStmt &If, const Stmt *Child) {
    Found = If.getElse() && If.getElse() == Child && If.getCond() &&
            isAlreadyTest(If.getCond(), Latch);
    return !Found;
  });
  return Found;
}

/// Whether \p E holds while the flag \p Latch still has its initial true:
/// `first`, or one of the conditions joined by `&&`.
bool isStillFirstTest(const Expr *E, const VarDecl *Latch) {
  return holdsForAConjunct(
      E, [&](const Expr *C) { return isLatchItself(C, Latch); });
}

/// The other spelling of a once-latch: a flag that starts true and that
/// every write clears under a test that it is still true
/// (`static bool first = true; if (first) { first = false; ... }`, bullet3's
/// report-once flags), or after `if (!first) return;`.
bool isFirstTimeFlag(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                     ASTContext &Ctx) {
  const VarDecl *Def = VD.getDefinition() ? VD.getDefinition() : &VD;
  if (!VD.getType()->isBooleanType() || !Def->getInit() ||
      !isTrueLiteral(Def->getInit()))
    return false;
  const VarDecl *Latch = VD.getCanonicalDecl();
  return llvm::all_of(Writes, [&](const WriteFact &W) {
    const Expr *V = W.What.ToPart ? nullptr : assignedValue(W.What);
    if (!V || !W.What.Site || isTrueLiteral(V) ||
        !isa<CXXBoolLiteralExpr, IntegerLiteral>(V->IgnoreParenImpCasts()))
      return false;
    return llvm::any_of(guardingConditions(*W.What.Site, Ctx),
                        [&](const Expr *Cond) {
                          return isStillFirstTest(Cond, Latch);
                        }) ||
           followsEarlyExit(*W.What.Site, Latch, Ctx, /*Inverted=*/true);
  });
}

} // namespace

/// `x = true`, `x = 1`, `++x`, `x++`, `std::exchange(x, true)`.
static bool setsLatch(const Access &A) {
  if (const Expr *V = assignedValue(A))
    return isTrueLiteral(V);
  if (countingDirection(A) > 0)
    return true;
  const auto *Call = dyn_cast_or_null<CallExpr>(A.Site);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->isInStdNamespace() && Callee->getIdentifier() &&
         Callee->getName() == "exchange" && Call->getNumArgs() == 2 &&
         isTrueLiteral(Call->getArg(1));
}

bool isWarnOnceLatch(const VarDecl &VD, llvm::ArrayRef<WriteFact> Writes,
                     ASTContext &Ctx) {
  QualType T = VD.getType();
  if (Writes.empty() || !T->isIntegralOrEnumerationType())
    return false;
  if (isFirstTimeFlag(VD, Writes, Ctx))
    return true;
  const VarDecl *Latch = VD.getCanonicalDecl();
  for (const WriteFact &W : Writes) {
    if (W.What.ToPart || !W.What.Site || !setsLatch(W.What))
      return false;
    bool Guarded = llvm::any_of(
        guardingConditions(*W.What.Site, Ctx),
        [&](const Expr *Cond) { return isNotYetTest(Cond, Latch); });
    if (!Guarded && !followsEarlyExit(*W.What.Site, Latch, Ctx) &&
        !testsOldValueInCondition(*W.What.Site, Latch, Ctx) &&
        !inElseOfAlreadyTest(*W.What.Site, Latch, Ctx))
      return false;
  }
  return true;
}

} // namespace clang::tidy::static_state
