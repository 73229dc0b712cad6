//===- WriteShapes.cpp - small facts about one write or condition ---------===//

#include "analysis/WriteShapes.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

namespace clang::tidy::static_state {

bool isUnsetTest(const Expr *Cond) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    return UO->getOpcode() == UO_LNot;
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() != BO_EQ)
      return false;
    auto IsNullish = [](const Expr *E) {
      E = E->IgnoreParenImpCasts();
      if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
        return true;
      if (const auto *IL = dyn_cast<IntegerLiteral>(E))
        return IL->getValue() == 0;
      if (const auto *BL = dyn_cast<CXXBoolLiteralExpr>(E))
        return !BL->getValue();
      return false;
    };
    return IsNullish(BO->getLHS()) || IsNullish(BO->getRHS());
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Cond))
    if (const auto *MD = MC->getMethodDecl())
      return MD->getIdentifier() && MD->getName() == "empty";
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Cond))
    return Op->getOperator() == OO_Exclaim || Op->getOperator() == OO_EqualEqual;
  return false;
}

void collectStaticVars(const Stmt *S,
                       llvm::SmallVectorImpl<const VarDecl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasGlobalStorage())
        Out.push_back(VD->getCanonicalDecl());
  } else if (const auto *ME = dyn_cast<MemberExpr>(S)) {
    if (const auto *VD = dyn_cast<VarDecl>(ME->getMemberDecl()))
      if (VD->hasGlobalStorage())
        Out.push_back(VD->getCanonicalDecl());
  }
  for (const Stmt *C : S->children())
    collectStaticVars(C, Out);
}

llvm::SmallVector<const Expr *, 4> guardingConditions(const Stmt &Site,
                                                      ASTContext &Ctx) {
  llvm::SmallVector<const Expr *, 4> Conds;
  forEachAncestor(DynTypedNode::create(Site), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &Child) {
                    if (P.get<FunctionDecl>() || P.get<LambdaExpr>())
                      return false;
                    if (const auto *If = P.get<IfStmt>())
                      if (If->getThen() == Child.get<Stmt>() && If->getCond())
                        Conds.push_back(If->getCond());
                    return true;
                  });
  return Conds;
}

bool isTrueLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
    return B->getValue();
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue() != 0;
  return false;
}

const Expr *assignedValue(const Access &A) {
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(A.Site))
    if (BO->getOpcode() == BO_Assign)
      return BO->getRHS();
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(A.Site))
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      return Op->getArg(1);
  return nullptr;
}

int countingDirection(const Access &A) {
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(A.Site))
    return UO->isIncrementOp() ? 1 : UO->isDecrementOp() ? -1 : 0;
  if (const auto *BO = dyn_cast_or_null<CompoundAssignOperator>(A.Site))
    return BO->getOpcode() == BO_AddAssign   ? 1
           : BO->getOpcode() == BO_SubAssign ? -1
                                             : 0;
  return 0;
}
bool isIncrement(const Access &A) { return countingDirection(A) > 0; }
bool isDecrement(const Access &A) { return countingDirection(A) < 0; }
bool accumulates(const Access &A) {
  if (A.Size == SizeEffect::Grows || countingDirection(A) > 0)
    return true;
  return A.Detail == "operator<<" || A.Detail == "operator+=" ||
         A.Detail == "append" || A.Detail == "write" || A.Detail == "put";
}

} // namespace clang::tidy::static_state
