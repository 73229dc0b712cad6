//===- ConstantStores.cpp - every call leaves a static the same -----------===//

#include "analysis/ConstantStores.h"
#include "analysis/FixedKeys.h"
#include "analysis/References.h"
#include "analysis/Mutation.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

namespace {

/// A value the program text fixes: a literal, an enumerator, a constant
/// expression, also converted (`"x"` to std::string).
bool isConstantValue(const Expr *E, ASTContext &Ctx) {
  if (!E)
    return false;
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() >= 1 &&
           isConstantValue(Construct->getArg(0), Ctx) &&
           llvm::all_of(llvm::drop_begin(Construct->arguments()),
                        [](const Expr *Arg) {
                          return isa<CXXDefaultArgExpr>(Arg);
                        });
  if (isa<StringLiteral>(E))
    return true;
  return !E->isValueDependent() && !E->HasSideEffects(Ctx) &&
         E->isEvaluatable(Ctx);
}

/// `VD`, `VD[C]`, `VD.at(C)`, `VD[C]` through a class's operator[].
bool isWholeOrConstantElement(const Expr *Target, const VarDecl &VD,
                              ASTContext &Ctx) {
  if (!Target)
    return false;
  Target = Target->IgnoreParenImpCasts();
  if (namesStaticVariable(Target, VD))
    return true;
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(Target))
    return namesStaticVariable(Sub->getBase(), VD) &&
           isConstantKey(Sub->getIdx(), Ctx);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Target))
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
           namesStaticVariable(Op->getArg(0), VD) &&
           isConstantKey(Op->getArg(1), Ctx);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Target)) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    return Method && Method->getIdentifier() && Method->getName() == "at" &&
           Call->getNumArgs() == 1 &&
           namesStaticVariable(Call->getImplicitObjectArgument(), VD) &&
           isConstantKey(Call->getArg(0), Ctx);
  }
  return false;
}

/// The statement of \p Body (its own, not nested) that holds \p S.
const Stmt *topLevelStatement(const Stmt &S, const CompoundStmt &Body,
                              ASTContext &Ctx) {
  const Stmt *Found = nullptr;
  forEachEnclosingBlock(S, Ctx, [&](const CompoundStmt &Block, const Stmt *Child) {
    if (&Block != &Body)
      return true;
    Found = Child;
    return false;
  });
  return Found;
}

/// The assignment a write happens in: the write itself, or the one whose
/// left side it is (`m["k"]`, a write of its own, in `m["k"] = 1`).
const Stmt *enclosingAssignment(const Stmt &Site, ASTContext &Ctx) {
  const Stmt *Top = skipTransparentUp(&Site, Ctx);
  const Stmt *P = Top ? parentStmt(*Top, Ctx) : nullptr;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(P);
      Assign && Assign->getOpcode() == BO_Assign && Assign->getLHS() == Top)
    return Assign;
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
      Op->getArg(0) == Top)
    return Op;
  return &Site;
}

/// Whether \p Site (an assignment) stores a constant into the whole of \p VD
/// or one fixed element.
bool isConstantStore(const Stmt &Site, const VarDecl &VD, ASTContext &Ctx) {
  if (const auto *Assign = dyn_cast<BinaryOperator>(&Site))
    return Assign->getOpcode() == BO_Assign &&
           isWholeOrConstantElement(Assign->getLHS(), VD, Ctx) &&
           isConstantValue(Assign->getRHS(), Ctx);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Site))
    return Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
           isWholeOrConstantElement(Op->getArg(0), VD, Ctx) &&
           isConstantValue(Op->getArg(1), Ctx);
  return false;
}

bool hasGoto(const Stmt &Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitGotoStmt(GotoStmt *) { return !(Found = true); }
    bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return !(Found = true); }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(&Body));
  return F.Found;
}

} // namespace

bool isSetAlikeEveryCall(const VarDecl &VD, llvm::ArrayRef<FlowUse> Uses,
                         ASTContext &Ctx) {
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD.getParentFunctionOrMethod());
  const auto *Body = Fn ? dyn_cast_or_null<CompoundStmt>(Fn->getBody()) : nullptr;
  if (!VD.isStaticLocal() || !Body || Uses.empty())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LastStore;
  for (const FlowUse &U : Uses) {
    if (!U.What->IsWrite)
      continue;
    const Stmt *Site =
        U.What->Site ? enclosingAssignment(*U.What->Site, Ctx) : nullptr;
    if (!Site || !isConstantStore(*Site, VD, Ctx))
      return false;
    // The store is a statement of the body itself (through its cleanups),
    // not a part of a condition, a branch or a loop.
    const auto *Top =
        dyn_cast_or_null<Expr>(topLevelStatement(*Site, *Body, Ctx));
    if (!Top || Top->IgnoreImplicit() != Site)
      return false;
    SourceLocation End = SM.getExpansionLoc(Top->getEndLoc());
    if (LastStore.isInvalid() || SM.isBeforeInTranslationUnit(LastStore, End))
      LastStore = End;
  }
  if (LastStore.isInvalid())
    return false;
  // The walk for a goto last: it reads the whole body.
  return llvm::all_of(Uses,
                      [&](const FlowUse &U) {
                        return U.What->IsWrite ||
                               SM.isBeforeInTranslationUnit(
                                   LastStore,
                                   SM.getExpansionLoc(U.Ref->getBeginLoc()));
                      }) &&
         !hasGoto(*Body);
}

} // namespace clang::tidy::static_state
