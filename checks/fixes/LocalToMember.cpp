//===- LocalToMember.cpp - static local -> per-instance member ------------===//

#include "fixes/LocalToMember.h"
#include "analysis/RewriteChoice.h"
#include "analysis/TypeFit.h"
#include "fixes/DeclarationText.h"
#include "fixes/SharedDeclaration.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::static_state {

namespace {

/// The first name \p Init uses that \p Pick accepts, or null.
const ValueDecl *firstNameIn(const Expr &Init,
                             llvm::function_ref<bool(const ValueDecl &)> Pick) {
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::function_ref<bool(const ValueDecl &)> Pick;
    const ValueDecl *Found = nullptr;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (!Found && Pick(*E->getDecl()))
        Found = E->getDecl();
      return true;
    }
  } F;
  F.Pick = Pick;
  F.TraverseStmt(const_cast<Expr *>(&Init));
  return F.Found;
}

/// A name declared inside a function (a local, a parameter, a local
/// enumerator): the class cannot see it.
bool isFunctionLocalName(const ValueDecl &D) {
  const auto *V = dyn_cast<VarDecl>(&D);
  return V ? V->isLocalVarDeclOrParm() && !V->isStaticLocal()
           : D.getParentFunctionOrMethod() != nullptr;
}

bool isStaticLocal(const ValueDecl &D) {
  const auto *V = dyn_cast<VarDecl>(&D);
  return V && V->isStaticLocal();
}

/// Every name the member functions of \p RD other than \p Except declare
/// or refer to: a new member of one of these names would hide or clash.
std::set<std::string> namesUsedByOtherMethods(const CXXRecordDecl &RD,
                                              const CXXMethodDecl &Except) {
  struct Collector : RecursiveASTVisitor<Collector> {
    std::set<std::string> Names;
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (E->getDecl()->getIdentifier())
        Names.insert(E->getDecl()->getName().str());
      return true;
    }
    bool VisitNamedDecl(NamedDecl *D) {
      if (D->getIdentifier())
        Names.insert(D->getName().str());
      return true;
    }
  } C;
  for (const Decl *D : RD.decls()) {
    // A default member initializer or a nested class's code would see the
    // new member before a global of the same name, too.
    if (const auto *Field = dyn_cast<FieldDecl>(D)) {
      if (Field->hasInClassInitializer())
        C.TraverseStmt(Field->getInClassInitializer());
      continue;
    }
    if (isa<CXXRecordDecl>(D)) {
      C.TraverseDecl(const_cast<Decl *>(D));
      continue;
    }
    const FunctionDecl *FD = D->getAsFunction();
    if (!FD || FD->getCanonicalDecl() == Except.getCanonicalDecl())
      continue;
    if (const FunctionDecl *Def = FD->getDefinition())
      C.TraverseDecl(const_cast<FunctionDecl *>(Def));
  }
  // So would a derived class's code (and a private member there is an
  // access error).
  struct Derived : RecursiveASTVisitor<Derived> {
    const CXXRecordDecl *Base;
    Collector *Names;
    bool VisitFunctionDecl(FunctionDecl *FD) {
      const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      if (MD && FD->doesThisDeclarationHaveABody() &&
          MD->getParent()->hasDefinition() &&
          MD->getParent()->isDerivedFrom(Base))
        Names->TraverseStmt(FD->getBody());
      return true;
    }
  } D;
  D.Base = &RD;
  D.Names = &C;
  // Each top-level declaration: traversing the translation unit itself
  // would follow the AST's traversal scope, which clang-tidy may narrow.
  if (RD.hasDefinition() && !RD.isEffectivelyFinal())
    for (Decl *Top : RD.getASTContext().getTranslationUnitDecl()->decls())
      D.TraverseDecl(Top);
  return C.Names;
}

/// Every name declared in \p Method other than \p VD (its parameters and
/// locals would hide a member of that name), or used there for something
/// else (a global of that name, before the local or in another block).
std::set<std::string> namesDeclaredIn(const CXXMethodDecl &Method,
                                      const VarDecl &VD) {
  struct Collector : RecursiveASTVisitor<Collector> {
    const VarDecl *Skip;
    std::set<std::string> Names;
    bool VisitVarDecl(VarDecl *V) {
      if (V != Skip && V->getIdentifier())
        Names.insert(V->getName().str());
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (E->getDecl() != Skip && E->getDecl()->getIdentifier())
        Names.insert(E->getDecl()->getName().str());
      return true;
    }
  } C;
  C.Skip = &VD;
  if (const FunctionDecl *Def = Method.getDefinition())
    C.TraverseDecl(const_cast<FunctionDecl *>(Def));
  return C.Names;
}

bool isMemberNameTaken(llvm::StringRef Name, const CXXRecordDecl &RD,
                       ASTContext &Ctx) {
  DeclarationName DN(&Ctx.Idents.get(Name));
  if (!RD.lookup(DN).empty())
    return true;
  if (!RD.hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD.bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (!Base || isMemberNameTaken(Name, *Base, Ctx))
      return true; // a dependent base may have it
  }
  return false;
}

/// The member's name: the local's when free, else `<method>_<name>`, else a
/// numbered one.
std::string chooseMemberName(const VarDecl &VD, const CXXMethodDecl &Method,
                             ASTContext &Ctx, const LayoutEdits &Edits) {
  const CXXRecordDecl &RD = *Method.getParent();
  std::set<std::string> Elsewhere = namesUsedByOtherMethods(RD, Method);
  std::set<std::string> Inside = namesDeclaredIn(Method, VD);
  auto Added = Edits.AddedMembers.find(&RD);
  auto IsFree = [&](const std::string &N) {
    if (Added != Edits.AddedMembers.end() && Added->second.count(N))
      return false;
    return !isMemberNameTaken(N, RD, Ctx) && !Elsewhere.count(N) &&
           !Inside.count(N);
  };
  std::string Name = VD.getNameAsString();
  if (IsFree(Name))
    return Name;
  std::string Prefixed =
      (Method.getIdentifier() ? Method.getName().str() : "call") + "_" + Name;
  if (IsFree(Prefixed))
    return Prefixed;
  for (unsigned N = 2; N < 100; ++N)
    if (IsFree(Prefixed + "_" + std::to_string(N)))
      return Prefixed + "_" + std::to_string(N);
  return "";
}

CharSourceRange tokenAt(SourceLocation Loc, const ASTContext &Ctx) {
  return CharSourceRange::getCharRange(
      Loc, Lexer::getLocForEndOfToken(Loc, 0, Ctx.getSourceManager(),
                                      Ctx.getLangOpts()));
}

} // namespace

std::optional<std::string> whyNotMemberFromLocal(const VarDecl &VD,
                                                 const CXXMethodDecl &Method,
                                                 llvm::ArrayRef<Reference> Refs,
                                                 ASTContext &Ctx) {
  const CXXRecordDecl *RD = Method.getParent();
  std::string Name = "'" + VD.getNameAsString() + "'";
  std::string Class = "'" + RD->getNameAsString() + "'";
  if (VD.getBeginLoc().isMacroID() || VD.getLocation().isMacroID())
    return Name + " is declared inside a macro expansion";
  // googletest's TEST() writes the class and its closing brace itself.
  if (RD->getBraceRange().getEnd().isMacroID())
    return Class + " is defined by a macro expansion: a member cannot be "
                   "added to it";
  if (RD->isUnion() || RD->isLambda())
    return Class + " cannot hold it";
  if (RD->isAggregate() && !RD->fields().empty())
    return Class + " is an aggregate: brace initialisers would change meaning";
  if (RD->getDescribedClassTemplate() || Method.isTemplated() ||
      RD->isDependentContext())
    return Name + " is in a template: the rewrite cannot be checked for "
                  "every instantiation";
  if (VD.getType()->getContainedAutoType())
    return Name + " has a deduced type ('auto')";
  if (isTypeLocalToFunction(VD.getType()))
    return "the type of " + Name + " is declared inside the function";
  if (auto Why = whyNotMemberType(VD.getType(), *RD,
                                  RD->getBraceRange().getEnd(), Ctx))
    return Name + ": " + *Why;
  if (const Expr *Init = VD.getInit()) {
    if (const ValueDecl *Local = firstNameIn(*Init, isFunctionLocalName))
      return "the initializer of " + Name + " uses '" +
             Local->getNameAsString() + "', which the class cannot see";
    // `static int cur = base;`: as members, `base` might be declared (and
    // initialised) after `cur`, which would read it uninitialised.
    if (const ValueDecl *Other = firstNameIn(*Init, isStaticLocal))
      return "the initializer of " + Name + " reads '" +
             Other->getNameAsString() + "', another static local: as members "
             "their order of initialisation would not be guaranteed";
    if (hasObservableEvaluation(*Init, Ctx))
      return "the initializer of " + Name + " runs once, on the first call: "
             "as a member it would run once for every object";
  }
  for (const Reference &R : Refs) {
    if (R.InMacro)
      return Name + " is used inside a macro expansion";
    // Code of a lambda or of a local class inside the method has no `this`
    // of the class (or another one).
    if (!R.Innermost ||
        R.Innermost->getCanonicalDecl() != Method.getCanonicalDecl())
      return Name + " is used inside a lambda or a local class";
    if (!isa<DeclRefExpr>(R.Ref))
      return Name + " is used in a form the rewrite cannot rename";
  }
  // A declaration shared with other variables is rewritten for all of them
  // at once (fixes/SharedDeclaration); here each is judged on its own.
  if (!declarationStatementOf(VD, Ctx))
    return Name + " is not declared by a declaration statement";
  return std::nullopt;
}

std::vector<FixItHint> addMemberForLocal(const VarDecl &VD,
                                         const CXXMethodDecl &Method,
                                         llvm::ArrayRef<Reference> Refs,
                                         ASTContext &Ctx, LayoutEdits &Edits,
                                         std::string &NewName,
                                         std::string &WhyNot) {
  const CXXRecordDecl *RD = Method.getParent();
  const DeclStmt *Stmt = declarationStatementOf(VD, Ctx);
  NewName = chooseMemberName(VD, Method, Ctx, Edits);
  if (!Stmt || NewName.empty()) {
    WhyNot = "no free member name was found for '" + VD.getNameAsString() + "'";
    return {};
  }
  std::optional<std::string> Text = ownDeclaration(VD, *Stmt, NewName, Ctx);
  if (!Text) {
    WhyNot = "the declaration of '" + VD.getNameAsString() +
             "' cannot be read as text";
    return {};
  }
  if (!VD.hasInit() && needsValueInitialization(VD.getType(), Ctx))
    *Text += "{}";
  if (Method.isConst())
    *Text = "mutable " + *Text; // a const member function writes it
  // A `// comment` after the declaration goes with its last variable.
  *Text += ";";
  if (&VD == variablesOf(*Stmt).back())
    *Text += trailingLineComment(VD.getSourceRange().getEnd(), Ctx);
  std::vector<FixItHint> Fixes = insertPrivateMember(*RD, *Text, Ctx, Edits);
  if (Fixes.empty()) {
    WhyNot = "no place was found in '" + RD->getNameAsString() +
             "' for the new member";
    return {};
  }
  if (NewName != VD.getName())
    for (const Reference &R : Refs)
      Fixes.push_back(FixItHint::CreateReplacement(
          tokenAt(cast<DeclRefExpr>(R.Ref)->getLocation(), Ctx), NewName));
  Edits.AddedMembers[RD].insert(NewName);
  return Fixes;
}

std::vector<FixItHint> makeMemberFromLocal(const VarDecl &VD,
                                           const CXXMethodDecl &Method,
                                           llvm::ArrayRef<Reference> Refs,
                                           ASTContext &Ctx, LayoutEdits &Edits,
                                           std::string &NewName,
                                           std::string &WhyNot) {
  const DeclStmt *Stmt = declarationStatementOf(VD, Ctx);
  if (!Stmt || !Stmt->isSingleDecl()) {
    WhyNot = "'" + VD.getNameAsString() +
             "' shares its declaration with another variable";
    return {};
  }
  std::optional<FixItHint> Remove = rewriteKeepingLocals(*Stmt, {}, Ctx);
  if (!Remove) {
    WhyNot = "the declaration of '" + VD.getNameAsString() +
             "' cannot be removed cleanly";
    return {};
  }
  std::vector<FixItHint> Fixes =
      addMemberForLocal(VD, Method, Refs, Ctx, Edits, NewName, WhyNot);
  if (Fixes.empty())
    return {};
  Fixes.insert(Fixes.begin(), *Remove);
  return Fixes;
}

} // namespace clang::tidy::static_state
