//===- Visibility.cpp - may a fix see every reference? --------------------===//

#include "analysis/Visibility.h"

#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::static_state {

namespace {

std::string quoted(const NamedDecl &D) { return "'" + D.getNameAsString() + "'"; }

bool isEditable(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isValid() && Loc.isFileID() && !SM.isInSystemHeader(Loc);
}

/// A member function that must be seen defined for the class to be closed.
const FunctionDecl *undefinedMemberFunction(const CXXRecordDecl &RD) {
  for (const Decl *D : RD.decls()) {
    const FunctionDecl *FD = nullptr;
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      FD = FTD->getTemplatedDecl();
    else
      FD = dyn_cast<CXXMethodDecl>(D);
    if (!FD || FD->isImplicit() || FD->isDeleted() || FD->isDefaulted() ||
        FD->isPureVirtual())
      continue;
    if (!FD->isDefined())
      return FD;
  }
  return nullptr;
}

/// The lambda directly around a reference, if any.
const LambdaExpr *enclosingLambda(const Expr &E, ASTContext &Ctx) {
  const LambdaExpr *Found = nullptr;
  forEachAncestor(DynTypedNode::create(E), Ctx,
                  [&](const DynTypedNode &P, const DynTypedNode &) {
                    if ((Found = P.get<LambdaExpr>()))
                      return false;
                    const auto *MD = P.get<CXXMethodDecl>();
                    if (P.get<FunctionDecl>())
                      return MD && MD->getParent()->isLambda();
                    return true;
                  });
  return Found;
}

bool capturesThis(const LambdaExpr &L) {
  if (L.getCaptureDefault() != LCD_None)
    return true; // [&] and [=] capture `this` implicitly when it is used
  for (const LambdaCapture &C : L.explicit_captures())
    if (C.capturesThis())
      return true;
  return false;
}

bool takesAddress(const Expr &Ref, ASTContext &Ctx) {
  const Stmt *P = parentStmt(Ref, Ctx);
  while (P && isa<ParenExpr>(P))
    P = parentStmt(*P, Ctx);
  const auto *UO = dyn_cast_or_null<UnaryOperator>(P);
  return UO && UO->getOpcode() == UO_AddrOf;
}

/// What every rewrite needs: the class and all its users are in view.
std::optional<std::string> whyNotClosedWorld(const VarDecl &VD,
                                             llvm::ArrayRef<Reference> Refs,
                                             bool UnevaluatedUse,
                                             bool ClassInHeader,
                                             ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const auto *RD = dyn_cast<CXXRecordDecl>(VD.getDeclContext());
  std::string Name = quoted(VD);
  if (!RD)
    return Name + " is not a class member";
  if (!isEditable(VD.getLocation(), SM) || !isEditable(VD.getBeginLoc(), SM))
    return Name + " is declared inside a macro expansion or a system header";
  // `static int a, b;`: one declaration statement, two variables.
  for (const Decl *D : RD->decls())
    if (D != &VD && D->getBeginLoc() == VD.getBeginLoc())
      return Name + " shares its declaration with another member";
  if (RD->isUnion())
    return quoted(*RD) + " is a union";
  if (RD->isAggregate() && !RD->fields().empty())
    return quoted(*RD) +
           " is an aggregate: brace initialisers would change meaning";
  if (VD.getAccess() != AS_private && ClassInHeader)
    return Name + " is not private and " + quoted(*RD) +
           " is declared in a header: other files may use it";
  if (RD->hasFriends())
    return quoted(*RD) + " has friends that may use " + Name;
  if (const FunctionDecl *FD = undefinedMemberFunction(*RD))
    return "member function " + quoted(*FD) +
           " is not defined in this translation unit";
  if (UnevaluatedUse)
    return Name + " is used in sizeof, decltype or noexcept";
  if (const VarDecl *Def = outOfLineDefinition(VD))
    if (!isEditable(Def->getLocation(), SM))
      return "the definition of " + Name + " is inside a macro expansion";
  if (!VD.isInline() && !outOfLineDefinition(VD) && !VD.hasInit())
    return Name + " is defined in another translation unit";
  if (const auto *Pattern = RD->getDescribedClassTemplate())
    for (const auto *Spec : Pattern->specializations())
      if (Spec->getSpecializationKind() == TSK_ExplicitSpecialization)
        return quoted(*RD) + " has explicit specializations";

  for (const Reference &R : Refs) {
    if (R.InMacro)
      return Name + " is used inside a macro expansion";
    if (R.InDefaultArgument)
      return Name + " is used in a default argument";
    if (R.Kind == ContextKind::MemberInitializer)
      return Name + " is used in " + describeCode(R);
    if (!isInstanceCode(R.Kind))
      return Name + " is also used by " +
             (R.Owner ? describeFunction(*R.Owner, RD)
                      : std::string("code outside any function"));
    const CXXRecordDecl *User = contextRecord(R);
    if (!User || User->getCanonicalDecl() != RD->getCanonicalDecl())
      return Name + " is also used by " + describeCode(R, RD);
    if (R.InLocalClass)
      return Name + " is used inside a local class";
    if (takesAddress(*R.Ref, Ctx))
      return "the address of " + Name + " is taken";
  }
  return std::nullopt;
}

} // namespace

const VarDecl *outOfLineDefinition(const VarDecl &VD) {
  for (const VarDecl *R : VD.redecls())
    if (R->isOutOfLine() && R->isThisDeclarationADefinition())
      return R;
  return nullptr;
}

const FunctionDecl *soleUser(llvm::ArrayRef<Reference> Refs) {
  const FunctionDecl *Only = nullptr;
  for (const Reference &R : Refs) {
    if (!R.Owner)
      return nullptr;
    const FunctionDecl *F = R.Owner->getCanonicalDecl();
    if (Only && Only != F)
      return nullptr;
    Only = F;
  }
  return Only;
}

std::optional<std::string> whyNotInstanceMember(const VarDecl &VD,
                                                llvm::ArrayRef<Reference> Refs,
                                                bool UnevaluatedUse,
                                                bool ClassInHeader,
                                                ASTContext &Ctx) {
  if (auto Why = whyNotClosedWorld(VD, Refs, UnevaluatedUse, ClassInHeader, Ctx))
    return Why;
  for (const Reference &R : Refs)
    if (R.InLambda)
      if (const LambdaExpr *L = enclosingLambda(*R.Ref, Ctx))
        if (!capturesThis(*L))
          return quoted(VD) + " is used in a lambda that does not capture 'this'";
  return std::nullopt;
}

std::optional<std::string> whyNotLocalVariable(const VarDecl &VD,
                                               llvm::ArrayRef<Reference> Refs,
                                               bool UnevaluatedUse,
                                               const FunctionDecl &Fn,
                                               bool ClassInHeader,
                                               ASTContext &Ctx) {
  if (auto Why = whyNotClosedWorld(VD, Refs, UnevaluatedUse, ClassInHeader, Ctx))
    return Why;
  std::string Name = quoted(VD);
  const FunctionDecl *Def = Fn.getDefinition();
  if (!Def || !Def->getBody() || !isa<CompoundStmt>(Def->getBody()))
    return "'" + Fn.getNameAsString() + "' has no body to hold " + Name;
  for (const Reference &R : Refs) {
    if (R.InLambda)
      return Name + " is used in a lambda";
    // `this->x` or `Api::x` would not name a local.
    const auto *DRE = dyn_cast<DeclRefExpr>(R.Ref);
    if (!DRE || DRE->hasQualifier())
      return Name + " is named through an object or a qualifier";
  }
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten())
        for (const Reference &R : Refs)
          if (Init->getSourceRange().fullyContains(R.Ref->getSourceRange()))
            return Name + " is used in the member-initializer list of " +
                   describeFunction(*Ctor);
  return std::nullopt;
}

} // namespace clang::tidy::static_state
