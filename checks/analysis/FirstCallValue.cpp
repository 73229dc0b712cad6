//===- FirstCallValue.cpp - a static local frozen at the first call -------===//

#include "analysis/FirstCallValue.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::static_state {

namespace {

class PerCallValueFinder : public RecursiveASTVisitor<PerCallValueFinder> {
  using Base = RecursiveASTVisitor<PerCallValueFinder>;

public:
  explicit PerCallValueFinder(const FunctionDecl &Fn) : Fn(Fn) {}
  const Expr *Found = nullptr;

  // Operands that are never evaluated read nothing.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    return E->isPotentiallyEvaluated() ? Base::TraverseCXXTypeidExpr(E) : true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (const auto *Param = dyn_cast<ParmVarDecl>(DRE->getDecl()))
      if (Param->getDeclContext() == &Fn ||
          Param->getDeclContext() == Fn.getCanonicalDecl())
        return found(DRE);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *ME) {
    const ValueDecl *Member = ME->getMemberDecl();
    bool OfObject = isa<FieldDecl>(Member) ||
                    (isa<CXXMethodDecl>(Member) &&
                     !cast<CXXMethodDecl>(Member)->isStatic());
    if (OfObject && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return found(ME);
    return true;
  }
  // `static Widget *first = this;` names the first object on purpose: only
  // what is read through `this` counts.

private:
  bool found(const Expr *E) {
    Found = E;
    return false; // the first one is enough
  }
  const FunctionDecl &Fn;
};

} // namespace

const Expr *perCallValueIn(const Expr &Init, const FunctionDecl &Fn) {
  PerCallValueFinder Finder(Fn);
  Finder.TraverseStmt(const_cast<Expr *>(&Init));
  return Finder.Found;
}

std::string describePerCallValue(const Expr &E) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(&E))
    return "parameter '" + DRE->getDecl()->getNameAsString() + "'";
  if (const auto *ME = dyn_cast<MemberExpr>(&E)) {
    if (isa<CXXMethodDecl>(ME->getMemberDecl()))
      return "the object ('" + ME->getMemberDecl()->getNameAsString() + "()')";
    return "member '" + ME->getMemberDecl()->getNameAsString() + "'";
  }
  return "the object";
}

} // namespace clang::tidy::static_state
