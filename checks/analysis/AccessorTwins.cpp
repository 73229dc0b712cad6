//===- AccessorTwins.cpp - non-const accessors with a const twin ----------===//

#include "analysis/AccessorTwins.h"
#include "analysis/CallNames.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include <cctype>

namespace clang::tidy::static_state {

namespace {

/// The const overload of \p MD with the same parameter types, if any.
const CXXMethodDecl *constTwinOf(const CXXMethodDecl &MD) {
  const CXXRecordDecl *RD = MD.getParent();
  if (!RD)
    return nullptr;
  for (const NamedDecl *D : RD->lookup(MD.getDeclName())) {
    const auto *C = dyn_cast<CXXMethodDecl>(D);
    if (!C || C == &MD || !C->isConst() || C->isStatic() ||
        C->getNumParams() != MD.getNumParams())
      continue;
    ASTContext &Ctx = MD.getASTContext();
    bool SameParams = true;
    for (unsigned I = 0; I < MD.getNumParams() && SameParams; ++I)
      SameParams = Ctx.hasSameUnqualifiedType(
          MD.getParamDecl(I)->getType(), C->getParamDecl(I)->getType());
    if (SameParams)
      return C;
  }
  return nullptr;
}

/// The body's source text without white space; empty when it comes from a
/// macro or cannot be read.
std::string bodyText(const FunctionDecl &FD) {
  const Stmt *Body = FD.getBody();
  if (!Body || Body->getBeginLoc().isMacroID() ||
      Body->getEndLoc().isMacroID())
    return {};
  const ASTContext &Ctx = FD.getASTContext();
  llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Body->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  std::string Squeezed;
  for (char C : Text)
    if (!isspace(static_cast<unsigned char>(C)))
      Squeezed.push_back(C);
  return Squeezed;
}

/// The definition as written: for a member of a class template's
/// specialization, the template's.
const FunctionDecl *writtenDefinitionOf(const FunctionDecl &FD) {
  if (const FunctionDecl *Pattern = FD.getInstantiatedFromMemberFunction())
    return Pattern->getDefinition();
  return FD.getDefinition();
}

/// std::as_const, in whichever inline namespace the library declares it
/// (libc++'s std::__1).
bool isStdAsConst(const FunctionDecl *F) {
  return F && F->getIdentifier() && F->getName() == "as_const" &&
         inStdNamespace(*F);
}

/// `this` or `*this`, through parentheses, casts and `std::as_const`.
bool isOwnObject(const Expr *E) {
  while (true) {
    E = E->IgnoreParenCasts();
    if (const auto *Call = dyn_cast<CallExpr>(E);
        Call && Call->getNumArgs() == 1 && isStdAsConst(Call->getDirectCallee())) {
      E = Call->getArg(0);
      continue;
    }
    if (const auto *Deref = dyn_cast<UnaryOperator>(E);
        Deref && Deref->getOpcode() == UO_Deref) {
      E = Deref->getSubExpr();
      continue;
    }
    return isa<CXXThisExpr>(E);
  }
}

/// Whether \p Body is `{ return <expr>; }` whose expression calls \p Twin
/// on the function's own object.
bool onlyCallsTwin(const Stmt &Body, const CXXMethodDecl &Twin) {
  const auto *Block = dyn_cast<CompoundStmt>(&Body);
  const auto *Return =
      Block && Block->size() == 1 ? dyn_cast<ReturnStmt>(Block->body_front())
                                  : nullptr;
  const Expr *Value = Return ? Return->getRetValue() : nullptr;
  if (!Value)
    return false;
  struct Finder : RecursiveASTVisitor<Finder> {
    const CXXMethodDecl *Twin;
    bool Found = false;
    bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
      const CXXMethodDecl *Callee = Call->getMethodDecl();
      if (Callee && Callee->getCanonicalDecl() == Twin->getCanonicalDecl() &&
          isOwnObject(Call->getImplicitObjectArgument()))
        Found = true;
      return !Found;
    }
  } F;
  F.Twin = &Twin;
  F.TraverseStmt(const_cast<Expr *>(Value));
  return F.Found;
}

/// Whether every non-const member function \p Body calls only hands out a
/// part (`v[i]` of a class that is not map-like, `*p`, `p->`, `at`,
/// `find`, `front`, ...). The same text in a const body may call other,
/// const overloads: a map's `[]` inserts where the const one would not
/// even compile, a non-const `helper()` may do more than its const twin.
bool callsOnlyAccessors(const Stmt &Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Other = false;
    bool VisitCallExpr(CallExpr *Call) {
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      if (!MD || MD->isConst() || MD->isStatic())
        return true;
      OverloadedOperatorKind Op = MD->getOverloadedOperator();
      bool Part = (Op == OO_Subscript && !isMapLike(*MD->getParent())) ||
                  Op == OO_Star || Op == OO_Arrow ||
                  (Op == OO_None && MD->getIdentifier() &&
                   isAccessorName(MD->getName()));
      Other = Other || !Part;
      return !Other;
    }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(&Body));
  return !F.Other;
}

} // namespace

bool isNonConstTwinOfConstAccessor(const CXXMethodDecl &MD) {
  if (MD.isConst() || MD.isStatic() || !MD.hasBody())
    return false;
  QualType Result = MD.getReturnType();
  bool HandsOutPart =
      (Result->isLValueReferenceType() || Result->isPointerType()) &&
      !Result->getPointeeType().isConstQualified();
  if (!HandsOutPart)
    return false;
  const CXXMethodDecl *Twin = constTwinOf(MD);
  const FunctionDecl *Def = MD.getDefinition();
  if (!Twin || !Def || !Def->getBody())
    return false;
  if (onlyCallsTwin(*Def->getBody(), *Twin))
    return true;
  // In a class template's specialization the const twin's body exists only
  // once something calls it: compare the written bodies.
  const FunctionDecl *Written = writtenDefinitionOf(*Def);
  const FunctionDecl *TwinWritten = writtenDefinitionOf(*Twin);
  if (!Written || !TwinWritten)
    return false;
  std::string Text = bodyText(*Written);
  return !Text.empty() && Text == bodyText(*TwinWritten) &&
         callsOnlyAccessors(*Def->getBody());
}

} // namespace clang::tidy::static_state
