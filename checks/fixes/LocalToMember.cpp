//===- LocalToMember.cpp - static local -> per-instance member ------------===//

#include "fixes/LocalToMember.h"
#include "fixes/DeclarationText.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

namespace {

/// The first local variable or parameter an initializer names, if any: it
/// would not exist in the class.
const ValueDecl *localNamedIn(const Expr &Init) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ValueDecl *Found = nullptr;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (const auto *V = dyn_cast<VarDecl>(E->getDecl()))
        if (V->isLocalVarDeclOrParm() && !V->isStaticLocal() && !Found)
          Found = V;
      return true;
    }
    bool VisitCXXThisExpr(CXXThisExpr *) { return true; }
  } F;
  F.TraverseStmt(const_cast<Expr *>(&Init));
  return F.Found;
}

bool isDeclaredInFunction(QualType T) {
  T = T.getNonReferenceType();
  while (const auto *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType();
  if (const TagDecl *TD = T->getAsTagDecl())
    return TD->getParentFunctionOrMethod() != nullptr;
  return false;
}

} // namespace

std::vector<FixItHint> makeMemberFromLocal(const VarDecl &VD,
                                           const CXXMethodDecl &Method,
                                           llvm::ArrayRef<Reference> Refs,
                                           ASTContext &Ctx,
                                           std::string &WhyNot) {
  const SourceManager &SM = Ctx.getSourceManager();
  const CXXRecordDecl *RD = Method.getParent();
  std::string Name = "'" + VD.getNameAsString() + "'";
  std::string Class = "'" + RD->getNameAsString() + "'";
  auto Fail = [&](std::string Why) {
    WhyNot = std::move(Why);
    return std::vector<FixItHint>();
  };

  if (!SM.isInMainFile(SM.getFileLoc(RD->getLocation())))
    return Fail(Class + " is declared in a header: adding a member changes "
                        "it for every file that includes it");
  if (VD.getBeginLoc().isMacroID() || VD.getLocation().isMacroID() ||
      RD->getBraceRange().getEnd().isMacroID())
    return Fail(Name + " is declared inside a macro expansion");
  if (RD->isUnion() || RD->isLambda())
    return Fail(Class + " cannot hold it");
  if (RD->isAggregate() && !RD->fields().empty())
    return Fail(Class + " is an aggregate: brace initialisers would change "
                        "meaning");
  if (RD->getDescribedClassTemplate() || Method.isTemplated() ||
      RD->isDependentContext())
    return Fail(Name + " is in a template: the rewrite cannot be checked for "
                       "every instantiation");
  if (VD.getType()->getContainedAutoType())
    return Fail(Name + " has a deduced type ('auto')");
  if (isDeclaredInFunction(VD.getType()))
    return Fail("the type of " + Name + " is local to the function");
  if (const Expr *Init = VD.getInit())
    if (const ValueDecl *Local = localNamedIn(*Init))
      return Fail("the initializer of " + Name + " uses '" +
                  Local->getNameAsString() + "', which the class cannot see");
  if (!RD->lookup(VD.getDeclName()).empty())
    return Fail(Class + " already has a member named " + Name);
  for (const Reference &R : Refs) {
    if (R.InMacro)
      return Fail(Name + " is used inside a macro expansion");
    // Code of a lambda or of a local class inside the method has no `this`
    // of the class (or another one).
    if (!R.Innermost || R.Innermost->getCanonicalDecl() !=
                            Method.getCanonicalDecl())
      return Fail(Name + " is used inside a lambda or a local class");
  }

  // The declaration statement must hold this variable alone.
  const DeclStmt *Stmt = nullptr;
  for (const DynTypedNode &P : Ctx.getParents(VD))
    if ((Stmt = P.get<DeclStmt>()))
      break;
  if (!Stmt || !Stmt->isSingleDecl())
    return Fail(Name + " shares its declaration with another variable");
  std::optional<CharSourceRange> Remove =
      removalRange(Stmt->getBeginLoc(), VD.getSourceRange().getEnd(), Ctx);
  if (!Remove)
    return Fail("the declaration of " + Name + " cannot be removed cleanly");

  std::string Text = declarationWithoutSpecifiers(VD, Ctx);
  if (!VD.hasInit() && needsValueInitialization(VD.getType(), Ctx))
    Text += "{}";
  if (Method.isConst())
    Text = "mutable " + Text; // a const member function writes it
  std::string ClassIndent = indentationOf(RD->getBeginLoc(), Ctx);
  // Only say `private:` when the end of the class is not private already.
  AccessSpecifier AtEnd = RD->isClass() ? AS_private : AS_public;
  for (const Decl *D : RD->decls())
    if (const auto *AS = dyn_cast<AccessSpecDecl>(D))
      AtEnd = AS->getAccess();
  std::string Access = AtEnd == AS_private ? "" : "private:\n" + ClassIndent;
  std::vector<FixItHint> Fixes;
  Fixes.push_back(FixItHint::CreateRemoval(*Remove));
  Fixes.push_back(FixItHint::CreateInsertion(
      RD->getBraceRange().getEnd(),
      Access + "  " + Text + ";" +
          trailingLineComment(VD.getSourceRange().getEnd(), Ctx) + "\n" +
          ClassIndent));
  return Fixes;
}

} // namespace clang::tidy::static_state
