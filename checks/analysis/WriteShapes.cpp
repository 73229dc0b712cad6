//===- WriteShapes.cpp - small facts about one write or condition ---------===//

#include "analysis/WriteShapes.h"
#include "analysis/CallNames.h"
#include "analysis/References.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

const VarDecl *staticVariableNamedBy(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  const ValueDecl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    D = ME->getMemberDecl();
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  return VD && VD->hasGlobalStorage() ? VD : nullptr;
}

bool namesStaticVariable(const Expr *E, const VarDecl &VD) {
  const VarDecl *Named = E ? staticVariableNamedBy(E) : nullptr;
  return Named && Named->getCanonicalDecl() == VD.getCanonicalDecl();
}

bool isNullish(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
    return true;
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue() == 0;
  if (const auto *BL = dyn_cast<CXXBoolLiteralExpr>(E))
    return !BL->getValue();
  return false;
}

bool isHandOutTheSignatureImposes(const WriteFact &W) {
  if (W.What.Kind != WriteKind::ReferenceEscapes ||
      !isa_and_nonnull<ReturnStmt>(W.What.Site))
    return false;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(W.Where.Innermost);
  return Method && (isa<CXXConversionDecl>(Method) ||
                    Method->size_overridden_methods() > 0);
}

namespace {

bool isPolymorphicClass(QualType T) {
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() && RD->isPolymorphic();
}

/// The parameter of \p Call that receives \p VD itself or its address.
const ParmVarDecl *parameterReceiving(const CallExpr &Call, const VarDecl &VD) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || isa<CXXOperatorCallExpr>(Call))
    return nullptr;
  for (unsigned I = 0, N = Call.getNumArgs(); I < N && I < Callee->getNumParams();
       ++I) {
    const Expr *Arg = Call.getArg(I)->IgnoreParenImpCasts();
    if (const auto *Address = dyn_cast<UnaryOperator>(Arg);
        Address && Address->getOpcode() == UO_AddrOf)
      Arg = Address->getSubExpr()->IgnoreParenImpCasts();
    if (const VarDecl *Named = staticVariableNamedBy(Arg);
        Named && Named->getCanonicalDecl() == VD.getCanonicalDecl())
      return Callee->getParamDecl(I);
  }
  return nullptr;
}

} // namespace

bool isHandedOverAsImplementation(const WriteFact &W, const VarDecl &VD) {
  if (W.What.ToPart || (W.What.Kind != WriteKind::NonConstPointerArg &&
                        W.What.Kind != WriteKind::NonConstReferenceArg))
    return false;
  const auto *Call = dyn_cast_or_null<CallExpr>(W.What.Site);
  const ParmVarDecl *Param =
      Call ? parameterReceiving(*Call, VD) : nullptr;
  if (!Param || !isPolymorphicClass(VD.getType()))
    return false;
  QualType T = Param->getType();
  QualType Interface = T->isPointerType() ? T->getPointeeType()
                                          : T.getNonReferenceType();
  return (T->isPointerType() || T->isReferenceType()) &&
         isPolymorphicClass(Interface);
}

bool setsValue(const Access &A) {
  if (A.Size == SizeEffect::Grows)
    return true;
  const Expr *V = assignedValue(A);
  return V && !A.ToPart && !isNullish(V);
}

bool storesNull(const Access &A) {
  const Expr *V = assignedValue(A);
  return V && isNullish(V);
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

namespace {

/// `n = n + k` / `n = k + n` / `n = n - k` with a constant k: +1 or -1.
int countingByAssignment(const BinaryOperator &Assign) {
  if (Assign.getOpcode() != BO_Assign)
    return 0;
  const VarDecl *Target = staticVariableNamedBy(Assign.getLHS());
  const auto *Sum =
      dyn_cast<BinaryOperator>(Assign.getRHS()->IgnoreParenImpCasts());
  if (!Target || !Sum || (Sum->getOpcode() != BO_Add &&
                          Sum->getOpcode() != BO_Sub))
    return 0;
  const auto Names = [&](const Expr *E) {
    const VarDecl *V = staticVariableNamedBy(E);
    return V && V->getCanonicalDecl() == Target->getCanonicalDecl();
  };
  const auto Constant = [&](const Expr *E) {
    return !E->isValueDependent() &&
           E->isIntegerConstantExpr(Target->getASTContext());
  };
  if (Names(Sum->getLHS()) && Constant(Sum->getRHS()))
    return Sum->getOpcode() == BO_Add ? 1 : -1;
  if (Sum->getOpcode() == BO_Add && Constant(Sum->getLHS()) &&
      Names(Sum->getRHS()))
    return 1;
  return 0;
}

} // namespace

int countingDirection(const Access &A) {
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(A.Site))
    return UO->isIncrementOp() ? 1 : UO->isDecrementOp() ? -1 : 0;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(A.Site))
    if (int Step = countingByAssignment(*Assign))
      return Step;
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

const CXXOperatorCallExpr *subscriptOf(const Access &A) {
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(A.Site);
  return Op && Op->getOperator() == OO_Subscript ? Op : nullptr;
}

bool stepsByConstant(const Access &A, const ASTContext &Ctx) {
  if (isa_and_nonnull<UnaryOperator>(A.Site))
    return countingDirection(A) != 0;
  if (const auto *BO = dyn_cast_or_null<CompoundAssignOperator>(A.Site)) {
    const Expr *Step = BO->getRHS();
    return countingDirection(A) != 0 && !Step->isValueDependent() &&
           Step->isIntegerConstantExpr(Ctx);
  }
  // countingByAssignment takes constant steps only.
  return isa_and_nonnull<BinaryOperator>(A.Site) && countingDirection(A) != 0;
}

bool removesElement(const Access &A) {
  return A.Size == SizeEffect::Shrinks &&
         isOneOf(A.Detail,
                 {"erase", "extract", "pop_back", "pop_front", "pop",
                  "remove", "remove_if", "erase_if", "removeOne", "removeAll",
                  "removeAt", "removeFirst", "removeLast", "removeIf",
                  "takeAt", "takeFirst", "takeLast", "take"});
}

} // namespace clang::tidy::static_state
