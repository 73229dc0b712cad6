//===- RangeViews.cpp - a std::ranges view made of the variable -----------===//

#include "analysis/RangeViews.h"
#include "analysis/CallNames.h"
#include "analysis/References.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

namespace clang::tidy::static_state {

namespace {

/// Whether \p D is declared in `std::ranges` or a namespace or class in it
/// (`std::ranges::views::__adaptor`, `std::__1::ranges`).
bool isInStdRanges(const Decl &D) {
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC);
        NS && NS->getIdentifier() && NS->getName() == "ranges" &&
        NS->isInStdNamespace())
      return true;
  return false;
}

/// Whether \p E names a function of the standard library (the adaptors'
/// own `operator|` and `operator()` are callees here, not callables handed
/// to the view).
bool isStandardFunction(const Expr &E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E.IgnoreParenImpCasts());
  const auto *FD = DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
  return FD && inStdNamespace(*FD);
}

/// Whether any function object in \p S (a user lambda, functor or function
/// inside the adaptor's arguments) may write the element it is handed.
bool holdsWritingCallable(const Stmt &S) {
  if (const auto *E = dyn_cast<Expr>(&S)) {
    QualType T = E->getType().getNonReferenceType();
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    bool UserClass = RD && RD->hasDefinition() && !inStdNamespace(*RD);
    bool Callable =
        (UserClass &&
         (RD->isLambda() ||
          !RD->lookup(RD->getASTContext().DeclarationNames.getCXXOperatorName(
                          OO_Call))
               .empty())) ||
        ((T->isFunctionType() || T->isFunctionPointerType()) &&
         !isStandardFunction(*E));
    if (Callable && takesElementByMutableReference(*E))
      return true;
  }
  for (const Stmt *Child : S.children())
    if (Child && holdsWritingCallable(*Child))
      return true;
  return false;
}

} // namespace

bool isRangeAdaptorCall(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  const CXXRecordDecl *Result = Call.getType()->getAsCXXRecordDecl();
  if (!Callee || !Result || !isInStdRanges(*Callee) || !isInStdRanges(*Result))
    return false;
  for (const Expr *Arg : Call.arguments())
    if (holdsWritingCallable(*Arg))
      return false;
  return true;
}

ViewUse useOfView(const CallExpr &View, ASTContext &Ctx) {
  const Stmt *Top = &View;
  for (unsigned Depth = 0; Depth < 32; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Top);
    if (Parents.size() != 1)
      return {};
    // The hidden `auto &&__range = view;` of a range-for.
    if (const auto *Range = Parents[0].get<VarDecl>())
      return {false, rangeForOfHiddenRange(*Range, Ctx)};
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      return {};
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ParenExpr, ExprWithCleanups>(P)) {
      Top = P;
      continue;
    }
    // A view copied or moved into the next adaptor's parameter.
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(P);
        Copy && Copy->getNumArgs() == 1 &&
        Copy->getConstructor()->isCopyOrMoveConstructor()) {
      Top = P;
      continue;
    }
    if (const auto *Next = dyn_cast<CallExpr>(P)) {
      if (isNonModifyingRangesCall(*Next))
        return {true, nullptr};
      if (!isRangeAdaptorCall(*Next))
        return {};
      Top = Next;
      continue;
    }
    return {};
  }
  return {};
}

} // namespace clang::tidy::static_state
