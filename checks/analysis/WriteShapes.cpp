//===- WriteShapes.cpp - small facts about one write or condition ---------===//

#include "analysis/WriteShapes.h"
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

namespace {

/// `nullptr`, `NULL`, `0` or `false`.
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

} // namespace

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

} // namespace clang::tidy::static_state
