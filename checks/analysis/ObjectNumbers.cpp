//===- ObjectNumbers.cpp - a shared counter that numbers new objects ------===//

#include "analysis/ObjectNumbers.h"
#include "analysis/FunctionUses.h"
#include "analysis/WriteShapes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::static_state {

namespace {

/// `this->field = ...` (or `field = ...`): a store into the object's own
/// member.
bool assignsOwnMember(const BinaryOperator &BO) {
  const auto *ME = dyn_cast<MemberExpr>(BO.getLHS()->IgnoreParenImpCasts());
  return BO.getOpcode() == BO_Assign && ME &&
         isa<FieldDecl>(ME->getMemberDecl()) &&
         isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts());
}

/// Whether the value of \p Site ends up in a member of the object being
/// built: `id_(next_id++)`, `int id_ = next_id++;`, `id_ = ++next_id;`.
bool flowsIntoMember(const Stmt &Site, ASTContext &Ctx) {
  bool Flows = false;
  forEachAncestor(
      DynTypedNode::create(Site), Ctx,
      [&](const DynTypedNode &P, const DynTypedNode &) {
        if (const auto *Init = P.get<CXXCtorInitializer>()) {
          Flows = Init->isAnyMemberInitializer();
          return false;
        }
        if (P.get<FieldDecl>()) {
          Flows = true;
          return false;
        }
        if (const auto *BO = P.get<BinaryOperator>()) {
          Flows = assignsOwnMember(*BO);
          return false;
        }
        // Through the expressions that compute the value, not past them.
        const Stmt *S = P.get<Stmt>();
        return S && isa<Expr>(S) && !isa<StmtExpr>(S);
      });
  return Flows;
}

/// The local or parameter \p Site's value is stored in (`style = n--;`,
/// `int id = ++n;`), if that is what the expression around it does.
const VarDecl *storedInLocal(const Stmt &Site, ASTContext &Ctx) {
  const Stmt *Top = skipTransparentUp(&Site, Ctx);
  const Stmt *P = Top ? parentStmt(*Top, Ctx) : nullptr;
  if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(P);
      Assign && Assign->getOpcode() == BO_Assign && Assign->getRHS() == Top)
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
      if (const auto *Local = dyn_cast<VarDecl>(DRE->getDecl());
          Local && !Local->hasGlobalStorage())
        return Local;
  if (const auto *Decl = dyn_cast_or_null<DeclStmt>(P);
      Decl && Decl->isSingleDecl())
    if (const auto *Local = dyn_cast<VarDecl>(Decl->getSingleDecl());
        Local && !Local->hasGlobalStorage() && Local->getInit() == Top)
      return Local;
  return nullptr;
}

/// Whether \p Body stores \p Local in a member of `this`
/// (`style_nr = style;`).
bool storesInMember(const Stmt &Body, const VarDecl &Local) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Local = nullptr;
    bool Found = false;
    bool VisitBinaryOperator(BinaryOperator *BO) {
      const auto *From = dyn_cast<DeclRefExpr>(BO->getRHS()->IgnoreParenImpCasts());
      Found |= assignsOwnMember(*BO) && From && From->getDecl() == Local;
      return !Found;
    }
  } F;
  F.Local = &Local;
  F.TraverseStmt(const_cast<Stmt *>(&Body));
  return F.Found;
}

/// Whether \p Method, a non-public method, is called in the main file only
/// by constructors of its class (QScintilla's `QsciStyle::init`).
bool runsOnlyInConstructors(const CXXMethodDecl &Method, ASTContext &Ctx) {
  if (Method.getAccess() == AS_public || Method.isVirtual() ||
      Method.isStatic())
    return false;
  std::vector<FunctionUse> Uses = usesInMainFile(Method, Ctx);
  const CXXRecordDecl *Class = Method.getParent()->getCanonicalDecl();
  return !Uses.empty() && llvm::all_of(Uses, [&](const FunctionUse &U) {
    return U.Call && U.InConstructorOf &&
           U.InConstructorOf->getCanonicalDecl() == Class;
  });
}

} // namespace

bool numbersNewObject(const WriteFact &W, ASTContext &Ctx) {
  if (W.What.ToPart || countingDirection(W.What) == 0 || !W.What.Site)
    return false;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(W.Where.Innermost);
  // Where the value lands first: a look at the expression and its function
  // is cheap, the walk over the main file for the method's callers is not.
  bool LandsInMember = flowsIntoMember(*W.What.Site, Ctx);
  if (!LandsInMember)
    if (const VarDecl *Local = storedInLocal(*W.What.Site, Ctx))
      LandsInMember = Method && Method->getBody() &&
                      storesInMember(*Method->getBody(), *Local);
  if (!LandsInMember)
    return false;
  if (W.Where.Kind == ContextKind::Constructor ||
      W.Where.Kind == ContextKind::MemberInitializer)
    return true;
  return Method && W.Where.Innermost == W.Where.Owner &&
         runsOnlyInConstructors(*Method, Ctx);
}

} // namespace clang::tidy::static_state
