//===- FunctionUses.cpp - where the main file uses a function -------------===//

#include "analysis/FunctionUses.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::static_state {

namespace {

/// Records every use of one function with the kind of code it sits in.
class UsesOfFunction : public RecursiveASTVisitor<UsesOfFunction> {
  using Base = RecursiveASTVisitor<UsesOfFunction>;

public:
  explicit UsesOfFunction(const FunctionDecl &F) : F(F) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    // An initializer of a variable with static storage runs once (a static
    // local's included); a function's body runs whenever it is called.
    FunctionUse Saved = Where;
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(D);
        MD && MD->getParent()->isLambda()) {
      Where.RunsOnce = false; // runs whenever the lambda is called
    } else if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D)) {
      const auto *Method = dyn_cast<CXXMethodDecl>(FD);
      Where.RunsOnce = false;
      Where.InInstanceCode = Method && Method->isInstance();
      const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD);
      Where.InConstructorOf = Ctor ? Ctor->getParent() : nullptr;
    } else if (const auto *VD = dyn_cast_or_null<VarDecl>(D)) {
      Where.RunsOnce = Where.RunsOnce || VD->hasGlobalStorage();
    }
    bool Result = Base::TraverseDecl(D);
    Where = Saved;
    return Result;
  }
  bool TraverseLambdaExpr(LambdaExpr *L) {
    // Written in an initializer, but it runs whenever it is called.
    FunctionUse Saved = Where;
    Where.RunsOnce = false;
    bool Result = Base::TraverseLambdaExpr(L);
    Where = Saved;
    return Result;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (const FunctionDecl *Callee = Call->getDirectCallee();
        Callee && Callee->getCanonicalDecl() == F.getCanonicalDecl())
      Calls.insert(Call->getCallee()->IgnoreParenImpCasts());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) { return see(*DRE, DRE->getDecl()); }
  bool VisitMemberExpr(MemberExpr *ME) { return see(*ME, ME->getMemberDecl()); }

  std::vector<FunctionUse> Uses;

private:
  bool see(const Expr &E, const ValueDecl *D) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    if (!FD || FD->getCanonicalDecl() != F.getCanonicalDecl())
      return true;
    FunctionUse Use = Where;
    // The call is visited before its callee expression.
    Use.Call = Calls.contains(&E);
    Uses.push_back(Use);
    return true;
  }

  const FunctionDecl &F;
  FunctionUse Where;
  llvm::SmallPtrSet<const Expr *, 4> Calls;
};

} // namespace

std::vector<FunctionUse> usesInMainFile(const FunctionDecl &F,
                                        ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  UsesOfFunction Uses(F);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      Uses.TraverseDecl(D);
  return std::move(Uses.Uses);
}

} // namespace clang::tidy::static_state
