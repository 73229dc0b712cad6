//===- Guards.cpp - which tests guard a write -----------------------------===//

#include "analysis/Guards.h"
#include "analysis/References.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::static_state {

namespace {

/// `c.empty()`, Qt's `c.isEmpty()` and `s.isNull()`: a test that the object
/// holds nothing yet.
bool isEmptinessTest(const CXXMemberCallExpr &MC) {
  const CXXMethodDecl *MD = MC.getMethodDecl();
  if (!MD || !MD->getIdentifier() || MC.getNumArgs() != 0)
    return false;
  llvm::StringRef Name = MD->getName();
  return Name == "empty" || Name == "isEmpty" || Name == "isNull";
}

} // namespace

bool isUnsetTest(const Expr *Cond) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    return UO->getOpcode() == UO_LNot;
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() != BO_EQ)
      return false;
    return isNullish(BO->getLHS()) || isNullish(BO->getRHS());
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Cond))
    return isEmptinessTest(*MC);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Cond))
    return Op->getOperator() == OO_Exclaim || Op->getOperator() == OO_EqualEqual;
  return false;
}

namespace {

/// `return ...;` or a block that ends in one.
bool endsInReturn(const Stmt *S) {
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(S))
    S = CS->body_empty() ? nullptr : CS->body_back();
  return isa_and_nonnull<ReturnStmt>(S);
}

} // namespace

bool isExit(const Stmt *S) {
  if (const auto *C = dyn_cast_or_null<CompoundStmt>(S))
    return C->size() >= 1 && isExit(C->body_back());
  return isa_and_nonnull<ReturnStmt>(S) || isa_and_nonnull<BreakStmt>(S) ||
         isa_and_nonnull<ContinueStmt>(S) || isa_and_nonnull<CXXThrowExpr>(S);
}

const VarDecl *setTestedStatic(const Expr *Cond) {
  if (const VarDecl *VD = staticVariableNamedBy(Cond))
    return VD;
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() != BO_NE)
      return nullptr;
    if (isNullish(BO->getRHS()))
      return staticVariableNamedBy(BO->getLHS());
    return isNullish(BO->getLHS()) ? staticVariableNamedBy(BO->getRHS()) : nullptr;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    if (UO->getOpcode() == UO_LNot)
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(
              UO->getSubExpr()->IgnoreParenImpCasts()))
        if (isEmptinessTest(*MC))
          return staticVariableNamedBy(MC->getImplicitObjectArgument());
  return nullptr;
}

bool isSentinelTest(const Expr *Cond, ASTContext &Ctx) {
  const auto *BO = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
  if (!BO || BO->getOpcode() != BO_EQ)
    return false;
  auto Check = [&](const Expr *Var, const Expr *Value) {
    const VarDecl *VD = staticVariableNamedBy(Var);
    const Expr *Init = VD ? VD->getInit() : nullptr;
    if (!Init || Init->isValueDependent() || Value->isValueDependent() ||
        !Var->getType()->isIntegralOrEnumerationType())
      return false;
    Expr::EvalResult Start, Tested;
    return Init->EvaluateAsInt(Start, Ctx) &&
           Value->EvaluateAsInt(Tested, Ctx) &&
           llvm::APSInt::isSameValue(Start.Val.getInt(), Tested.Val.getInt());
  };
  return Check(BO->getLHS(), BO->getRHS()) || Check(BO->getRHS(), BO->getLHS());
}

namespace {

/// Whether \p S may leave the enclosing block other than by falling off its
/// end: a return, throw, goto, break or continue anywhere in it (lambdas
/// aside). Conservative: a break that only ends an inner loop counts too.
bool mayLeaveBlock(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<ReturnStmt, CXXThrowExpr, GotoStmt, IndirectGotoStmt, BreakStmt,
          ContinueStmt, CoreturnStmt>(S))
    return true;
  return llvm::any_of(S->children(), mayLeaveBlock);
}

/// Whether \p Block sets the static \p Latch (`latch = true;`, or any
/// non-zero literal) after \p Guard on every path that runs \p Growth, the
/// block's statement holding the write: before it, or after it with nothing
/// between (the growth included) that could leave the block first.
bool setsLatchOnEveryPath(const CompoundStmt &Block, const Stmt *Guard,
                          const Stmt *Growth, const VarDecl *Latch) {
  bool AfterGuard = false, AfterGrowth = false;
  for (const Stmt *S : Block.body()) {
    if (S == Guard) {
      AfterGuard = true;
      continue;
    }
    if (!AfterGuard)
      continue;
    if (S == Growth) {
      if (mayLeaveBlock(S))
        return false;
      AfterGrowth = true;
      continue;
    }
    const auto *BO = dyn_cast_or_null<BinaryOperator>(S);
    if (BO && BO->getOpcode() == BO_Assign) {
      const VarDecl *Set = staticVariableNamedBy(BO->getLHS());
      if (Set && Set->getCanonicalDecl() == Latch->getCanonicalDecl() &&
          isTrueLiteral(BO->getRHS()))
        return true;
    }
    if (AfterGrowth && mayLeaveBlock(S))
      return false;
  }
  return false;
}

} // namespace

bool isBehindEarlyReturnOnceSet(const Stmt &Site, const Access &W,
                                const VarDecl &VD, ASTContext &Ctx) {
  bool Behind = false;
  forEachAncestor(
      DynTypedNode::create(Site), Ctx,
      [&](const DynTypedNode &P, const DynTypedNode &Child) {
        if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
          return false;
        const auto *Block = P.get<CompoundStmt>();
        if (!Block)
          return true;
        for (const Stmt *S : Block->body()) {
          if (S == Child.get<Stmt>())
            break;
          const auto *If = dyn_cast<IfStmt>(S);
          if (!If || If->getElse() || !If->getCond() ||
              !endsInReturn(If->getThen()))
            continue;
          const VarDecl *Tested = setTestedStatic(If->getCond());
          if (!Tested)
            continue;
          bool Itself = Tested->getCanonicalDecl() == VD.getCanonicalDecl();
          if (Itself ? setsValue(W)
                     : setsLatchOnEveryPath(*Block, If, Child.get<Stmt>(),
                                            Tested)) {
            Behind = true;
            return false;
          }
        }
        return true;
      });
  return Behind;
}

void collectStaticVars(const Stmt *S,
                       llvm::SmallVectorImpl<const VarDecl *> &Out) {
  if (!S)
    return;
  // The reference nodes themselves, not the casts around them (those would
  // name the same variable a second time).
  if (isa<DeclRefExpr, MemberExpr>(S))
    if (const VarDecl *VD = staticVariableNamedBy(cast<Expr>(S)))
      Out.push_back(VD->getCanonicalDecl());
  for (const Stmt *C : S->children())
    collectStaticVars(C, Out);
}

const Expr *throughLocalFlag(const Expr *Cond, const Stmt *Body,
                             ASTContext &Ctx) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Cond->IgnoreParenImpCasts());
  const auto *Flag = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Flag || !Body || !Flag->isLocalVarDecl() || Flag->isStaticLocal() ||
      !Flag->getInit() || Flag->getType()->isReferenceType())
    return Cond;
  if (ExprMutationAnalyzer(*Body, Ctx).isMutated(Flag))
    return Cond;
  return Flag->getInit();
}

llvm::SmallVector<const IfStmt *, 4> guardingIfs(const Stmt &Site,
                                                 ASTContext &Ctx) {
  llvm::SmallVector<const IfStmt *, 4> Ifs;
  forEachAncestor(DynTypedNode::create(Site), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &Child) {
                    if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
                      return false;
                    if (const auto *If = P.get<IfStmt>())
                      if (If->getThen() == Child.get<Stmt>() && If->getCond())
                        Ifs.push_back(If);
                    return true;
                  });
  return Ifs;
}

llvm::SmallVector<const Expr *, 4> guardingConditions(const Stmt &Site,
                                                      ASTContext &Ctx) {
  llvm::SmallVector<const Expr *, 4> Conds;
  for (const IfStmt *If : guardingIfs(Site, Ctx))
    Conds.push_back(If->getCond());
  return Conds;
}

bool assignsIn(const Stmt &Body, const VarDecl &Var) {
  const auto Names = [&](const Expr *E) {
    const VarDecl *VD = staticVariableNamedBy(E);
    return VD && VD->getCanonicalDecl() == Var.getCanonicalDecl();
  };
  if (const auto *BO = dyn_cast<BinaryOperator>(&Body);
      BO && BO->isAssignmentOp() && Names(BO->getLHS()))
    return true;
  if (const auto *UO = dyn_cast<UnaryOperator>(&Body);
      UO && UO->isIncrementDecrementOp() && Names(UO->getSubExpr()))
    return true;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Body);
      Op && Op->isAssignmentOp() && Names(Op->getArg(0)))
    return true;
  for (const Stmt *Child : Body.children())
    if (Child && assignsIn(*Child, Var))
      return true;
  return false;
}

} // namespace clang::tidy::static_state
